package org.zhsearch.query;

import java.util.ArrayList;
import java.util.List;
import org.zhsearch.api.InvalidQueryException;

/** Splits query text into terms, quoted phrases, OR/AND, '-' and parentheses. */
final class QueryLexer {
    private QueryLexer() {}

    static List<Token> lex(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (c == '"' || c == '“' || c == '”') {
                int end = closingQuote(text, i + 1);
                if (end < 0) {
                    throw new InvalidQueryException("unbalanced quotes: a \" at position " + (i + 1)
                            + " is never closed — close the phrase or remove the quote");
                }
                String phrase = text.substring(i + 1, end).strip();
                if (phrase.isEmpty()) {
                    throw new InvalidQueryException("empty phrase \"\": put words between the quotes");
                }
                out.add(new Token(Token.Kind.PHRASE, phrase));
                i = end + 1;
            } else if (c == '(' || c == '（') {
                out.add(new Token(Token.Kind.OPEN, String.valueOf(c)));
                i++;
            } else if (c == ')' || c == '）') {
                out.add(new Token(Token.Kind.CLOSE, String.valueOf(c)));
                i++;
            } else if (c == '-' && i + 1 < n && !isSpace(text.charAt(i + 1))) {
                // only at the start of a clause: inside a term (COVID-19) '-' is an ordinary character
                out.add(new Token(Token.Kind.NOT, "-"));
                i++;
            } else {
                int start = i;
                while (i < n && !isSpace(text.charAt(i)) && "\"“”()（）".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                String word = text.substring(start, i);
                switch (word) {
                    case "OR", "||" -> out.add(new Token(Token.Kind.OR, word));
                    case "AND", "&&" -> out.add(new Token(Token.Kind.AND, word));
                    default -> out.add(new Token(Token.Kind.TERM, word));
                }
            }
        }
        return out;
    }

    private static int closingQuote(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '"' || c == '”' || c == '“') {
                return j;
            }
        }
        return -1;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || Character.isSpaceChar(c);
    }
}
