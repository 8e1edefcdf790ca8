package org.zhsearch.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.corpus.IoErrors;

/**
 * The one-writer-per-home lock ({@code writer.lock}): an OS file lock held for as long as a process may write —
 * append to, cut or compact the journal, replay it into a generation, commit API writes. Every other process opens
 * the home read-only. The lock file names its holder (pid, command, since when) so a second writer's error can say
 * who to stop; the OS releases the lock when the holder dies, even by {@code kill -9}.
 *
 * <p>Within one JVM the lock is held by the first {@code LiveIndex} that writes; a second instance in the same JVM
 * is refused like a second process ({@link OverlappingFileLockException}).
 */
public final class WriterLock implements AutoCloseable {
    static final String FILE = "writer.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@code index_locked} naming the process that holds it. */
    static WriterLock acquire(IndexHome home) {
        return tryAcquire(home)
                .orElseThrow(() -> new ZhsearchException(
                        ErrorCode.INDEX_LOCKED,
                        (holderIsThisProcess(home)
                                        ? "another ZhSearch instance or a build in this process"
                                        : "another process")
                                + " is the writer of " + home.path() + " (" + holder(home)
                                + "); stop it, or send writes to it — only one process may write to an index home"));
    }

    /** Takes the lock if no other process (or instance in this JVM) holds it. */
    static Optional<WriterLock> tryAcquire(IndexHome home) {
        Path file = home.path().resolve(FILE);
        FileChannel ch = null;
        try {
            Files.createDirectories(home.path());
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException heldInThisJvm) {
                lock = null;
            }
            if (lock == null) {
                ch.close();
                return Optional.empty();
            }
            ch.truncate(0);
            ch.write(
                    ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", " + command() + ", since "
                                    + Instant.now() + "\n")
                            .getBytes(StandardCharsets.UTF_8)),
                    0);
            ch.force(false);
            return Optional.of(new WriterLock(ch, lock));
        } catch (IOException e) {
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // the failure below says what went wrong
                }
            }
            throw new ZhsearchException(
                    ErrorCode.INDEX_UNWRITABLE,
                    "cannot take the writer lock " + file + ": " + IoErrors.describe(e)
                            + " — check that the index directory is writable",
                    e);
        }
    }

    /** Who holds the lock, as its file says (the OS lock is the truth; the text is for people). */
    static String holder(IndexHome home) {
        try {
            String text = Files.readString(home.path().resolve(FILE), StandardCharsets.UTF_8)
                    .strip();
            return text.isEmpty() ? "holder unknown" : text;
        } catch (IOException e) {
            return "holder unknown";
        }
    }

    private static boolean holderIsThisProcess(IndexHome home) {
        return holder(home).startsWith("pid " + ProcessHandle.current().pid() + ",");
    }

    private static String command() {
        String cmd = ProcessHandle.current().info().commandLine().orElse("java");
        // the full class path is noise in an error message
        return cmd.length() > 200 ? cmd.substring(0, 100) + " … " + cmd.substring(cmd.length() - 80) : cmd;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
