package org.zhsearch.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.config.AccessKey;
import org.zhsearch.config.ConfigException;
import org.zhsearch.config.KeyScope;
import org.zhsearch.config.KeysFile;

/**
 * The keys this server accepts: {@code admin.token} (an admin key, fixed) plus the keys file, which is re-read when
 * its content changes — looked at no more than once a second, on the first request after that second. A file
 * that cannot be used (missing, unreadable, any bad line) keeps the keys loaded before, and the reason is logged
 * once per bad content. Only SHA-256 digests of the secrets are kept, and a secret is compared with every key's
 * digest without stopping at a match, so the time taken says nothing about which key, if any, matched.
 */
final class KeyRing {
    private static final Logger LOG = LoggerFactory.getLogger(KeyRing.class);
    static final long CHECK_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private record Entry(KeyScope scope, byte[] digest) {}

    /** The keys in force and the file content they came from (to notice a change). */
    private record Snapshot(List<Entry> entries, byte[] fileContent) {}

    private final Entry adminToken;
    private final Path file;
    private final LongSupplier nanoClock;
    private final AtomicReference<Snapshot> current;
    private final AtomicLong nextCheck;
    /** The content or error last reported as unusable, so a bad file is logged once, not every second. */
    private final AtomicReference<String> lastProblem = new AtomicReference<>();

    /** Loads {@code keysFile} (if not {@code null}) now; a bad file at start-up is a {@link ConfigException}. */
    KeyRing(String adminToken, Path keysFile) {
        this(adminToken, keysFile, System::nanoTime);
    }

    KeyRing(String adminToken, Path keysFile, LongSupplier nanoClock) {
        this.adminToken = adminToken == null ? null : new Entry(KeyScope.ADMIN, sha256(adminToken));
        this.file = keysFile;
        this.nanoClock = nanoClock;
        byte[] content = keysFile == null ? new byte[0] : KeysFile.bytes(keysFile);
        List<AccessKey> keys = keysFile == null ? List.of() : KeysFile.parse(content, keysFile.toString());
        this.current = new AtomicReference<>(snapshot(keys, content));
        this.nextCheck = new AtomicLong(nanoClock.getAsLong() + CHECK_INTERVAL_NANOS);
        if (keysFile != null) {
            LOG.info("keys file {}: {}", keysFile, census(keys));
        }
    }

    /** The widest scope among the keys whose secret is {@code secret}, or empty when none is. */
    Optional<KeyScope> scopeOf(String secret) {
        byte[] given = sha256(secret);
        int widest = -1;
        for (Entry e : current().entries()) {
            // no early exit and no branch on the secret: every digest is compared
            boolean same = MessageDigest.isEqual(given, e.digest());
            widest = Math.max(widest, same ? e.scope().ordinal() : -1);
        }
        return widest < 0 ? Optional.empty() : Optional.of(KeyScope.values()[widest]);
    }

    /** True when some key allows {@code needed}: without one, the routes that need it are disabled (403). */
    boolean anyKeyAllows(KeyScope needed) {
        return current().entries().stream().anyMatch(e -> e.scope().includes(needed));
    }

    private Snapshot current() {
        if (file != null) {
            long now = nanoClock.getAsLong();
            long due = nextCheck.get();
            // one request per interval looks at the file; the others go on with the keys in force
            if (now - due >= 0 && nextCheck.compareAndSet(due, now + CHECK_INTERVAL_NANOS)) {
                reload();
            }
        }
        return current.get();
    }

    private void reload() {
        Snapshot before = current.get();
        byte[] content;
        try {
            content = KeysFile.bytes(file);
            if (Arrays.equals(content, before.fileContent())) {
                lastProblem.set(null);
                return;
            }
            List<AccessKey> keys = KeysFile.parse(content, file.toString());
            current.set(snapshot(keys, content));
            lastProblem.set(null);
            LOG.info("keys file {} changed: now {}", file, census(keys));
        } catch (ConfigException e) {
            if (!e.getMessage().equals(lastProblem.getAndSet(e.getMessage()))) {
                LOG.warn(
                        "{} — keeping the {} keys loaded before",
                        e.getMessage(),
                        before.entries().size());
            }
        }
    }

    private Snapshot snapshot(List<AccessKey> keys, byte[] content) {
        List<Entry> entries = new ArrayList<>();
        if (adminToken != null) {
            entries.add(adminToken);
        }
        keys.forEach(k -> entries.add(new Entry(k.scope(), sha256(k.secret()))));
        return new Snapshot(List.copyOf(entries), content);
    }

    /** "2 read, 1 write, 0 admin keys" — counts only, never names' secrets. */
    private String census(List<AccessKey> keys) {
        Map<KeyScope, Integer> counts = new EnumMap<>(KeyScope.class);
        for (KeyScope scope : KeyScope.values()) {
            counts.put(scope, 0);
        }
        keys.forEach(k -> counts.merge(k.scope(), 1, Integer::sum));
        StringBuilder b = new StringBuilder();
        counts.forEach((scope, n) ->
                b.append(b.isEmpty() ? "" : ", ").append(n).append(' ').append(scope.label()));
        b.append(" keys");
        if (adminToken != null) {
            b.append(" (and admin.token)");
        } else if (keys.isEmpty()) {
            b.append(" and no admin.token: every route that needs a key refuses every request");
        }
        return b.toString();
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
