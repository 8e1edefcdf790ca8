package org.zhsearch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.Hit;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;

/**
 * Prints a {@link SearchResult} for people: per hit a heading line (title · day · source · section · {@code p. N},
 * the page of the source document; the section left out when it is the title), the paragraph with its matches in
 * bold colour when {@code ansi}, and the hit's id and score.
 */
final class HitPrinter {
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

    private final PrintWriter out;
    private final boolean ansi;

    HitPrinter(PrintWriter out, boolean ansi) {
        this.out = out;
        this.ansi = ansi;
    }

    void print(SearchRequest request, SearchResult result) {
        String unit = request.group() == Grouping.ARTICLE ? "article" : "paragraph";
        String units = unit + "s";
        if (result.notice() != null) {
            out.printf(
                    result.notice().searched().isEmpty()
                            ? "Nothing to search: %s%n"
                            : "The query does not parse (%s): searched its words %s instead (--strict refuses it).%n",
                    result.notice().problem(),
                    result.notice().searched());
        }
        if (result.hits().isEmpty()) {
            if (result.total() == 0) {
                out.printf("No %s matches %s (%d ms).%n", unit, result.query(), result.tookMs());
            } else {
                out.printf(
                        "%s match %s; none at offset %d (%d ms).%n",
                        Units.count(result.total(), unit, units), result.query(), request.offset(), result.tookMs());
            }
            printRelated(request, result, unit, units);
            printFacets(result, units);
            out.flush();
            return;
        }
        int first = request.offset() + 1;
        int last = request.offset() + result.hits().size();
        out.printf(
                "%s for %s, showing %d–%d (%d ms)%n",
                Units.count(result.total(), unit, units), result.query(), first, last, result.tookMs());
        int n = first;
        for (Hit hit : result.hits()) {
            printHit(n++, hit);
        }
        if (last < result.total()) {
            out.printf("%nMore: --offset %d%n", last);
        }
        printRelated(request, result, unit, units);
        printFacets(result, units);
        out.flush();
    }

    /** Per facet one line: its values with their counts, most frequent first ({@code source: 人民日报 12 · 光明日报 3}). */
    private void printFacets(SearchResult result, String units) {
        if (result.facets() == null) {
            return;
        }
        out.printf("%n%s%n", style(Terminal.BOLD, "Facets (matching " + units + " per value):"));
        result.facets().forEach((name, values) -> {
            String counts = values.isEmpty()
                    ? "(none)"
                    : values.stream()
                            .map(v -> v.value() + " " + v.count())
                            .collect(java.util.stream.Collectors.joining(" · "));
            out.println("  " + name + ": " + counts);
        });
    }

    /** The related list, under a line that says it is not an exact match and which words it contains. */
    private void printRelated(SearchRequest request, SearchResult result, String unit, String units) {
        if (result.related().isEmpty()) {
            return;
        }
        out.printf(
                "%n%s",
                style(
                        Terminal.BOLD,
                        String.format(
                                "Related: %s containing %s (not exact matches of %s)",
                                Units.count(result.relatedTotal(), unit, units),
                                result.relaxedQuery(),
                                result.query())));
        out.println();
        int n = request.relatedOffset() + 1;
        for (Hit hit : result.related()) {
            printHit(n++, hit);
        }
        int shown = request.relatedOffset() + result.related().size();
        if (shown < result.relatedTotal()) {
            out.printf("%nMore related: --related-offset %d%n", shown);
        }
    }

    private void printHit(int n, Hit hit) {
        out.println();
        out.println(style(Terminal.BOLD, n + ". " + heading(hit)));
        out.println("   " + paragraph(hit.snippet() != null ? hit.snippet() : hit.highlight()));
        String matching = hit.matchingParagraphs() == null
                ? ""
                : " · " + Units.count(hit.matchingParagraphs(), "matching paragraph", "matching paragraphs");
        String matched = hit.matched() == null ? "" : " · contains " + String.join(" ", hit.matched());
        if (Hit.PINYIN.equals(hit.match())) {
            matched = " · matched by pinyin";
        }
        out.println(style(
                Terminal.DIM,
                String.format(Locale.ROOT, "   %s · score %.3f%s%s", hit.id(), hit.score(), matching, matched)));
    }

    static String heading(Hit hit) {
        StringBuilder sb = new StringBuilder(hit.title() == null ? hit.articleId() : hit.title());
        String section = hit.section() != null && hit.section().equals(hit.title()) ? null : hit.section();
        String page = hit.sourcePage() == null ? null : "p. " + hit.sourcePage();
        for (String part : new String[] {day(hit.date()), hit.source(), section, page}) {
            if (part != null && !part.isBlank()) {
                sb.append(" · ").append(part);
            }
        }
        return sb.toString();
    }

    /** {@code 2024-11-25T04:43:40} → {@code 2024-11-25}; other values unchanged. */
    private static String day(String date) {
        return date != null && date.length() > 10 && date.charAt(10) == 'T' ? date.substring(0, 10) : date;
    }

    /** The hit's {@code highlight} (HTML with {@code <mark>}) as terminal text: ANSI colour or plain. */
    String paragraph(String highlight) {
        String marked =
                highlight.replace("<mark>", ansi ? Terminal.MATCH : "").replace("</mark>", ansi ? Terminal.RESET : "");
        return unescape(marked);
    }

    private String style(String code, String text) {
        return ansi ? code + text + Terminal.RESET : text;
    }

    /** Decodes the HTML entities an escaper produces: {@code &amp; &lt; &gt; &quot; &#39; &#x27; &nbsp;}. */
    static String unescape(String html) {
        Matcher m = ENTITY.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String decoded = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00a0";
                default -> e.startsWith("#") ? codePoint(e) : null;
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(decoded == null ? m.group() : decoded));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String codePoint(String e) {
        try {
            int cp = e.startsWith("#x") || e.startsWith("#X")
                    ? Integer.parseInt(e.substring(2), 16)
                    : Integer.parseInt(e.substring(1));
            return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
