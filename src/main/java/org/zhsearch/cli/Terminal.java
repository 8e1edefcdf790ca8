package org.zhsearch.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/** What the CLI knows about the terminal it runs in. */
final class Terminal {
    static final String BOLD = "\u001b[1m";
    static final String MATCH = "\u001b[1;31m";
    static final String DIM = "\u001b[2m";
    static final String RESET = "\u001b[0m";

    /** Kept strongly reachable: java.util.logging forgets the level of loggers that are garbage collected. */
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

    private static final Logger LUCENE_VECTORIZATION_LOG =
            Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    private Terminal() {}

    /**
     * True when a person is watching: {@link System#console()} is present and, on JDK 22+, {@code isTerminal()}
     * (from JDK 22 on a console object exists even when the output is redirected).
     */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Lucene reports its vectorisation choice through java.util.logging: at INFO, and at WARNING that the vector
     * incubator module is not readable. The launcher leaves that module out (it printed a JVM warning on every
     * command and measured no faster for zhsearch, which has no vector fields), so that warning is shown only with
     * {@code verbose}; keep the terminal for results.
     */
    static void quietLibraryLogging(boolean verbose) {
        LUCENE_LOG.setLevel(Level.WARNING);
        LUCENE_VECTORIZATION_LOG.setLevel(verbose ? Level.WARNING : Level.SEVERE);
    }
}
