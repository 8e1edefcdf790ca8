package org.zhsearch.documents;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Running headers and footers: the lines at the top and bottom edge of a page (at most two each, within the outer
 * tenth of its height) that are a page number, or that repeat on two pages or more once digits are ignored
 * ({@code 数字治理报告 · 第 3 页} and {@code 数字治理报告 · 第 4 页} are one running header). One instance per document.
 */
final class PdfRunningText {
    /** The part of the page height, at the top and at the bottom, where running heads and feet sit. */
    static final float EDGE_BAND = 0.1f;

    /** Lines at either edge that may be running heads or feet. */
    static final int EDGE_LINES = 2;

    private static final List<Pattern> PAGE_NUMBERS = List.of(
            Pattern.compile("\\d{1,4}"), // 3
            Pattern.compile("[-–—－·•]+\\s*\\d{1,4}\\s*[-–—－·•]+"), // - 3 -, — 3 —, · 3 ·
            Pattern.compile("第\\s*[0-9一二三四五六七八九十百零〇]+\\s*页([\\s,，/]*共\\s*\\d+\\s*页)?"), // 第 3 页, 第3页 共12页
            Pattern.compile("\\d{1,4}\\s*[/／]\\s*\\d{1,4}"), // 3 / 12
            Pattern.compile("(?i)(page|p\\.|pg\\.?)\\s*\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?"), // Page 3, Page 3 of 12
            Pattern.compile("(?i)[-–—(（]?\\s*[ivxlc]{1,7}\\s*[-–—)）]?"), // iv, - xii -
            Pattern.compile("共\\s*\\d+\\s*页\\s*第\\s*\\d+\\s*页"), // 共12页 第3页
            Pattern.compile("[(（]\\s*\\d{1,4}\\s*[)）]")); // (3)

    private static final Pattern ROMAN = Pattern.compile("(?i)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})");

    private final Map<String, Set<Integer>> pagesByKey = new HashMap<>();

    /** Whether {@code text} is nothing but a page number, in one of the usual styles. */
    static boolean isPageNumber(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 20) {
            return false;
        }
        for (Pattern p : PAGE_NUMBERS) {
            if (p.matcher(t).matches()) {
                return !p.pattern().contains("ivxlc]") || isRoman(t);
            }
        }
        return false;
    }

    private static boolean isRoman(String t) {
        String letters = t.replaceAll("[^ivxlcdmIVXLCDM]", "");
        return !letters.isEmpty() && ROMAN.matcher(letters).matches();
    }

    /**
     * What two pages' copies of one running head have in common: the text with numbers (arabic, or a roman numeral
     * standing alone) as {@code #} and without spaces.
     */
    static String key(String text) {
        return text.replaceAll("[0-9０-９]+|(?i)(?<![a-z])[ivxlc]{1,7}(?![a-z])", "#")
                .replaceAll("\\s+", "");
    }

    /** Whether a line at height {@code y} (from the top) of a page {@code height} high lies in an edge band. */
    static boolean inEdgeBand(float y, float height) {
        return y < height * EDGE_BAND || y > height * (1 - EDGE_BAND);
    }

    /** Records an edge line of {@code page}. */
    void sawEdgeLine(int page, PdfLine line) {
        pagesByKey.computeIfAbsent(sizedKey(line), k -> new HashSet<>()).add(page);
    }

    /** Whether an edge line is running text (to drop), given every edge line of the document seen. */
    boolean isRunning(PdfLine line) {
        if (isPageNumber(line.text())) {
            return true;
        }
        Set<Integer> pages = pagesByKey.get(sizedKey(line));
        return pages != null && pages.size() >= 2;
    }

    /** The key with the font size: a title at the top of page 1 is not the small running head repeating it. */
    private static String sizedKey(PdfLine line) {
        return key(line.text()) + "@" + Math.round(line.size());
    }
}
