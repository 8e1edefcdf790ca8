package org.zhsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;

/**
 * The index home directory and its swap protocol.
 *
 * <p>A home holds complete Lucene indexes in generation directories {@code gen-000001}, {@code gen-000002}, … and
 * a file {@code CURRENT} naming the live one. A rebuild writes a new generation, commits it, and only then
 * replaces {@code CURRENT} by an atomic rename (after fsync). A crash, {@code kill -9} or Ctrl-C before that
 * leaves {@code CURRENT} naming the previous complete generation; the half-built directory is removed by the
 * next build. Processes that have the index open poll {@code CURRENT} and switch within a second. After a switch
 * the previous generation is kept (a process may still be switching away from it); older ones are deleted.
 */
public final class IndexHome {
    static final String CURRENT = "CURRENT";
    static final String GEN_PREFIX = "gen-";
    private static final String BUILD_LOCK = "build.lock";

    private final Path home;

    public IndexHome(Path home) {
        this.home = home.toAbsolutePath().normalize();
    }

    public Path path() {
        return home;
    }

    /** Name of the live generation, if there is one. */
    public Optional<String> liveName() {
        Path current = home.resolve(CURRENT);
        try {
            if (!Files.isRegularFile(current)) {
                return Optional.empty();
            }
            String name = Files.readString(current, StandardCharsets.UTF_8).trim();
            if (!name.startsWith(GEN_PREFIX) || name.contains("/") || !hasCommit(home.resolve(name))) {
                return Optional.empty();
            }
            return Optional.of(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + current, e);
        }
    }

    /** Directory of the live generation, if there is one. */
    public Optional<Path> live() {
        return liveName().map(home::resolve);
    }

    /** Creates an empty directory for a new generation, numbered after every existing one. */
    public Path newGeneration() {
        try {
            Files.createDirectories(home);
            int next = generations().stream().mapToInt(IndexHome::number).max().orElse(0) + 1;
            Path gen = home.resolve(String.format("%s%06d", GEN_PREFIX, next));
            Files.createDirectory(gen);
            return gen;
        } catch (IOException e) {
            throw new ZhsearchException(
                    ErrorCode.INDEX_UNWRITABLE,
                    "cannot create a new index generation in " + home + ": " + e.getMessage()
                            + " — check that the directory exists, is writable and the disk has space",
                    e);
        }
    }

    /** Makes {@code generation} live: fsync'd temp file, then an atomic rename over {@code CURRENT}. */
    public void publish(Path generation) {
        Path tmp = home.resolve(CURRENT + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(
                    tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.wrap((generation.getFileName() + "\n").getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            try {
                Files.move(tmp, home.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, home.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
            }
            fsyncDirectory(home);
        } catch (IOException e) {
            throw new ZhsearchException(
                    ErrorCode.INDEX_UNWRITABLE,
                    "cannot switch " + home + " to " + generation.getFileName() + ": " + e.getMessage()
                            + " — the previous index stays live",
                    e);
        }
    }

    /**
     * The newest generation directory holding a Lucene commit, whatever {@code CURRENT} says: what a damaged
     * {@code CURRENT} falls back to, and what a build must not shrink or delete.
     */
    public Optional<Path> newestCommitted() {
        List<Path> gens = generations();
        for (int i = gens.size() - 1; i >= 0; i--) {
            if (hasCommit(gens.get(i))) {
                return Optional.of(gens.get(i));
            }
        }
        return Optional.empty();
    }

    /** True when the live generation, or failing a readable {@code CURRENT} some committed one, exists. */
    public boolean hasIndex() {
        return live().isPresent() || newestCommitted().isPresent();
    }

    static boolean hasCommit(Path generation) {
        try (Stream<Path> s = Files.list(generation)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes generation directories other than the given ones (half-built or superseded). */
    public void deleteGenerationsExcept(List<String> keep) {
        for (Path gen : generations()) {
            if (!keep.contains(gen.getFileName().toString())) {
                deleteRecursively(gen);
            }
        }
    }

    /**
     * True while some process holds the build lock: asks for a shared lock, which an exclusive holder refuses, and
     * lets it go at once.
     */
    public boolean buildRunning() {
        Path file = home.resolve(BUILD_LOCK);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            FileLock shared = ch.tryLock(0, Long.MAX_VALUE, true);
            if (shared == null) {
                return true;
            }
            shared.release();
            return false;
        } catch (OverlappingFileLockException heldInThisJvm) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Takes the home's build lock, so two rebuilds of one home cannot interleave. */
    public BuildLock lockForBuild() {
        try {
            Files.createDirectories(home);
            FileChannel ch =
                    FileChannel.open(home.resolve(BUILD_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                ch.close();
                throw new ZhsearchException(
                        ErrorCode.BUILD_IN_PROGRESS,
                        "another rebuild of " + home + " is running; wait for it to finish");
            }
            return new BuildLock(ch, lock);
        } catch (IOException e) {
            throw new ZhsearchException(
                    ErrorCode.INDEX_UNWRITABLE,
                    "cannot take the build lock "
                            + home.resolve(BUILD_LOCK) + ": " + org.zhsearch.corpus.IoErrors.describe(e)
                            + " — check that the index directory exists and is writable",
                    e);
        }
    }

    /** The held build lock; close to release. */
    public record BuildLock(FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    List<Path> generations() {
        if (!Files.isDirectory(home)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(home)) {
            List<Path> gens = new ArrayList<>(s.filter(p ->
                            p.getFileName().toString().startsWith(GEN_PREFIX) && Files.isDirectory(p) && number(p) >= 0)
                    .toList());
            gens.sort(Comparator.comparingInt(IndexHome::number));
            return gens;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + home, e);
        }
    }

    private static int number(Path gen) {
        try {
            return Integer.parseInt(gen.getFileName().toString().substring(GEN_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a leftover generation is removed by the next build
        }
    }

    static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some file systems cannot fsync a directory; the rename itself is still atomic
        }
    }
}
