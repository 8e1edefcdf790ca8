package org.zhsearch.server;

import org.zhsearch.api.InvalidRequestException;

/**
 * Checks article ids taken from URLs. Ids are corpus-relative paths with {@code /} separators; one that could
 * name a file outside its directory ({@code ..}, an absolute path, a backslash, NUL or another control
 * character) is rejected before it reaches the engine.
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
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '\\' || Character.isISOControl(c)) {
                throw invalid(id, "must not contain a backslash, NUL or other control characters");
            }
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

    private static InvalidRequestException invalid(String id, String rule) {
        String shown = id.replaceAll("\\p{Cntrl}", "?");
        return new InvalidRequestException("article id '" + Params.abbreviate(shown) + "' " + rule);
    }
}
