/**
 * Pinyin, read in our own code: {@link org.zhsearch.pinyin.PinyinReader} reads a word of the index (houbb pinyin's
 * phrase dictionary decides polyphones, our {@code word-readings.txt} corrects the software words it misreads), and
 * {@link org.zhsearch.pinyin.PinyinQuery} turns typed letters into the syllable or initial sequences they may spell
 * (which splits, initials and begun syllables apply), over the 419 toneless
 * {@link org.zhsearch.pinyin.Syllables}. Internal to zhsearch.
 *
 * <p>Design: nothing about pinyin is indexed. The index's own words are read once per vocabulary
 * ({@code org.zhsearch.vocabulary}), and a typed sequence resolves to whole words of the index, or runs of them, so
 * a match is never a run of characters that only happens to read right (README "Pinyin").
 */
package org.zhsearch.pinyin;
