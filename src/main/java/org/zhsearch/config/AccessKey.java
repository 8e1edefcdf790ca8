package org.zhsearch.config;

/**
 * One named key: its holder's name (for logs and error messages), its scope and its secret.
 * {@link #toString()} masks the secret so a key can never be logged by accident.
 */
public record AccessKey(String name, KeyScope scope, String secret) {
    /** Fewest characters of a secret in the keys file (the older {@code admin.token} keeps its 8). */
    public static final int MIN_SECRET_CHARS = 16;

    @Override
    public String toString() {
        return "AccessKey[name=" + name + ", scope=" + scope.label() + ", secret=******]";
    }
}
