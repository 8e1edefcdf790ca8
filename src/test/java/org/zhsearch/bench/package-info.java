/** Measurement tools (recall check, benchmarks) run against real corpora; not part of the library API. */
package org.zhsearch.bench;
