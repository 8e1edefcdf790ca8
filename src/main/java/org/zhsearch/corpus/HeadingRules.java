package org.zhsearch.corpus;

import java.util.List;
import java.util.Set;
import org.zhsearch.api.Paragraph;

/**
 * Which plain-text lines are section headings, and how an article's title is chosen. See {@code package-info}.
 */
final class HeadingRules {
    /** Longest line (in characters) that can be a heading. */
    static final int MAX_HEADING_CHARS = 30;
    /** Longest title taken from a first sentence, before "…" is appended. */
    static final int MAX_TITLE_CHARS = 40;

    /** A line ending in one of these (possibly followed by closing quotes/brackets) is a sentence, not a heading. */
    private static final String SENTENCE_END = "。！？!?…；;：:．.｡，,、";

    private static final String CLOSERS = "”’\"'」』）)》〉】〕］]";
    /** Title = first paragraph up to (excluding) the first of these. */
    private static final String TITLE_END = "。！？!?";

    /** Section labels that make a useless title (man page and manual boilerplate), lower case. */
    static final Set<String> GENERIC_TITLES = Set.of(
            "名称",
            "名字",
            "name",
            "概述",
            "总览",
            "总揽", // a common misspelling of 总览 in translated man pages
            "概要",
            "描述",
            "简介",
            "说明",
            "synopsis",
            "description",
            "overview",
            "目录",
            "contents",
            "table of contents");

    /** What separates the pieces of a combined label: spaces, brackets, slashes, colons, dashes (ASCII and CJK). */
    private static final java.util.regex.Pattern LABEL_SEPARATORS =
            java.util.regex.Pattern.compile("[\\s()（）\\[\\]【】/／:：|｜\\-–—]+");

    private HeadingRules() {}

    /**
     * A heading is a trimmed line of 1–30 characters containing a letter or digit that does not end in sentence
     * punctuation {@code 。！？!?…；;：:．.} or continuation punctuation {@code ，,、} (closing quotes and brackets
     * after it are ignored, so {@code 好。”} is a sentence), and is not wholly in round brackets (bylines such as
     * {@code （本报记者 王伟）}).
     */
    static boolean isHeading(String line) {
        int length = line.codePointCount(0, line.length());
        if (length == 0 || length > MAX_HEADING_CHARS) {
            return false;
        }
        if ((line.startsWith("(") || line.startsWith("（")) && (line.endsWith(")") || line.endsWith("）"))) {
            return false;
        }
        int end = line.length();
        while (end > 0 && CLOSERS.indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > 0 && SENTENCE_END.indexOf(line.charAt(end - 1)) >= 0) {
            return false;
        }
        return line.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * The title when the source gives none: the first meaningful paragraph — skipping generic section labels such
     * as 名称, NAME, 概述 ({@link #GENERIC_TITLES}) — if it is a heading, otherwise its first sentence cut to 40
     * characters plus "…"; {@code fallback} (the file name) when there is no meaningful paragraph.
     */
    static String title(List<Paragraph> paragraphs, String fallback) {
        for (Paragraph p : paragraphs) {
            if (isGenericTitle(p.text())) {
                continue;
            }
            return p.role().equals(Paragraph.HEADING) ? p.text() : firstSentence(p.text());
        }
        return fallback;
    }

    /**
     * A generic section label (名称, NAME, 概述 …), which says nothing about the article as a title — also in the
     * combined forms translated manuals use: {@code NAME(名称)}, {@code 总览 SYNOPSIS}, {@code 描述 / DESCRIPTION}
     * (every piece between spaces, brackets, slashes and colons is a generic label).
     */
    static boolean isGenericTitle(String text) {
        String[] pieces = LABEL_SEPARATORS.split(text.strip().toLowerCase(java.util.Locale.ROOT));
        boolean any = false;
        for (String piece : pieces) {
            if (piece.isEmpty()) {
                continue;
            }
            if (!GENERIC_TITLES.contains(piece)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    static String firstSentence(String text) {
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            if (TITLE_END.indexOf(text.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        String sentence = Texts.trim(text.substring(0, end));
        if (sentence.isEmpty()) {
            sentence = text;
        }
        if (sentence.codePointCount(0, sentence.length()) > MAX_TITLE_CHARS) {
            return Texts.trim(sentence.substring(0, sentence.offsetByCodePoints(0, MAX_TITLE_CHARS))) + "…";
        }
        return sentence;
    }
}
