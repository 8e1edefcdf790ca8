package org.zhsearch.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of {@code zhsearch.jar}. The only place that calls {@link System#exit}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        if (verbose) {
            System.setProperty("zhsearch.log.level", "DEBUG");
        }
        Terminal.quietLibraryLogging(verbose);
        CommandLine cmd = commandLine(System.getenv());
        Charset console = consoleCharset();
        cmd.setOut(new PrintWriter(new OutputStreamWriter(System.out, console), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(System.err, console), true));
        System.exit(cmd.execute(args));
    }

    /** The terminal's charset if it can show Chinese, else UTF-8 (under LANG=C Java would print '?' for every 汉字). */
    static Charset consoleCharset() {
        try {
            Charset cs = Charset.forName(System.getProperty(
                    "stdout.encoding", Charset.defaultCharset().name()));
            return cs.newEncoder().canEncode("中文") ? cs : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /**
     * The configured command line: {@code env} supplies the {@code ZHSEARCH_*} overrides (tests pass their own map).
     * Exit codes: 0 ok, 1 runtime failure, 2 usage error.
     */
    public static CommandLine commandLine(Map<String, String> env) {
        CommandLine cmd = new CommandLine(new ZhsearchCommand(env));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setParameterExceptionHandler(new ErrorHandlers.UsageErrorHandler());
        cmd.setExecutionExceptionHandler(new ErrorHandlers.FailureHandler());
        // a query may start with '-' (an exclusion: zhsearch search '-高校 教育'); only search takes free text
        cmd.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
        return cmd;
    }
}
