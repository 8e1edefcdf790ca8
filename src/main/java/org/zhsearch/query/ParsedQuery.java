package org.zhsearch.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.zhsearch.api.InvalidQueryException;

/**
 * A query as parsed: as written, or — when it does not parse and syntax is not strict — as its literal words, the
 * way Elasticsearch's {@code simple_query_string}, Meilisearch and Typesense search a stray quote or parenthesis
 * anyway rather than refuse the search.
 *
 * @param tree     what is searched; {@code null} when nothing is left to search (the query was only syntax)
 * @param problem  why the query as written did not parse (the strict mode's error message); {@code null} when it did
 * @param searched the literal words searched instead, space-separated; {@code null} when the query parsed
 */
public record ParsedQuery(QueryNode tree, String problem, String searched) {
    /** Quotes and brackets: syntax when balanced, dropped from the literal words. */
    private static final String SYNTAX_CHARS = "\"“”()（）";

    /**
     * Parses {@code text}. With {@code strict}, or when the literal words are the query as written (a limit such as
     * too many terms, not syntax), or do not parse either, throws the {@link InvalidQueryException} of the query as
     * written. When no literal word is left (an empty phrase, only operators) the tree is {@code null}.
     */
    public static ParsedQuery of(String text, boolean strict) {
        try {
            return new ParsedQuery(QueryParser.parse(text), null, null);
        } catch (InvalidQueryException e) {
            String words = literalWords(text);
            if (strict || words.equals(text.strip())) {
                throw e;
            }
            if (words.isEmpty()) {
                return new ParsedQuery(null, e.getMessage(), "");
            }
            try {
                return new ParsedQuery(QueryParser.parse(words), e.getMessage(), words);
            } catch (InvalidQueryException again) {
                throw e;
            }
        }
    }

    /**
     * The query's words without quotes, brackets, OR/AND and leading '-' that {@code searchable} accepts (words of
     * only punctuation or symbols are not), space-separated: each searched as an ordinary term.
     */
    public static String literalWords(String text, Predicate<String> searchable) {
        List<String> kept = new ArrayList<>();
        for (String word : literalWords(text).split(" ")) {
            if (!word.isEmpty() && searchable.test(word)) {
                kept.add(word);
            }
        }
        return String.join(" ", kept);
    }

    /** The query's words without quotes, brackets, OR/AND and leading '-': each searched as an ordinary term. */
    static String literalWords(String text) {
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints().forEach(c -> cleaned.appendCodePoint(SYNTAX_CHARS.indexOf(c) >= 0 ? ' ' : c));
        List<String> words = new ArrayList<>();
        for (String word : cleaned.toString().split("[\\s\\u3000]+")) {
            String w = word.replaceFirst("^-+", "");
            if (!w.isEmpty() && !List.of("OR", "||", "AND", "&&").contains(w)) {
                words.add(w);
            }
        }
        return String.join(" ", words);
    }
}
