package org.zhsearch.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhsearch.api.Article;

/**
 * Markdown: ATX ({@code #}…{@code ######}) and setext headings are heading paragraphs; each block paragraph,
 * list item, blockquote paragraph and table row is one paragraph; fenced code blocks, thematic breaks and link
 * definitions are dropped; inline markup is stripped by {@link MarkdownInline}. Lines of one paragraph are joined
 * without a space when either side of the join is CJK, else with one space.
 */
final class MarkdownArticleReader {
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    private static final Pattern ATX = Pattern.compile(" {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*");
    private static final Pattern SETEXT = Pattern.compile(" {0,3}(?:=+|-+)[ \\t]*");
    private static final Pattern RULE =
            Pattern.compile(" {0,3}(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,})");
    private static final Pattern QUOTE = Pattern.compile("^[ \\t]*(?:>[ \\t]?)+");
    private static final Pattern LIST_ITEM =
            Pattern.compile("^[ \\t]*(?:[-*+]|\\d{1,9}[.)])(?:[ \\t]+|$)(?:\\[[ xX]\\][ \\t]+)?");
    private static final Pattern LINK_DEFINITION = Pattern.compile(" {0,3}\\[[^\\]]+\\]:[ \\t]*\\S+.*");
    private static final Pattern TABLE_SEPARATOR =
            Pattern.compile("[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");

    private final ArticleBuilder article;
    private final StringBuilder paragraph = new StringBuilder();
    /** Whether the open paragraph is a plain one (may become a setext heading) and whether it is quoted. */
    private boolean plain;

    private boolean quoted;

    private MarkdownArticleReader(String id) {
        this.article = new ArticleBuilder(id);
    }

    static Article parse(String id, String text) {
        MarkdownArticleReader reader = new MarkdownArticleReader(id);
        String fence = null;
        for (String line : Texts.lines(Texts.stripBom(text))) {
            if (fence != null) {
                String t = line.strip();
                char marker = fence.charAt(0);
                if (t.startsWith(fence) && t.chars().allMatch(c -> c == marker)) {
                    fence = null;
                }
                continue;
            }
            Matcher f = FENCE.matcher(line);
            if (f.matches()) {
                reader.flush();
                fence = f.group(1);
                continue;
            }
            reader.line(line);
        }
        reader.flush();
        return reader.article.build();
    }

    private void line(String line) {
        if (line.isBlank()) {
            flush();
            return;
        }
        if (SETEXT.matcher(line).matches() && plain && !paragraph.isEmpty()) {
            article.heading(paragraph.toString());
            paragraph.setLength(0);
            return;
        }
        if (RULE.matcher(line).matches() || LINK_DEFINITION.matcher(line).matches()) {
            flush();
            return;
        }
        Matcher q = QUOTE.matcher(line);
        boolean inQuote = q.find();
        if (inQuote != quoted) {
            flush();
        }
        quoted = inQuote;
        String content = inQuote ? line.substring(q.end()) : line;
        if (content.isBlank()) {
            flush();
            return;
        }
        Matcher h = ATX.matcher(content);
        if (h.matches()) {
            flush();
            article.heading(h.group(1) == null ? "" : MarkdownInline.strip(h.group(1)));
            return;
        }
        if (content.strip().startsWith("|")) {
            flush();
            if (!TABLE_SEPARATOR.matcher(content).matches()) {
                tableRow(content);
            }
            return;
        }
        Matcher item = LIST_ITEM.matcher(content);
        if (item.find()) {
            flush();
            content = content.substring(item.end());
            plain = false;
        } else if (paragraph.isEmpty()) {
            plain = !inQuote;
        }
        if (content.endsWith("\\")) {
            content = content.substring(0, content.length() - 1);
        }
        append(MarkdownInline.strip(content));
    }

    private void tableRow(String row) {
        StringBuilder cells = new StringBuilder();
        for (String cell : CELL_SEPARATOR.split(row)) {
            String text = MarkdownInline.strip(cell);
            if (!text.isEmpty()) {
                cells.append(cells.isEmpty() ? "" : " ").append(text);
            }
        }
        article.paragraph(cells.toString());
    }

    private void append(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!paragraph.isEmpty()) {
            int last = paragraph.codePointBefore(paragraph.length());
            if (!Texts.isCjk(last) && !Texts.isCjk(text.codePointAt(0))) {
                paragraph.append(' ');
            }
        }
        paragraph.append(text);
    }

    private void flush() {
        if (!paragraph.isEmpty()) {
            article.paragraph(paragraph.toString());
            paragraph.setLength(0);
        }
        plain = false;
    }
}
