package org.zhsearch.server;

import org.zhsearch.api.InvalidRequestException;

/**
 * Checks article ids taken from URLs. Ids are corpus-relative paths with {@code /} separators, and may use any
 * character except: control and format characters (NUL, bidi overrides such as U+202E, zero-width characters),
 * a backslash, {@code #} and {@code ?} (they cut URLs), and characters that read as {@code .} or {@code /} after
 * NFKC normalisation (full-width {@code ．／} — they would make look-alike {@code ..} segments). Segments are
 * non-empty and not {@code .} or {@code ..}; no leading or trailing {@code /}; at most {@value #MAX_LENGTH}
 * characters. Chinese punctuation in file names (《》、「」) is allowed: corpus files are named that way.
 */
final class ArticleIds {
    static final int MAX_LENGTH = 1024;

    private ArticleIds() {
    }

    /** Returns {@code id} if it is acceptable, else throws {@link InvalidRequestException}. */
    static String check(String id) {
        if (id == null || id.isEmpty()) {
            throw new InvalidRequestException("article id is empty; use /api/articles/{id}");
        }
        if (id.length() > MAX_LENGTH) {
            throw new InvalidRequestException("article id is " + id.length() + " characters long; at most "
                    + MAX_LENGTH + " are allowed");
        }
        for (int i = 0; i < id.length(); ) {
            int c = id.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\\' || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                throw invalid(id, "must not contain a backslash, NUL, control or format characters (bidi "
                        + "overrides, zero-width characters)");
            }
            if (c == '#' || c == '?') {
                throw invalid(id, "must not contain '#' or '?'");
            }
            if (c > 0x7F && readsAsDotOrSlash(c)) {
                throw invalid(id, "must not contain characters that read as '.' or '/' (such as full-width ．／)");
            }
        }
        if (id.endsWith("/")) {
            throw invalid(id, "must not end with '/'");
        }
        if (id.startsWith("/") || (id.length() >= 2 && id.charAt(1) == ':' && Character.isLetter(id.charAt(0)))) {
            throw invalid(id, "must be a relative path, not an absolute one");
        }
        for (String segment : id.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw invalid(id, "must not contain empty, '.' or '..' path segments");
            }
        }
        return id;
    }

    private static boolean readsAsDotOrSlash(int c) {
        String folded = java.text.Normalizer.normalize(new String(Character.toChars(c)), java.text.Normalizer.Form.NFKC);
        return folded.indexOf('.') >= 0 || folded.indexOf('/') >= 0;
    }

    private static InvalidRequestException invalid(String id, String rule) {
        String shown = id.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?");
        return new InvalidRequestException("article id '" + Params.abbreviate(shown) + "' " + rule);
    }
}
