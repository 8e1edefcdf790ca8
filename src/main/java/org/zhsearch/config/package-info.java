/**
 * Configuration: {@link org.zhsearch.config.ZhsearchConfig} reads {@code config/zhsearch.properties}, applies
 * {@code ZHSEARCH_*} environment variables and command-line flags, and validates every value; {@link
 * org.zhsearch.config.SampleCorpus} provides the bundled sample corpus used when no corpus is configured.
 */
package org.zhsearch.config;
