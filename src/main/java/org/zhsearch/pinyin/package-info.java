/**
 * Pinyin, read in our own code so both engines index it as plain terms: {@link org.zhsearch.pinyin.PinyinReader}
 * reads a SmartChinese word (houbb pinyin's phrase dictionary decides polyphones, our {@code word-readings.txt}
 * corrects the software words it misreads), {@link org.zhsearch.pinyin.PinyinText} lays a text's characters out at
 * pinyin-field positions, {@link org.zhsearch.pinyin.PinyinQuery} turns typed letters into the term sequences they
 * may spell, over the 419 toneless {@link org.zhsearch.pinyin.Syllables}. Internal to zhsearch.
 *
 * <p>Design: readings per word, positions per character. A character's reading(s) and its initial share its
 * position, so full pinyin, initials and mixes of both are plain phrase queries, and a match is any run of
 * characters, as Chinese substrings are — at the cost of about two terms per character (README "Pinyin").
 */
package org.zhsearch.pinyin;
