/**
 * The index's own vocabulary, engine-neutral: the words of the {@code words} field (SmartChinese and user-dictionary
 * words, normalised) with how many paragraphs hold each ({@link org.zhsearch.vocabulary.Vocabulary}), and what
 * pinyin needs from it: every Chinese word keyed by its full reading and its initials
 * ({@link org.zhsearch.vocabulary.PinyinWords}), and the runs of whole words typed letters spell
 * ({@link org.zhsearch.vocabulary.WordRuns}). Engines only hand over the words and counts
 * ({@code EngineSnapshot.vocabulary()}); everything about readings is decided here, once, for both.
 *
 * <p>Design: pinyin matches whole words of the index by its own cut, never any run of characters that happens to
 * read right (种过 inside 一种|过程), so a pinyin query becomes a phrase search over words — and nothing about
 * pinyin is indexed (README "Pinyin"). The reading-keyed lookup is built once per vocabulary value and kept with it.
 */
package org.zhsearch.vocabulary;
