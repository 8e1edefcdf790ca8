package org.zhsearch.query;

import java.util.ArrayList;
import java.util.List;
import org.zhsearch.api.InvalidQueryException;
import org.zhsearch.api.Limits;

/**
 * Parses zhsearch's query language into a {@link QueryNode} tree.
 *
 * <pre>
 * query   := clause+                      whitespace-separated clauses are ANDed
 * clause  := '-' primary | orExpr         '-' excludes
 * orExpr  := primary ('OR' primary)*      OR binds tighter than the implicit AND
 * primary := '"' chars '"' | '(' query ')' | term
 * </pre>
 * {@code AND} between clauses is accepted and means the same as a space. Any other character is part of a term;
 * punctuation inside a term separates its words but does not have to match (see README "Search semantics").
 * Errors are {@link InvalidQueryException}s that say how to fix the query.
 */
public final class QueryParser {
    /** Most terms and phrases one query may contain. */
    public static final int MAX_TERMS = Limits.QUERY_TERMS;

    private final List<Token> tokens;
    private int pos;
    private int terms;

    private QueryParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses {@code text}; throws {@link InvalidQueryException} when it cannot. */
    public static QueryNode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidQueryException("the query is empty: type one or more words, e.g. 主题教育");
        }
        QueryParser p = new QueryParser(QueryLexer.lex(text));
        QueryNode node = p.query(false);
        if (p.pos < p.tokens.size()) {
            throw new InvalidQueryException("unexpected ')' in the query: remove it or add the matching '('");
        }
        return node;
    }

    private QueryNode query(boolean nested) {
        List<QueryNode> positive = new ArrayList<>();
        List<QueryNode> excluded = new ArrayList<>();
        while (pos < tokens.size() && !(tokens.get(pos).kind() == Token.Kind.CLOSE)) {
            Token t = tokens.get(pos);
            if (t.kind() == Token.Kind.AND) {
                if (positive.isEmpty() && excluded.isEmpty() || pos + 1 >= tokens.size()) {
                    throw new InvalidQueryException("AND needs a term on both sides, e.g. 教育 AND 科技");
                }
                pos++;
                continue;
            }
            if (t.kind() == Token.Kind.NOT) {
                pos++;
                if (pos >= tokens.size()
                        || tokens.get(pos).kind() != Token.Kind.TERM
                                && tokens.get(pos).kind() != Token.Kind.PHRASE
                                && tokens.get(pos).kind() != Token.Kind.OPEN) {
                    throw new InvalidQueryException(
                            "'-' must be followed directly by the term to exclude, e.g. 教育 -高校");
                }
                excluded.add(primary());
            } else {
                positive.add(orExpr());
            }
        }
        if (nested && pos >= tokens.size()) {
            throw new InvalidQueryException("unbalanced parentheses: a '(' is never closed");
        }
        if (positive.isEmpty()) {
            if (excluded.isEmpty()) {
                throw new InvalidQueryException(
                        nested ? "empty parentheses '()' in the query" : "the query has no terms to search for");
            }
            throw new InvalidQueryException("a query cannot only exclude: add a term to search for, e.g. 教育 -高校");
        }
        if (positive.size() == 1 && excluded.isEmpty()) {
            return positive.getFirst();
        }
        return new QueryNode.And(positive, excluded);
    }

    private QueryNode orExpr() {
        if (tokens.get(pos).kind() == Token.Kind.OR) {
            throw new InvalidQueryException("OR needs a term on both sides, e.g. 教育 OR 科技");
        }
        List<QueryNode> alternatives = new ArrayList<>();
        alternatives.add(primary());
        while (pos < tokens.size() && tokens.get(pos).kind() == Token.Kind.OR) {
            pos++;
            if (pos >= tokens.size() || !startsPrimary(tokens.get(pos))) {
                throw new InvalidQueryException("OR needs a term on both sides, e.g. 教育 OR 科技");
            }
            alternatives.add(primary());
        }
        return alternatives.size() == 1 ? alternatives.getFirst() : new QueryNode.Or(alternatives);
    }

    private static boolean startsPrimary(Token t) {
        return t.kind() == Token.Kind.TERM || t.kind() == Token.Kind.PHRASE || t.kind() == Token.Kind.OPEN;
    }

    private QueryNode primary() {
        Token t = tokens.get(pos++);
        switch (t.kind()) {
            case TERM -> {
                countTerm();
                return new QueryNode.Term(t.text());
            }
            case PHRASE -> {
                countTerm();
                return new QueryNode.Phrase(t.text());
            }
            case OPEN -> {
                QueryNode inner = query(true);
                pos++; // the ')'
                return inner;
            }
            default -> throw new InvalidQueryException("unexpected '" + t.text() + "' in the query");
        }
    }

    private void countTerm() {
        if (++terms > MAX_TERMS) {
            throw new InvalidQueryException(
                    "the query has more than " + MAX_TERMS + " terms; search for fewer, more distinctive terms");
        }
    }
}
