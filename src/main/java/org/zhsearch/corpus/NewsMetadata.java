package org.zhsearch.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata lines of the news format: header {@code 发布时间:2024-11-25 04:43:40 来源: sp20241125}, footer
 * {@code 《 人民日报 》( 2023年10月27日 04 版)} and editors {@code (责编:卫嘉、白宇)}. ASCII or full-width colons and
 * brackets, any spacing, and the traditional spellings (發布時間, 來源, 責編) are accepted.
 */
final class NewsMetadata {
    private static final String S = "[\\s\\u3000\\u00A0]*";
    private static final Pattern HEADER = Pattern.compile("(?:发布时间|發布時間|發佈時間)" + S + "[:：]" + S + "(?<date>.*?)" + S
            + "(?:(?:来源|來源)" + S + "[:：]" + S + "(?<source>.*?))?" + S);
    private static final Pattern FOOTER = Pattern.compile("《" + S + "(?<publication>[^》]+?)" + S + "》" + S + "[(（]" + S
            + "(?<date>\\d{4}" + S + "年" + S + "\\d{1,2}" + S + "月" + S + "\\d{1,2}" + S + "日)" + S
            + "(?:(?:第" + S + ")?(?<page>[0-9A-Za-z０-９]+)" + S + "版)?" + S + "[)）]");
    private static final Pattern EDITORS =
            Pattern.compile("[(（]" + S + "(?:责编|責編|责任编辑|責任編輯)" + S + "[:：]" + S + "(?<names>[^)）]*?)" + S + "[)）]");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[、,，/／\\s\\u3000]+");

    record Header(String date, String source) {}

    record Footer(String publication, String date, String page) {}

    private NewsMetadata() {}

    /** The header if {@code line} (trimmed) is one; its date is normalised or {@code null}. */
    static Header header(String line) {
        Matcher m = HEADER.matcher(line);
        return m.matches() ? new Header(Dates.normalize(m.group("date")), blankToNull(m.group("source"))) : null;
    }

    /** The footer if {@code line} (trimmed) is one; its date is normalised or {@code null}. */
    static Footer footer(String line) {
        Matcher m = FOOTER.matcher(line);
        return m.matches()
                ? new Footer(m.group("publication"), Dates.normalize(m.group("date")), blankToNull(m.group("page")))
                : null;
    }

    /** The editor names if {@code line} (trimmed) is an editors line, else {@code null}. */
    static List<String> editors(String line) {
        Matcher m = EDITORS.matcher(line);
        if (!m.matches()) {
            return null;
        }
        return Arrays.stream(NAME_SEPARATORS.split(m.group("names")))
                .filter(n -> !n.isEmpty())
                .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
