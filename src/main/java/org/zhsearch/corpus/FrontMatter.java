package org.zhsearch.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code ---} block at the top of a Markdown or {@code .txt} file: {@code key: value} lines, a list as
 * {@code key: [a, b]}, blank lines and {@code #} comments allowed, closed by another {@code ---} — the common subset
 * of YAML front matter. Keys are declared field names, or {@code title}, {@code date}, {@code source},
 * {@code publication}, {@code page} for the built-in metadata. A block that is not closed within
 * {@value #MAX_LINES} lines, or has a line of another form, is not front matter: the text is read as it is.
 *
 * @param values key → a string or a list of strings, in the order written
 * @param lines  key → its 1-based line in the file (for reports)
 * @param body   the text after the block (the whole text when there is none)
 */
record FrontMatter(Map<String, Object> values, Map<String, Integer> lines, String body) {
    static final int MAX_LINES = 200;
    private static final Pattern ENTRY = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*:\\s*(.*)");

    /** The front matter of {@code text}, or one with no values and the whole text as body. */
    static FrontMatter of(String text) {
        List<String> all = List.of(Texts.lines(text));
        if (all.isEmpty() || !all.getFirst().strip().equals("---")) {
            return new FrontMatter(Map.of(), Map.of(), text);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 1; i < Math.min(all.size(), MAX_LINES + 1); i++) {
            String line = all.get(i).strip();
            if (line.equals("---")) {
                return new FrontMatter(values, lines, String.join("\n", all.subList(i + 1, all.size())));
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = ENTRY.matcher(line);
            if (!m.matches()) {
                break;
            }
            values.put(m.group(1), value(m.group(2).strip()));
            lines.put(m.group(1), i + 1);
        }
        return new FrontMatter(Map.of(), Map.of(), text);
    }

    private static Object value(String raw) {
        if (raw.startsWith("[") && raw.endsWith("]")) {
            List<String> items = new ArrayList<>();
            for (String item : raw.substring(1, raw.length() - 1).split(",")) {
                if (!item.isBlank()) {
                    items.add(unquote(item.strip()));
                }
            }
            return items;
        }
        return unquote(raw);
    }

    private static String unquote(String v) {
        boolean quoted =
                v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"));
        return quoted ? v.substring(1, v.length() - 1) : v;
    }
}
