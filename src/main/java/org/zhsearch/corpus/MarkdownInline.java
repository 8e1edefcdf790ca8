package org.zhsearch.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Strips inline Markdown from one line: code spans keep their text without backticks, links keep their text,
 * images, HTML tags and comments are dropped, emphasis ({@code * ** _ __ ~~}) loses its markers, backslash escapes
 * and HTML entities are resolved. Intraword underscores ({@code file_name}) are kept, as in CommonMark.
 */
final class MarkdownInline {
    /** Patterns exclude their own delimiters from the content, so long lines of markup stay linear. */
    private static final Pattern CODE_SPAN = Pattern.compile("``(.{1,1000}?)``(?!`)|`([^`]{1,1000})`");

    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.{0,1000}?-->");
    /** Link/image target: {@code (url "title")} or a reference {@code [ref]}. */
    private static final String TARGET = "(?:\\([^()]{0,1000}\\)|\\[[^\\[\\]]{0,1000}\\])";

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\[\\]]{0,1000}\\]" + TARGET);
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]{0,1000})\\]" + TARGET);
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp)://[^<>\\s]+|mailto:[^<>\\s]+)>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\\s[^<>]{0,1000})?/?>");
    private static final Pattern STAR = Pattern.compile("(\\*{1,3})(?=\\S)([^*]{1,1000}?)(?<=\\S)\\1");
    private static final Pattern UNDERSCORE =
            Pattern.compile("(?<![\\p{L}\\p{N}_])(_{1,3})(?=\\S)([^_]{1,1000}?)(?<=\\S)\\1(?![\\p{L}\\p{N}_])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)([^~]{1,1000}?)(?<=\\S)~~");
    /** Placeholders for escaped characters (U+F0000 + ASCII) and code spans (U+F1000 + index), plane 15 PUA. */
    private static final int ESCAPED = 0xF0000;

    private static final int CODE = 0xF1000;
    private static final int CODE_END = 0xFD000;

    private MarkdownInline() {}

    static String strip(String line) {
        List<String> codes = new ArrayList<>();
        String s = CODE_SPAN.matcher(line).replaceAll(m -> {
            String code = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (CODE + codes.size() >= CODE_END) {
                return Matcher.quoteReplacement(code);
            }
            codes.add(code);
            return Matcher.quoteReplacement(Character.toString(CODE + codes.size() - 1));
        });
        s = ESCAPE.matcher(s)
                .replaceAll(m -> Character.toString(ESCAPED + m.group(1).charAt(0)));
        s = HTML_COMMENT.matcher(s).replaceAll("");
        s = IMAGE.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = AUTOLINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = TAG.matcher(s).replaceAll("");
        for (int i = 0; i < 3; i++) {
            String before = s;
            s = STAR.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
            s = UNDERSCORE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
            s = STRIKE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            if (s.equals(before)) {
                break;
            }
        }
        s = Parser.unescapeEntities(s, false);
        return Texts.trim(restore(s, codes));
    }

    private static String restore(String s, List<String> codes) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp >= ESCAPED && cp < ESCAPED + 0x80) {
                out.append((char) (cp - ESCAPED));
            } else if (cp >= CODE && cp < CODE_END && cp - CODE < codes.size()) {
                out.append(codes.get(cp - CODE));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
