package org.zhsearch.api;

/**
 * A word as the SmartChinese ranking analyzer sees it.
 *
 * @param term     the normalised word
 * @param start    start offset in the analysed text (UTF-16 units)
 * @param end      end offset, exclusive
 * @param position token position (0-based)
 */
public record Token(String term, int start, int end, int position) {}
