package org.zhsearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Show the words (SmartChinese segmentation) that the ranking field indexes for a text,"
                    + " with their positions and character offsets.",
            "Substring matching does not depend on this segmentation; it explains ranking."
        },
        footer = {"", "Examples:", "  zhsearch analyze 推动主题教育走深走实", "  zhsearch analyze 'iPhone15 和 COVID-19' --json"})
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
    public Integer call() {
        ZhsearchConfig config = common.load(parent.env(), Map.of(), false);
        List<Token> tokens = ZhSearch.analyze(text, config.analysis());
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
}
