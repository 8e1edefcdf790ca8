/**
 * Analysis: the SmartChinese word chain (ranking; its words cut by {@link org.zhsearch.analysis.SmartChineseTokenizer},
 * our lattice over SmartChinese's own dictionaries — the same words, 2–5 times faster: {@link
 * org.zhsearch.analysis.SmartChineseModel}, {@link org.zhsearch.analysis.WordCandidates}, {@link
 * org.zhsearch.analysis.WordLattice}) and the CJK character chain (recall: one term per character, {@link
 * org.zhsearch.analysis.OneGramPerCharFilter}; the rest of both chains stock Lucene factories), each also without its
 * char filters for a build, which normalises a paragraph once ({@code Analysis.IndexChains}); the normaliser the
 * highlighter and the recall oracle share with them (NFKC + case folding + traditional → simplified per code point);
 * the user dictionary (merge rules for the {@code synonymGraph} filter on the ranking chain) and query-time synonyms.
 * All of it is one immutable value per zhsearch instance ({@link org.zhsearch.analysis.Analysis}, built from the
 * configuration by {@code AnalysisLoader}); a reload builds a new value and swaps it in for that instance only
 * ({@link org.zhsearch.analysis.CurrentAnalysis}). Internal to zhsearch.
 */
package org.zhsearch.analysis;
