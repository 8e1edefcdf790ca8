package org.zhsearch.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.IndexStats;
import org.zhsearch.config.ZhsearchConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code zhsearch stats}: what the live index holds. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Show the live index: articles, paragraphs, size on disk and when it was built.",
        footer = {"", "Examples:", "  zhsearch stats", "  zhsearch stats --index /srv/zhsearch/index --json"})
final class StatsCommand implements Callable<Integer> {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);

    @ParentCommand
    ZhsearchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print the statistics as JSON (same as the HTTP API)")
    boolean json;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        ZhsearchConfig config = common.load(parent.env(), Map.of(), false);
        IndexStats stats;
        try (ZhSearch zh = Indexes.openExisting(config)) {
            stats = zh.stats();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("articles", stats.articles());
            m.put("paragraphs", stats.paragraphs());
            m.put("sizeBytes", stats.sizeBytes());
            m.put("builtAt", stats.builtAt() == null ? null : stats.builtAt().toString());
            out.println(Json.write(m));
        } else {
            out.printf("index       %s%n", Indexing.describe(config));
            out.printf("articles    %,d%n", stats.articles());
            out.printf("paragraphs  %,d%n", stats.paragraphs());
            out.printf("size        %s%n", Units.bytes(stats.sizeBytes()));
            out.printf(
                    "built       %s%n",
                    stats.builtAt() == null
                            ? "unknown"
                            : LOCAL.format(stats.builtAt().atZone(ZoneId.systemDefault())));
        }
        out.flush();
        return 0;
    }
}
