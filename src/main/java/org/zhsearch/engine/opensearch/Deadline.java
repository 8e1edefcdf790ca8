package org.zhsearch.engine.opensearch;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opensearch.client.opensearch.generic.Response;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;

/** The moment by which an operation on the cluster must have answered, across all its requests and their tries. */
final class Deadline {
    private final long budgetMs;
    private final long endNanos;

    Deadline(long budgetMs) {
        this.budgetMs = budgetMs;
        this.endNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMs);
    }

    long budgetMs() {
        return budgetMs;
    }

    long remainingMs() {
        return TimeUnit.NANOSECONDS.toMillis(endNanos - System.nanoTime());
    }

    /** The answer, if it comes before the deadline; a transport failure as the {@link IOException} it is. */
    Response await(CompletableFuture<Response> answer) throws IOException, Passed {
        long remaining = remainingMs();
        try {
            if (remaining <= 0) {
                throw new TimeoutException();
            }
            return answer.get(remaining, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.thenAccept(Deadline::closeQuietly); // a late answer still holds a connection
            throw new Passed();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZhsearchException(ErrorCode.INTERRUPTED, "interrupted while waiting for the cluster", e);
        }
    }

    /**
     * Waits before try {@code attempt + 1} (a growing pause, 250 ms more each time); false, without waiting, when
     * the pause would end past the deadline.
     */
    boolean pause(int attempt) {
        long pause = 250L * attempt;
        if (remainingMs() <= pause) {
            return false;
        }
        try {
            Thread.sleep(pause);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZhsearchException(ErrorCode.INTERRUPTED, "interrupted while waiting for the cluster", e);
        }
    }

    private static void closeQuietly(Response r) {
        try {
            r.close();
        } catch (IOException e) {
            // the answer came too late to matter
        }
    }

    /** The deadline passed before the answer came. */
    static final class Passed extends Exception {
        Passed() {
            super(null, null, false, false);
        }
    }
}
