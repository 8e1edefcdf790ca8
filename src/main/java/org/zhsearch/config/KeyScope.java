package org.zhsearch.config;

import java.util.Locale;

/**
 * What a key may do. Scopes nest: {@link #ADMIN} includes {@link #WRITE}, which includes {@link #READ}, so one
 * key of a wider scope serves every narrower route too.
 */
public enum KeyScope {
    /** Search, suggest, analyze, read articles, stats, metrics, the page and {@code /openapi.json}. */
    READ,
    /** Also {@code PUT} and {@code DELETE /api/articles/{id}}. */
    WRITE,
    /** Also reindex and reload the dictionaries. */
    ADMIN;

    /** The name in the keys file and in metric labels: {@code read}, {@code write}, {@code admin}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when a key of this scope may call a route that needs {@code needed}. */
    public boolean includes(KeyScope needed) {
        return ordinal() >= needed.ordinal();
    }

    /** The scope named {@code label} exactly ({@code read}, {@code write}, {@code admin}), or {@code null}. */
    static KeyScope ofLabel(String label) {
        for (KeyScope scope : values()) {
            if (scope.label().equals(label)) {
                return scope;
            }
        }
        return null;
    }
}
