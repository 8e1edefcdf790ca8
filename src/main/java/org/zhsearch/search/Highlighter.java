package org.zhsearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.analysis.NormalizedText;
import org.zhsearch.api.Hit;
import org.zhsearch.api.Token;
import org.zhsearch.query.QueryNode;

/**
 * Marks query matches in a paragraph: the text HTML-escaped, with {@code <mark>…</mark>} around every occurrence
 * of a (non-excluded) query term or of one of its synonyms. Matching is on normalised text (as the index matches:
 * NFKC + case folding + traditional → simplified) and marks map back to the original characters, so full-width,
 * compatibility or traditional characters are marked as they appear ({@code 习近平} marks {@code 習近平}). Surrogate pairs are
 * never split. Latin/digit pieces are only marked as whole words, as they match.
 */
public final class Highlighter {
    private final Analysis analysis;
    private final List<String> pieces;
    /** Word runs pinyin of the query found: where the text's words are one of them, those words are marked. */
    private final List<List<String>> pinyin;

    private Highlighter(Analysis analysis, List<String> pieces, List<List<String>> pinyin) {
        this.analysis = analysis;
        this.pieces = pieces;
        this.pinyin = pinyin;
    }

    /** A highlighter for the positive terms of {@code query}, normalising and expanding them with {@code analysis}. */
    public static Highlighter forQuery(QueryNode query, Analysis analysis) {
        Set<String> pieces = new LinkedHashSet<>();
        Set<List<String>> pinyin = new LinkedHashSet<>();
        collect(query, analysis, pieces, pinyin);
        return new Highlighter(analysis, List.copyOf(pieces), List.copyOf(pinyin));
    }

    private static void collect(QueryNode node, Analysis analysis, Set<String> out, Set<List<String>> pinyin) {
        switch (node) {
            case QueryNode.Term t -> splitWithSynonyms(t.text(), analysis, out);
            case QueryNode.Phrase p -> splitWithSynonyms(p.text(), analysis, out);
            case QueryNode.And and -> and.clauses().forEach(c -> collect(c, analysis, out, pinyin));
            case QueryNode.Or or -> or.clauses().forEach(c -> collect(c, analysis, out, pinyin));
            case QueryNode.Pinyin p -> pinyin.addAll(p.runs());
        }
    }

    /**
     * The term's runs and those of its synonym and regional alternatives: the search matches either, so either is
     * marked.
     */
    private static void splitWithSynonyms(String text, Analysis analysis, Set<String> out) {
        split(analysis.normalize(text), out);
        analysis.synonymsOf(text).forEach(alternative -> split(analysis.normalize(alternative), out));
        analysis.variantsOf(text).forEach(alternative -> split(analysis.normalize(alternative), out));
    }

    /** Splits a normalised term into its searchable runs (letters, digits, ideographs). */
    private static void split(String norm, Set<String> out) {
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
        return render(text, marks(text), 0, text.length());
    }

    /** A hit's {@link #highlight} and {@link #snippet}. */
    public record Marked(String highlight, String snippet) {}

    /** {@link #highlight} and {@link #snippet} of {@code text}, finding its matches once (pinyin re-cuts the text). */
    public Marked mark(String text) {
        boolean[] marked = marks(text);
        return new Marked(render(text, marked, 0, text.length()), Snippets.around(text, marked));
    }

    /**
     * About {@link Snippets#SNIPPET_CHARS} characters of {@code text} around its best match — the window with the most
     * marked characters — widened back to the start of its sentence and cut after a sentence end where one is near,
     * with "…" where text was cut; HTML-escaped with {@code <mark>}. {@code null} when the paragraph has at most
     * {@link Hit#SNIPPET_ABOVE} characters (the whole text is short enough to show).
     */
    public String snippet(String text) {
        return Snippets.isShort(text) ? null : Snippets.around(text, marks(text));
    }

    /**
     * Which of {@code terms} (normalised, as a relaxed query's words are) occur in {@code text}, each compared as
     * an exact substring of the normalised text, as search compares it.
     */
    public List<String> matched(String text, List<String> terms) {
        String norm = analysis.normalize(text);
        List<String> out = new ArrayList<>();
        for (String term : terms) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(analysis.normalize(term));
            analysis.synonymsOf(term).forEach(alt -> forms.add(analysis.normalize(alt)));
            analysis.variantsOf(term).forEach(alt -> forms.add(analysis.normalize(alt)));
            if (forms.stream().anyMatch(norm::contains)) {
                out.add(term);
            }
        }
        return out;
    }

    private boolean[] marks(String text) {
        NormalizedText nt = analysis.normalized(text);
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
        if (!pinyin.isEmpty()) {
            markRuns(analysis.tokens(text), pinyin, marked);
        }
        return marked;
    }

    /**
     * Marks the words of {@code text} (its {@code tokens}) wherever they are one of {@code runs} at consecutive
     * positions, as the words field matches a pinyin phrase: whole words only.
     */
    static void markRuns(List<Token> tokens, List<List<String>> runs, boolean[] marked) {
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> run : runs) {
                int last = runEnd(tokens, i, run);
                if (last >= 0) {
                    java.util.Arrays.fill(
                            marked, tokens.get(i).start(), tokens.get(last).end(), true);
                }
            }
        }
    }

    /** The index of the token ending a match of {@code run} that starts at token {@code i}, or -1. */
    static int runEnd(List<Token> tokens, int i, List<String> run) {
        if (!tokens.get(i).term().equals(run.getFirst())) {
            return -1;
        }
        int at = i;
        for (int k = 1; k < run.size(); k++) {
            int next = -1;
            for (int j = at + 1;
                    j < tokens.size()
                            && tokens.get(j).position() <= tokens.get(at).position() + 1;
                    j++) {
                if (tokens.get(j).position() == tokens.get(at).position() + 1
                        && tokens.get(j).term().equals(run.get(k))) {
                    next = j;
                    break;
                }
            }
            if (next < 0) {
                return -1;
            }
            at = next;
        }
        return at;
    }

    /** CJK matches anywhere; a match that begins or ends with a Latin letter/digit must not touch another one. */
    static boolean wholeWordWhereLatin(String norm, int start, int end) {
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

    /** {@code text[from, to)} HTML-escaped, with {@code <mark>} around the marked characters. */
    static String render(String text, boolean[] marked, int from, int to) {
        StringBuilder out = new StringBuilder(to - from + 32);
        boolean open = false;
        for (int i = from; i < to; i++) {
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
