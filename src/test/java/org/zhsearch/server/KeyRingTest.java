package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.config.ConfigException;
import org.zhsearch.config.KeyScope;

/** The keys in force: admin.token, the keys file, and how a change of that file is taken up. */
class KeyRingTest {
    static final String OLD = "old-reader-key-0123456789";
    static final String NEW = "new-reader-key-0123456789";
    static final long SECOND = KeyRing.CHECK_INTERVAL_NANOS;

    @TempDir
    Path dir;

    final AtomicLong clock = new AtomicLong(1_000_000_000L);

    @Test
    void theAdminTokenIsAnAdminKeyAndAnythingElseIsNoKey() {
        KeyRing ring = new KeyRing("s3cret-admin-token", null);
        assertThat(ring.scopeOf("s3cret-admin-token")).contains(KeyScope.ADMIN);
        assertThat(ring.scopeOf("s3cret-admin-toke")).isEmpty();
        assertThat(ring.scopeOf("")).isEmpty();
        assertThat(ring.anyKeyAllows(KeyScope.ADMIN)).isTrue();
        KeyRing none = new KeyRing(null, null);
        assertThat(none.anyKeyAllows(KeyScope.READ)).isFalse();
        assertThat(none.scopeOf("s3cret-admin-token")).isEmpty();
    }

    @Test
    void eachKeyOfTheFileHasItsScopeBesideTheAdminToken() throws Exception {
        Path file = Files.writeString(dir.resolve("keys.txt"), "reader read " + OLD + "\nwriter write " + NEW + "\n");
        KeyRing ring = new KeyRing("s3cret-admin-token", file);
        assertThat(ring.scopeOf(OLD)).contains(KeyScope.READ);
        assertThat(ring.scopeOf(NEW)).contains(KeyScope.WRITE);
        assertThat(ring.scopeOf("s3cret-admin-token")).contains(KeyScope.ADMIN);
        KeyRing readOnly = new KeyRing(null, Files.writeString(dir.resolve("read.txt"), "reader read " + OLD));
        assertThat(readOnly.anyKeyAllows(KeyScope.READ)).isTrue();
        assertThat(readOnly.anyKeyAllows(KeyScope.WRITE)).isFalse();
    }

    @Test
    void aChangedFileIsTakenUpAtMostOnceASecond() throws Exception {
        Path file = Files.writeString(dir.resolve("keys.txt"), "reader read " + OLD + "\n");
        KeyRing ring = new KeyRing(null, file, clock::get);
        Files.writeString(file, "reader read " + NEW + "\n");

        clock.addAndGet(SECOND - 1); // not yet a second since the file was read
        assertThat(ring.scopeOf(NEW)).isEmpty();
        assertThat(ring.scopeOf(OLD)).contains(KeyScope.READ);

        clock.addAndGet(1);
        assertThat(ring.scopeOf(NEW)).contains(KeyScope.READ);
        assertThat(ring.scopeOf(OLD)).isEmpty();

        Files.writeString(file, "reader read " + OLD + "\n"); // looked at again only a second after the last look
        clock.addAndGet(SECOND / 2);
        assertThat(ring.scopeOf(NEW)).contains(KeyScope.READ);
        clock.addAndGet(SECOND / 2);
        assertThat(ring.scopeOf(OLD)).contains(KeyScope.READ);
    }

    @Test
    void aBadOrMissingFileKeepsTheKeysLoadedBefore() throws Exception {
        Path file = Files.writeString(dir.resolve("keys.txt"), "reader read " + OLD + "\n");
        KeyRing ring = new KeyRing(null, file, clock::get);

        Files.writeString(file, "reader read " + NEW + "\nwriter writer writer-key-0123456789\n"); // bad scope
        clock.addAndGet(SECOND);
        assertThat(ring.scopeOf(OLD)).contains(KeyScope.READ);
        assertThat(ring.scopeOf(NEW)).isEmpty();

        Files.delete(file);
        clock.addAndGet(SECOND);
        assertThat(ring.scopeOf(OLD)).contains(KeyScope.READ);

        Files.writeString(file, "reader read " + NEW + "\n"); // a good file again is taken up
        clock.addAndGet(SECOND);
        assertThat(ring.scopeOf(NEW)).contains(KeyScope.READ);
        assertThat(ring.scopeOf(OLD)).isEmpty();
    }

    @Test
    void anEmptyFileRevokesEveryKeyOfTheFileButNotTheAdminToken() throws Exception {
        Path file = Files.writeString(dir.resolve("keys.txt"), "reader read " + OLD + "\n");
        KeyRing ring = new KeyRing("s3cret-admin-token", file, clock::get);
        Files.writeString(file, "# all revoked\n");
        clock.addAndGet(SECOND);
        assertThat(ring.scopeOf(OLD)).isEmpty();
        assertThat(ring.scopeOf("s3cret-admin-token")).isEqualTo(Optional.of(KeyScope.ADMIN));
    }

    @Test
    void aBadFileAtStartUpStopsTheServerFromStarting() throws Exception {
        Path file = Files.writeString(dir.resolve("keys.txt"), "reader reed " + OLD + "\n");
        assertThatThrownBy(() -> new KeyRing(null, file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 1")
                .hasMessageNotContaining(OLD);
        assertThatThrownBy(() -> new KeyRing(null, dir.resolve("absent.txt")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("does not exist");
    }
}
