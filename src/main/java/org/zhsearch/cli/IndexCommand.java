package org.zhsearch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhsearch.config.ZhsearchConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code zhsearch index}: (re)builds the index from a corpus and switches to it atomically. */
@Command(
        name = "index",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Build the index from a corpus folder (.txt, .md, .html, .jsonl; UTF-8, GB18030 or Big5).",
            "The new index is written next to the live one and switched to atomically when complete: "
                    + "a crash, kill -9 or Ctrl-C mid-way leaves the previous index live, and a running "
                    + "'zhsearch serve' picks the new one up within a second.",
            "Progress goes to stderr (a bar on a terminal, a line every 2 s otherwise), the summary to stdout."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failed, or files were skipped and --strict was given", "2:usage error"},
        footer = {
            "",
            "Examples:",
            "  zhsearch index --corpus ~/rmrb            # rebuild index-data/index",
            "  zhsearch index --corpus ~/rmrb --strict   # exit 1 if a file was skipped",
            "  zhsearch index --corpus ~/rmrb --update   # read only what changed since the last build",
            "  zhsearch index --corpus /data/news --index /srv/zhsearch/index --threads 4"
        })
final class IndexCommand implements Callable<Integer> {
    @ParentCommand
    ZhsearchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            description = "corpus folder (default: corpus.dir from the configuration, else the bundled sample)")
    Path corpus;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "indexing threads (default: index.threads, else one per CPU core)")
    Integer threads;

    @Option(names = "--strict", description = "exit with code 1 if any file was skipped")
    boolean strict;

    @Option(
            names = "--force",
            description = "switch to the new index even when it has no articles or far fewer "
                    + "than the live one (index.minLivePercent)")
    boolean force;

    @Option(
            names = "--update",
            description = "update the live index in place from the corpus instead of rebuilding it: read only the"
                    + " files added or changed since the last build or update (size, time, then content hash),"
                    + " delete the articles of removed files; a full rebuild when the index has no corpus manifest")
    boolean update;

    @Option(
            names = "--follow-external-links",
            description = "also index files that symbolic links in the corpus "
                    + "point to outside it (skipped and listed by default)")
    boolean followExternalLinks;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        if (corpus != null && !Files.isDirectory(corpus)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "corpus folder " + corpus
                            + " does not exist or is not a directory; pass the folder that holds your articles");
        }
        Map<String, String> flags = new HashMap<>();
        flags.put(ZhsearchConfig.CORPUS_DIR, corpus == null ? null : corpus.toString());
        flags.put(ZhsearchConfig.INDEX_THREADS, threads == null ? null : threads.toString());
        // not announced: index reports its corpus and index itself; ports and tokens are no concern of it
        ZhsearchConfig config = common.load(parent.env(), flags, false);
        Path source = config.corpusOrSample();
        Indexing.Outcome outcome = Indexing.build(
                config,
                source,
                config.indexOptions(force)
                        .withFollowExternalLinks(followExternalLinks)
                        .withUpdate(update),
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
        int skipped = Indexing.skippedCount(outcome.report());
        if (strict && skipped > 0) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "error: %s skipped and --strict given; the new index is live "
                                    + "without them. Fix or remove the files listed above and run again.%n",
                            Units.count(skipped, "file", "files"));
            return ErrorHandlers.FAILURE;
        }
        return 0;
    }
}
