package org.zhsearch.config;

import java.nio.file.Path;

/**
 * Who may call what.
 *
 * @param readsNeedKey {@code auth.reads = key}: every read route (all but {@code /health}) needs a key of scope
 *                     read or wider; {@code false} ({@code open}, the default): reads are open as they always were
 * @param keysFile     {@code auth.keysFile}: the named keys ({@link KeysFile}), re-read when it changes, or
 *                     {@code null}: only {@code admin.token}
 */
public record AuthSettings(boolean readsNeedKey, Path keysFile) {
    /** {@code auth.reads} value: reads are open to everyone (the default). */
    public static final String OPEN = "open";
    /** {@code auth.reads} value: reads need a key. */
    public static final String KEY = "key";

    /** Open reads, no keys file: the behaviour of a server configured before keys existed. */
    public static AuthSettings open() {
        return new AuthSettings(false, null);
    }
}
