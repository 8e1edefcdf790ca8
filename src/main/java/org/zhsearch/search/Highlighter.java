package org.zhsearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhsearch.analysis.NormalizedText;
import org.zhsearch.analysis.ZhAnalyzers;
import org.zhsearch.query.QueryNode;

/**
 * Marks query matches in a paragraph: the text HTML-escaped, with {@code <mark>…</mark>} around every occurrence
 * of a (non-excluded) query term or of one of its synonyms. Matching is on normalised text (as the index matches:
 * NFKC + case folding + traditional → simplified) and marks map back to the original characters, so full-width,
 * compatibility or traditional characters are marked as they appear ({@code 习近平} marks {@code 習近平}). Surrogate pairs are
 * never split. Latin/digit pieces are only marked as whole words, as they match.
 */
public final class Highlighter {
    private final List<String> pieces;

    private Highlighter(List<String> pieces) {
        this.pieces = pieces;
    }

    /** A highlighter for the positive terms of {@code query}. */
    public static Highlighter forQuery(QueryNode query) {
        Set<String> pieces = new LinkedHashSet<>();
        collect(query, pieces);
        return new Highlighter(List.copyOf(pieces));
    }

    private static void collect(QueryNode node, Set<String> out) {
        switch (node) {
            case QueryNode.Term t -> splitWithSynonyms(t.text(), out);
            case QueryNode.Phrase p -> splitWithSynonyms(p.text(), out);
            case QueryNode.And and -> and.clauses().forEach(c -> collect(c, out));
            case QueryNode.Or or -> or.clauses().forEach(c -> collect(c, out));
        }
    }

    /** The term's runs and those of its synonym alternatives: the search matches either, so either is marked. */
    private static void splitWithSynonyms(String text, Set<String> out) {
        split(text, out);
        ZhAnalyzers.synonymsOf(text).forEach(alternative -> split(alternative, out));
    }

    /** Splits a term into its searchable runs (letters, digits, ideographs), normalised. */
    private static void split(String text, Set<String> out) {
        String norm = NormalizedText.normalize(text);
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < norm.length(); ) {
            int cp = norm.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                run.appendCodePoint(cp);
            } else if (!run.isEmpty()) {
                out.add(run.toString());
                run.setLength(0);
            }
            i += Character.charCount(cp);
        }
        if (!run.isEmpty()) {
            out.add(run.toString());
        }
    }

    /** {@code text} HTML-escaped with matches in {@code <mark>}. */
    public String highlight(String text) {
        NormalizedText nt = NormalizedText.of(text);
        String norm = nt.normalized();
        boolean[] marked = new boolean[text.length()];
        for (String piece : pieces) {
            for (int at = norm.indexOf(piece); at >= 0; at = norm.indexOf(piece, at + 1)) {
                int end = at + piece.length();
                if (!wholeWordWhereLatin(norm, at, end)) {
                    continue;
                }
                for (int k = nt.originalStart(at); k < nt.originalEnd(end - 1); k++) {
                    marked[k] = true;
                }
            }
        }
        return render(text, marked);
    }

    /** CJK matches anywhere; a match that begins or ends with a Latin letter/digit must not touch another one. */
    private static boolean wholeWordWhereLatin(String norm, int start, int end) {
        int first = norm.codePointAt(start);
        int last = norm.codePointBefore(end);
        if (!isIdeographic(first) && start > 0 && isWordChar(norm.codePointBefore(start))) {
            return false;
        }
        return isIdeographic(last) || end >= norm.length() || !isWordChar(norm.codePointAt(end));
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) && !isIdeographic(cp);
    }

    private static boolean isIdeographic(int cp) {
        return Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static String render(String text, boolean[] marked) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            if (marked[i] != open) {
                out.append(marked[i] ? "<mark>" : "</mark>");
                open = marked[i];
            }
            escape(text.charAt(i), out);
        }
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }

    static void escape(char c, StringBuilder out) {
        switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }

    /** The normalised pieces this highlighter marks (for tests and debugging). */
    List<String> pieces() {
        return new ArrayList<>(pieces);
    }
}
