/**
 * The {@code zhsearch} command line (picocli): {@code index}, {@code serve}, {@code search}, {@code analyze} and
 * {@code stats}, started by {@link org.zhsearch.cli.Main} from the shaded {@code target/zhsearch.jar} (see
 * {@code bin/zhsearch}). Exit codes: 0 ok, 1 failure, 2 usage error. Internal to zhsearch: library users call the
 * {@code ZhSearch} facade.
 */
package org.zhsearch.cli;
