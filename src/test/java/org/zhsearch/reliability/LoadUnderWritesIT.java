package org.zhsearch.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.TestCorpus;
import org.zhsearch.bench.LoadTest;

/**
 * The short version of the load run (README "Guarantees"): searches, PUT/DELETE and repeated reindexing at the same
 * time; zero 5xx, every acknowledged PUT found, every acknowledged DELETE gone. The long run is
 * {@code org.zhsearch.bench.LoadTest} (60 s).
 */
class LoadUnderWritesIT {
    @TempDir
    Path tmp;

    @Test
    void noErrorsAndNoLostWritesWhileReindexing() throws Exception {
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LoadTest.Report r = LoadTest.run(
                corpus,
                tmp.resolve("work"),
                Duration.ofSeconds(8),
                4,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(r.searches()).as(summary).isGreaterThan(100);
        assertThat(r.writes()).as(summary).isGreaterThan(10);
        assertThat(r.reindexes()).as(summary).isGreaterThan(1);
        assertThat(r.serverErrors()).as(summary).isZero();
        assertThat(r.otherErrors()).as(summary).isZero();
        assertThat(r.lostPuts()).as(summary).isZero();
        assertThat(r.resurrectedDeletes()).as(summary).isZero();
    }
}
