/**
 * Analysis: the SmartChinese word chain (ranking) and the CJK character chain (recall), both built from stock
 * Lucene factories; the normaliser the highlighter and the recall oracle share with them (NFKC + case folding +
 * traditional → simplified per code point); the user dictionary (merge rules for the {@code synonymGraph} filter
 * on the ranking chain) and query-time synonyms. Dictionaries are per process and reload atomically
 * ({@link org.zhsearch.analysis.ZhAnalyzers#configure}). Internal to zhsearch.
 */
package org.zhsearch.analysis;
