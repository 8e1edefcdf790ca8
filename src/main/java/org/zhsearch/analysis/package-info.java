/**
 * Analysis: the SmartChinese word chain (ranking; SmartChinese's tokenizer run as
 * {@link org.zhsearch.analysis.QuickDelimiterTokenizer}, the same words without its slow lookups of ASCII
 * punctuation) and the CJK character chain (recall: one term per character,
 * {@link org.zhsearch.analysis.OneGramPerCharFilter}, our one filter; the rest stock Lucene factories), each also
 * without its char filters for a build, which normalises a paragraph once ({@code Analysis.IndexChains}); the
 * normaliser the highlighter and the recall oracle share with them (NFKC + case folding + traditional → simplified
 * per code point); the user dictionary (merge rules for the {@code synonymGraph} filter on the ranking chain) and
 * query-time synonyms. All of it is one immutable value per zhsearch instance ({@link org.zhsearch.analysis.Analysis},
 * built from the configuration by {@code AnalysisLoader}); a reload builds a new value and swaps it in for that
 * instance only ({@link org.zhsearch.analysis.CurrentAnalysis}). Internal to zhsearch.
 */
package org.zhsearch.analysis;
