package org.zhsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Token;
import org.zhsearch.config.ZhsearchConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code zhsearch analyze}: shows how the word analyzer segments a text. */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show the words (SmartChinese segmentation) that the ranking field indexes for a text,"
                + " with their positions and character offsets.",
                "Substring matching does not depend on this segmentation; it explains ranking."},
        footer = {"", "Examples:",
                "  zhsearch analyze 推动主题教育走深走实",
                "  zhsearch analyze 'iPhone15 和 COVID-19' --json"})
final class AnalyzeCommand implements Callable<Integer> {
    @ParentCommand
    ZhsearchCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEXT", description = "the text to analyse")
    String text;

    @Option(names = "--json", description = "print the tokens as JSON (same as the HTTP API)")
    boolean json;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        ZhsearchConfig config = common.load(parent.env(), Map.of(), false);
        List<Token> tokens = analyze(config.indexDir());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(Map.of("tokens", tokens)));
        } else {
            out.printf("%s → %s%n", text, Units.count(tokens.size(), "token", "tokens"));
            out.printf("%4s  %-6s  %s%n", "pos", "start", "term");
            for (Token t : tokens) {
                out.printf("%4d  %-6s  %s%n", t.position(), t.start() + "–" + t.end(), t.term());
            }
        }
        out.flush();
        return 0;
    }

    /** Analyses with the live index if there is one, else with a throw-away empty index (nothing is left behind). */
    private List<Token> analyze(Path indexDir) throws IOException {
        if (ZhSearch.exists(indexDir)) {
            try (ZhSearch zh = ZhSearch.open(indexDir)) {
                return zh.analyze(text);
            }
        }
        Path scratch = Files.createTempDirectory("zhsearch-analyze");
        try (ZhSearch zh = ZhSearch.open(scratch)) {
            return zh.analyze(text);
        } finally {
            deleteRecursively(scratch);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the scratch directory " + dir, e);
        }
    }
}
