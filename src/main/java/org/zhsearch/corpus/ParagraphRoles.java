package org.zhsearch.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.zhsearch.api.Paragraph;

/**
 * Decides the role of each line of a plain-text article from the line and its neighbours (see
 * {@link Paragraph#role()}). The rules, measured on the Debian documentation and news text:
 * <ul>
 *   <li>caption: {@code 表 2.1. …}, {@code 图 3 …}, {@code 例 4.2 …};</li>
 *   <li>table row: the lines after a caption up to the first line that ends a sentence ({@code 。！？});</li>
 *   <li>code: a line without any Chinese character (commands, paths, URLs), or an option line ({@code -b},
 *       {@code --backup …});</li>
 *   <li>heading: a numbered heading ({@code 第 2 章 …}, {@code 2.1.3. …}, {@code 4.1 …}, also a numbered FAQ
 *       question; a bare number such as {@code 100 用于…} is a table cell, not a heading), the first
 *       line of the file when it is short and unpunctuated, or a short unpunctuated line ({@link HeadingRules#isHeading})
 *       standing alone before body text;</li>
 *   <li>list item: short unpunctuated lines in a run of two or more (their shape is a list's, not a heading's),
 *       lines starting with a bullet, and a short unpunctuated line with no body text after it. In a run, a label
 *       of at most {@link #MAX_LABEL_CHARS} characters (man pages: 总览, 描述, 选项) is still a heading;</li>
 *   <li>body: everything else.</li>
 * </ul>
 */
final class ParagraphRoles {
    static final int MAX_LABEL_CHARS = 6;
    private static final Pattern CAPTION = Pattern.compile("^(表|图|例|范例)\\s*\\d+(\\.\\d+)*[.．]?\\s+\\S.*");
    private static final Pattern NUMBERED = Pattern.compile(
            "^(第\\s*[0-9一二三四五六七八九十百]+\\s*[章节部分篇]|附录\\s*[A-Z]|[A-Z]?\\d+(\\.\\d+)*\\.\\s|[A-Z]?\\d+(\\.\\d+)+\\s)"
                    + "\\s*\\S.*");
    private static final Pattern OPTION = Pattern.compile("^--?[A-Za-z0-9].*");
    private static final Pattern BULLET = Pattern.compile("^[•·●◦▪*\\-–]\\s+\\S.*");
    private static final int MAX_NUMBERED_HEADING_CHARS = 60;
    /*
     * The first characters each pattern can match at: checked before a pattern runs, since most lines start with none
     * of them and a matcher per pattern per line was a build's third-largest allocation after SmartChinese's.
     */
    private static final String CAPTION_STARTS = "表图例范";
    private static final String BULLET_STARTS = "•·●◦▪*-–";

    private ParagraphRoles() {}

    /** One role per line, in order; lines are trimmed and non-blank. */
    static List<String> of(List<String> lines) {
        List<String> roles = new ArrayList<>(lines.size());
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String role;
            if (isCaption(line)) {
                role = Paragraph.CAPTION;
                inTable = true;
            } else if (isNumberedHeading(line)) {
                role = Paragraph.HEADING;
                inTable = false;
            } else if (inTable) {
                if (endsSentence(line)) {
                    inTable = false;
                    role = Paragraph.BODY;
                } else {
                    role = Paragraph.TABLE_ROW;
                }
            } else if (isCode(line)) {
                role = Paragraph.CODE;
            } else if (isBullet(line)) {
                role = Paragraph.LIST_ITEM;
            } else if (isShortLine(line)) {
                role = shortLineRole(lines, i);
            } else {
                role = Paragraph.BODY;
            }
            roles.add(role);
        }
        return roles;
    }

    private static String shortLineRole(List<String> lines, int i) {
        if (i == 0) {
            return Paragraph.HEADING;
        }
        boolean inRun = isShortLine(lines.get(i - 1)) && !isNumberedHeading(lines.get(i - 1))
                || i + 1 < lines.size() && isShortLine(lines.get(i + 1)) && !isNumberedHeading(lines.get(i + 1));
        String line = lines.get(i);
        if (inRun) {
            return line.codePointCount(0, line.length()) <= MAX_LABEL_CHARS ? Paragraph.HEADING : Paragraph.LIST_ITEM;
        }
        boolean bodyFollows = i + 1 < lines.size() && isBody(lines.get(i + 1));
        return bodyFollows ? Paragraph.HEADING : Paragraph.LIST_ITEM;
    }

    private static boolean isBody(String line) {
        return !isShortLine(line) && !isCode(line) && !isCaption(line) && !isNumberedHeading(line);
    }

    private static boolean isShortLine(String line) {
        return HeadingRules.isHeading(line) && !isCode(line) && !isCaption(line);
    }

    private static boolean isNumberedHeading(String line) {
        if (!startsNumbered(line)
                || !NUMBERED.matcher(line).matches()
                || line.codePointCount(0, line.length()) > MAX_NUMBERED_HEADING_CHARS) {
            return false;
        }
        // a numbered FAQ question is a heading; a numbered sentence (a list step) is not
        return HeadingRules.isHeading(line) || line.endsWith("？") || line.endsWith("?");
    }

    private static boolean isCode(String line) {
        return isOption(line) || line.codePoints().noneMatch(ParagraphRoles::isHan);
    }

    private static boolean isCaption(String line) {
        return startsWithAny(line, CAPTION_STARTS) && CAPTION.matcher(line).matches();
    }

    private static boolean isBullet(String line) {
        return startsWithAny(line, BULLET_STARTS) && BULLET.matcher(line).matches();
    }

    private static boolean isOption(String line) {
        return line.startsWith("-") && OPTION.matcher(line).matches();
    }

    /** What {@link #NUMBERED} can start with: 第, 附, a capital letter or a digit. */
    private static boolean startsNumbered(String line) {
        char c = line.charAt(0);
        return c == '第' || c == '附' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean startsWithAny(String line, String starts) {
        return starts.indexOf(line.charAt(0)) >= 0;
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '。' || last == '！' || last == '？';
    }
}
