package org.zhsearch;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.PrintWriter;
import java.util.List;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The tests that only mean something without root (file permissions are not enforced for root, so they skip
 * themselves there). CI runs as root and calls this as an unprivileged user; it fails unless every one of them ran
 * — none skipped — and passed.
 * <pre>runuser -u someone -- java -cp TEST_CLASSPATH org.zhsearch.NonRootTests</pre>
 */
public final class NonRootTests {
    static final List<String> METHODS = List.of(
            "org.zhsearch.corpus.CorpusReaderTest#unreadableDirectoryIsReported",
            "org.zhsearch.corpus.CorpusReaderTest#unreadableFileIsSkippedWithPermissionDenied");

    private NonRootTests() {}

    public static void main(String[] args) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(METHODS.stream().map(m -> selectMethod(m)).toList())
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        summary.printTo(new PrintWriter(System.out));
        summary.printFailuresTo(new PrintWriter(System.out), 20);
        boolean allRan = summary.getTestsSucceededCount() == METHODS.size()
                && summary.getTestsSkippedCount() == 0
                && summary.getTestsAbortedCount() == 0;
        System.out.println(
                allRan
                        ? "non-root tests: all " + METHODS.size() + " ran and passed"
                        : "non-root tests: FAILED (all must run unskipped and pass)");
        System.exit(allRan ? 0 : 1);
    }
}
