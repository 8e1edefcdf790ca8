package org.zhsearch.corpus;

import java.nio.file.Path;

/**
 * One corpus file found by {@link CorpusReader#list}.
 *
 * @param path the file (under the corpus root; symbolic links are not resolved)
 * @param id   the path relative to the corpus root with {@code /} separators, e.g. {@code news/2024-03-01.txt}
 * @param size size in bytes when listed
 */
public record CorpusFile(Path path, String id, long size) {}
