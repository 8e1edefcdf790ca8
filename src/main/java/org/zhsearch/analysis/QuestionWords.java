package org.zhsearch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Question and function words (如何, 怎么, 什么, 哪些, 的, 了, 吗 …) that a relaxed query leaves out: a question
 * such as 如何安装软件包 becomes the words 安装 软件包. One word per line, {@code #} starts a comment; the built-in
 * list is {@code question-words.txt} beside this class, and {@code config/question-words.txt} replaces it.
 */
public final class QuestionWords {
    static final String BUILT_IN = "question-words.txt";
    private final Set<String> words;

    private QuestionWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The list in {@code file}; the built-in list when {@code file} is null or missing. */
    static QuestionWords load(Path file, boolean fold) {
        try {
            if (file != null && Files.isRegularFile(file)) {
                return parse(Files.readString(file, StandardCharsets.UTF_8), fold);
            }
            try (InputStream in = QuestionWords.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + BUILT_IN);
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), fold);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read question words " + file, e);
        }
    }

    private static QuestionWords parse(String text, boolean fold) {
        return new QuestionWords(text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> NormalizedText.normalize(l, fold))
                .collect(Collectors.toSet()));
    }

    /** True when {@code word} (normalised, as a relaxed query's word is) is on the list. */
    public boolean contains(String word) {
        return words.contains(word);
    }
}
