package org.zhsearch.engine.opensearch;

/**
 * One deadline per engine operation and thread: requests sent inside {@link #open()} … {@code close()} share it,
 * requests outside get one each. Per instance, not static: each engine has its own timeout.
 */
final class Deadlines {
    private final long budgetMs;
    private final ThreadLocal<Deadline> operation = new ThreadLocal<>();

    Deadlines(long budgetMs) {
        this.budgetMs = budgetMs;
    }

    /** The running operation's deadline, or a fresh one for a lone request. */
    Deadline current() {
        Deadline d = operation.get();
        return d != null ? d : new Deadline(budgetMs);
    }

    /** Starts an operation on this thread; an operation already running keeps its (earlier) deadline. */
    Scope open() {
        if (operation.get() != null) {
            return () -> {};
        }
        operation.set(new Deadline(budgetMs));
        return operation::remove;
    }

    /** Starts an operation with a deadline of its own, whatever runs; the one it replaces resumes at close. */
    Scope openSeparate() {
        Deadline outer = operation.get();
        operation.set(new Deadline(budgetMs));
        return () -> {
            if (outer == null) {
                operation.remove();
            } else {
                operation.set(outer);
            }
        };
    }

    /** Ends the operation it opened. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
