package org.zhsearch.server;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the corpus folder ({@code corpus.watch}) and asks for an update once changes have stopped for
 * {@value #QUIET_MS} ms: a copy of many files is one update, not one per file. A {@link WatchService} registered on
 * every directory (inotify on Linux: an event arrives within milliseconds, where polling a large tree would cost a
 * walk each period); directories created later are registered when they appear. Changes of hidden files (an
 * editor's swap file) are ignored, as the corpus ignores them. When an update cannot start (one runs), the changes
 * stay pending and the next try comes {@value #TICK_MS} ms later.
 */
final class CorpusWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);
    static final long QUIET_MS = 500;
    private static final long TICK_MS = 100;

    private final Path root;
    private final WatchService watch;
    private final BooleanSupplier startUpdate;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    private final Thread thread;
    private boolean pending;
    private long lastChange;

    private CorpusWatcher(Path root, WatchService watch, BooleanSupplier startUpdate) {
        this.root = root;
        this.watch = watch;
        this.startUpdate = startUpdate;
        this.thread = new Thread(this::loop, "zhsearch-corpus-watch");
        thread.setDaemon(true);
    }

    /** Starts watching {@code root}; {@code startUpdate} starts an update and says whether it could. */
    static CorpusWatcher start(Path root, BooleanSupplier startUpdate) throws IOException {
        CorpusWatcher w = new CorpusWatcher(root, FileSystems.getDefault().newWatchService(), startUpdate);
        w.registerTree(root);
        w.thread.start();
        LOG.info(
                "watching {} for changes ({} directories): the index is updated when files change",
                root,
                w.dirs.size());
        return w;
    }

    private void registerTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                if (!d.equals(root) && d.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                WatchKey key = d.register(
                        watch,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                dirs.put(key, d);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // unreadable: the update reports it as skipped
            }
        });
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watch.poll(TICK_MS, TimeUnit.MILLISECONDS);
                if (key != null) {
                    take(key);
                }
                if (pending && System.nanoTime() - lastChange >= TimeUnit.MILLISECONDS.toNanos(QUIET_MS)) {
                    pending = !startUpdate.getAsBoolean();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed with the server
        } catch (RuntimeException e) {
            LOG.warn(
                    "watching {} stopped: {} — updates now need POST /api/admin/reindex?mode=update",
                    root,
                    e.toString());
        }
    }

    private void take(WatchKey key) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed(); // events were lost: the update compares everything anyway
                continue;
            }
            Path name = (Path) event.context();
            if (dir == null || name.toString().startsWith(".")) {
                continue;
            }
            Path path = dir.resolve(name);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path); // files copied in with it are found by the update's walk
                } catch (IOException e) {
                    LOG.warn("cannot watch new directory {}: {}", path, e.toString());
                }
            }
            changed();
        }
        if (!key.reset()) {
            dirs.remove(key); // the directory is gone
        }
    }

    private void changed() {
        pending = true;
        lastChange = System.nanoTime();
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watch.close();
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (IOException e) {
            LOG.debug("closing the corpus watch: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
