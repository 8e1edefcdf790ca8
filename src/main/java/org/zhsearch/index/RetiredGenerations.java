package org.zhsearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generations a {@link LiveIndex} switched away from: searches still holding their searchers finish normally, and
 * each closes a few seconds after the switch, or when the index closes.
 */
final class RetiredGenerations {
    private static final Logger LOG = LoggerFactory.getLogger(RetiredGenerations.class);
    private static final long CLOSE_AFTER_SECONDS = 5;

    private final Set<Generation> retiring = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler;
    private final Path home;

    RetiredGenerations(ScheduledExecutorService scheduler, Path home) {
        this.scheduler = scheduler;
        this.home = home;
    }

    /** Closes {@code old}'s writer now (every write was committed) and its searchers shortly. */
    void retire(Generation old) {
        if (old.writer() != null) {
            try {
                old.writer().rollback(); // in-flight searches keep their readers
            } catch (IOException | RuntimeException e) {
                // a build deletes an empty generation (no fallback): then nothing was left to close
                if (Files.isDirectory(home.resolve(old.name()))) {
                    LOG.warn("closing the writer of generation {}: {}", old.name(), e.toString());
                }
            }
        }
        Generation retired = new Generation(old.name(), old.dir(), old.manager(), null);
        retiring.add(retired);
        scheduler.schedule(
                () -> {
                    if (retiring.remove(retired)) {
                        retired.closeQuietly();
                    }
                },
                CLOSE_AFTER_SECONDS,
                TimeUnit.SECONDS);
    }

    /** Closes every retired generation now (the index closes). */
    void closeAll() {
        retiring.forEach(Generation::closeQuietly);
        retiring.clear();
    }
}
