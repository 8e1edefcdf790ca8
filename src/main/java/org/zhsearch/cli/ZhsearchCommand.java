package org.zhsearch.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code zhsearch}: the top-level command; see the subcommands. */
@Command(
        name = "zhsearch",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Chinese full-text paragraph search: build an index of a corpus, serve it over HTTP, "
                + "search it from the shell.",
        subcommands = {
            IndexCommand.class,
            ServeCommand.class,
            SearchCommand.class,
            AnalyzeCommand.class,
            StatsCommand.class,
            ReloadDictionariesCommand.class,
            ImportCommand.class
        },
        footer = {
            "",
            "Examples:",
            "  zhsearch serve                      # serve on http://127.0.0.1:7070",
            "  zhsearch index --corpus ~/news      # (re)build the index from a folder",
            "  zhsearch search 主题教育 --limit 5  # search from the shell",
            "",
            "Run 'zhsearch <command> --help' for a command's options."
        })
public final class ZhsearchCommand implements Callable<Integer> {
    private final Map<String, String> env;

    @Spec
    CommandSpec spec;

    public ZhsearchCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The environment the {@code ZHSEARCH_*} overrides are read from. */
    Map<String, String> env() {
        return env;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
