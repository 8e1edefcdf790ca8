package org.zhsearch.documents;

/**
 * Character classes and joining rules for text rebuilt from page layout: Chinese is written without spaces, so a
 * space is only ever put between two non-CJK characters (Latin words, numbers), and a line break inside a paragraph
 * joins without a space unless both sides are Latin.
 */
final class CjkText {
    private CjkText() {}

    /**
     * Whether {@code c} is written without spaces around it in Chinese text: ideographs, kana, hangul, CJK and
     * full-width punctuation, and the quotes, dashes and ellipses Chinese text uses.
     */
    static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        return (c >= 0x3000 && c <= 0x303F) // CJK symbols and punctuation
                || (c >= 0xFF00 && c <= 0xFFEF) // full-width forms
                || (c >= 0x2460 && c <= 0x24FF) // circled numbers ①
                || (c >= 0xFE30 && c <= 0xFE4F) // CJK compatibility forms
                || c == '“'
                || c == '”'
                || c == '‘'
                || c == '’'
                || c == '—'
                || c == '…'
                || c == '·';
    }

    /**
     * Whether {@code text} ends a sentence: sentence-final punctuation ({@code 。！？…!?.；;：:}), possibly followed by
     * closing quotes or brackets ({@code 。”}).
     */
    static boolean endsSentence(String text) {
        int i = text.length();
        while (i > 0 && "”’」』）)】\"'".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && "。！？…!?.；;：:".indexOf(text.charAt(i - 1)) >= 0;
    }

    /**
     * Joins the next line of a paragraph to the text so far: hyphenation of a lowercase word is undone
     * ({@code inter-} + {@code national}), two Latin sides get one space, anything next to CJK gets none.
     */
    static void appendLine(StringBuilder text, String line) {
        if (line.isEmpty()) {
            return;
        }
        int n = text.length();
        if (n == 0) {
            text.append(line);
            return;
        }
        int last = text.codePointBefore(n);
        int first = line.codePointAt(0);
        if (last == '-' && n >= 2 && Character.isLowerCase(text.charAt(n - 2)) && Character.isLowerCase(first)) {
            text.setLength(n - 1);
            text.append(line);
        } else if (last == '-' || isCjk(last) || isCjk(first) || Character.isWhitespace(last)) {
            text.append(line);
        } else {
            text.append(' ').append(line);
        }
    }

    /** Removes every whitespace run between two CJK characters; other runs inside the text become one space. */
    static String tidySpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (!Character.isWhitespace(c) && c != 0x00A0) {
                out.appendCodePoint(c);
                i += Character.charCount(c);
                continue;
            }
            int end = i;
            while (end < s.length() && (Character.isWhitespace(s.charAt(end)) || s.charAt(end) == 0x00A0)) {
                end++;
            }
            boolean cjkBefore = out.length() > 0 && isCjk(out.codePointBefore(out.length()));
            boolean cjkAfter = end < s.length() && isCjk(s.codePointAt(end));
            if (out.length() > 0 && end < s.length() && !(cjkBefore && cjkAfter)) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }
}
