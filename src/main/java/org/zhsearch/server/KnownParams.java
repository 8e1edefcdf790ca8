package org.zhsearch.server;

import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.zhsearch.api.InvalidRequestException;

/**
 * The query parameters each API route takes. Any other name is a 400 {@code invalid_parameter} naming it, with the
 * nearest known name when one is close: a typo such as {@code limt=5} would otherwise be ignored without a word.
 */
final class KnownParams {
    static final List<String> SEARCH = List.of(
            "q",
            "limit",
            "offset",
            "from",
            "to",
            "source",
            "publication",
            "group",
            "mode",
            "sort",
            "facets",
            "syntax",
            "relatedOffset");
    static final List<String> SUGGEST = List.of("q", "limit");
    static final List<String> ANALYZE = List.of("text");
    static final List<String> REINDEX = List.of("force", "mode");
    static final List<String> NONE = List.of();

    /** Edits (insertions, deletions, substitutions, swaps) within which a known name is offered as the fix. */
    private static final int MAX_SUGGESTION_DISTANCE = 2;

    private KnownParams() {}

    /** {@code handler}, first refusing parameters not in {@code known}; {@code prefix} (if not null) is open-ended. */
    static Handler only(List<String> known, String prefix, Handler handler) {
        return ctx -> {
            Set<String> unknown = new TreeSet<>();
            for (String name : ctx.queryParamMap().keySet()) {
                if (!known.contains(name) && (prefix == null || !name.startsWith(prefix))) {
                    unknown.add(name);
                }
            }
            if (!unknown.isEmpty()) {
                throw new InvalidRequestException(message(unknown, known, prefix));
            }
            handler.handle(ctx);
        };
    }

    /** {@link #only(List, String, Handler)} without an open-ended prefix. */
    static Handler only(List<String> known, Handler handler) {
        return only(known, null, handler);
    }

    static String message(Set<String> unknown, List<String> known, String prefix) {
        List<String> parts = new ArrayList<>();
        for (String name : unknown) {
            String nearest = nearest(name, known);
            String shown = Params.abbreviate(name);
            parts.add(nearest == null ? shown : shown + "; did you mean " + nearest + "?");
        }
        String accepted = known.isEmpty()
                ? "this endpoint takes no query parameters"
                : "this endpoint takes " + String.join(", ", known)
                        + (prefix == null ? "" : " and " + prefix + "<name>");
        return (unknown.size() == 1 ? "unknown parameter " : "unknown parameters ")
                + String.join(", ", parts)
                + (parts.getLast().endsWith("?") ? " " : "; ")
                + accepted;
    }

    /** The known name closest to {@code name} (ignoring case), if within {@link #MAX_SUGGESTION_DISTANCE} edits. */
    static String nearest(String name, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance =
                    distance(name.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            // a one-letter name is only suggested for a case slip, else every short typo would "mean" q
            int allowed = Math.min(MAX_SUGGESTION_DISTANCE, candidate.length() - 1);
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Optimal string alignment distance: Levenshtein plus swaps of adjacent letters ({@code lmiit}). */
    private static int distance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
