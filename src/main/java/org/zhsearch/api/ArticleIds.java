package org.zhsearch.api;

import java.text.Normalizer;

/**
 * The rule for article ids, shared by the HTTP API and the corpus reader ({@code .jsonl} ids): an id that this
 * refuses could be indexed but never opened or deleted through the API. Ids are corpus-relative paths with {@code /}
 * separators, and may use any character except: control and format characters (NUL, bidi overrides such as U+202E,
 * zero-width characters), line and paragraph separators (U+2028, U+2029), a backslash, {@code #} and {@code ?} (they
 * cut URLs), and look-alikes of {@code .}, {@code /} and {@code \}: characters that read as one of them after NFKC
 * (full-width {@code ．／＼}, small {@code ﹨}, one dot leader {@code ․}) and the other symbols Unicode's confusables
 * map to them ({@code ∕ ⁄ ⧸ ∖ ╱ ⟋ ⟍ ⧵ ⧹ ‥} …), since they would make look-alike {@code ..} segments or paths. Letters,
 * digits, Chinese characters, radicals and strokes that are also on that list stay allowed (丿, 丶, ㇓, ノ,
 * Arabic-Indic zero): they are ordinary characters of file names. Segments are non-empty and not {@code .} or {@code ..}; no leading or trailing {@code /}; at most
 * {@value #MAX_LENGTH} characters. Chinese punctuation in file names (《》、「」) is allowed.
 */
public final class ArticleIds {
    public static final int MAX_LENGTH = 1024;
    /**
     * Symbols whose Unicode confusable skeleton is {@code .}, {@code ..}, {@code /} or {@code \} and that NFKC leaves
     * alone (ICU {@code SpoofChecker}, checked by ArticleIdsTest).
     */
    static final String LOOK_ALIKES = "\u0701\u0702\u1735\u2025\u2041\u2044\u2215\u2216\u2571\u2572\u27CB\u27CD"
            + "\u29F5\u29F8\u29F9\u2CC6\u3033\uA4F8\uA4FA\uA60E\uD802\uDE50\uD834\uDD6D\uD834\uDE0F\uD834\uDE3A"
            + "\uD834\uDE3B";

    private ArticleIds() {}

    /** Returns {@code id} if it is acceptable, else throws {@link InvalidRequestException} saying why. */
    public static String check(String id) {
        String problem = problem(id);
        if (problem != null) {
            throw new InvalidRequestException(problem);
        }
        return id;
    }

    /** Why {@code id} is not acceptable, in words a user can act on, or {@code null} if it is. */
    public static String problem(String id) {
        if (id == null || id.isEmpty()) {
            return "article id is empty; use /api/articles/{id}";
        }
        if (id.length() > MAX_LENGTH) {
            return "article id is " + id.length() + " characters long; at most " + MAX_LENGTH + " are allowed";
        }
        for (int i = 0; i < id.length(); ) {
            int c = id.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (c == '\\'
                    || Character.isISOControl(c)
                    || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                return invalid(
                        id,
                        "must not contain a backslash, NUL, control or format characters (bidi "
                                + "overrides, zero-width characters) or line separators (U+2028, U+2029)");
            }
            if (c == '#' || c == '?') {
                return invalid(id, "must not contain '#' or '?'");
            }
            if (c > 0x7F && readsAsDotOrSlash(c)) {
                return invalid(
                        id,
                        "must not contain characters that look like '.', '/' or '\\' (such as "
                                + "full-width ．／＼, ∕ ⁄ ∖), U+"
                                + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                                + " here");
            }
        }
        if (id.endsWith("/")) {
            return invalid(id, "must not end with '/'");
        }
        if (id.startsWith("/") || (id.length() >= 2 && id.charAt(1) == ':' && Character.isLetter(id.charAt(0)))) {
            return invalid(id, "must be a relative path, not an absolute one");
        }
        for (String segment : id.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return invalid(id, "must not contain empty, '.' or '..' path segments");
            }
        }
        return null;
    }

    private static boolean readsAsDotOrSlash(int c) {
        if (LOOK_ALIKES.indexOf(c) >= 0) {
            return true;
        }
        String folded = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC);
        return folded.indexOf('.') >= 0 || folded.indexOf('/') >= 0 || folded.indexOf('\\') >= 0;
    }

    private static String invalid(String id, String rule) {
        String shown = id.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}]", "?");
        return "article id '" + UserInput.abbreviate(shown) + "' " + rule;
    }
}
