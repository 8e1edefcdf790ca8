package org.zhsearch.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.config.AccessKey;
import org.zhsearch.config.KeyScope;
import org.zhsearch.config.KeysFile;
import org.zhsearch.config.ZhsearchConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code zhsearch import FILE.jsonl}: adds or replaces the articles of a JSON-lines file, in batches. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Add or replace the articles of a JSON-lines file (one JSON article per line, each with its \"id\"),"
                    + " in batches: with --url through a running server's POST /api/articles/_bulk, else straight"
                    + " into the local index (which no server may be writing meanwhile).",
            "Each batch is durable and searchable once written; a bad line is listed with its number and the"
                    + " others are imported. Progress goes to stderr, the summary to stdout."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every line imported", "1:a line failed, or the import stopped", "2:usage error"},
        footer = {
            "",
            "Examples:",
            "  zhsearch import articles.jsonl                      # into index-data/index",
            "  ZHSEARCH_ADMIN_TOKEN=… zhsearch import articles.jsonl --url http://127.0.0.1:7070",
            "  zhsearch import articles.jsonl --url http://search:7070 --token \"$WRITE_KEY\" --batch 500"
        })
final class ImportCommand implements Callable<Integer> {
    /** Errors listed one by one in the summary; the rest are counted. */
    static final int ERRORS_LISTED = 100;

    @ParentCommand
    ZhsearchCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .jsonl file ('-' for stdin)")
    Path file;

    @Option(names = "--url", paramLabel = "URL", description = "a running server to send the articles to")
    String url;

    @Option(
            names = "--token",
            paramLabel = "KEY",
            description = "a write or admin key for --url (default: admin.token / ZHSEARCH_ADMIN_TOKEN, else the"
                    + " first write or admin key of auth.keysFile)")
    String token;

    @Option(names = "--batch", paramLabel = "N", description = "lines per batch (default: 1000)")
    int batch = 1000;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        boolean stdin = file.toString().equals("-");
        if (!stdin && !Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "no file " + file + "; pass a .jsonl file");
        }
        if (batch < 1 || batch > org.zhsearch.api.Limits.BULK_ARTICLES) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--batch must be between 1 and " + org.zhsearch.api.Limits.BULK_ARTICLES + ", got " + batch);
        }
        ZhsearchConfig config = common.load(parent.env(), Map.of(), false);
        long size = stdin ? -1 : Files.size(file);
        PrintWriter err = spec.commandLine().getErr();
        if (url != null) {
            return run(new ImportTarget.Remote(url.replaceAll("/+$", ""), key(config)), size, err);
        }
        try (ZhSearch zh = ZhSearch.open(config)) {
            return run(new ImportTarget.Local(zh), size, err);
        }
    }

    private int run(ImportTarget target, long size, PrintWriter err) throws Exception {
        long start = System.nanoTime();
        long[] counts = new long[3]; // created, replaced, errors
        List<ImportTarget.Result> errors = new ArrayList<>();
        boolean tty = Terminal.interactive();
        int lines = 0;
        try (InputStream in = file.toString().equals("-") ? System.in : Files.newInputStream(file);
                JsonlBatches batches = new JsonlBatches(in, batch)) {
            for (JsonlBatches.Batch b = batches.next(); b != null; b = batches.next()) {
                for (ImportTarget.Result r : target.write(b)) {
                    switch (r.status()) {
                        case "created" -> counts[0]++;
                        case "replaced" -> counts[1]++;
                        default -> {
                            counts[2]++;
                            if (errors.size() < ERRORS_LISTED) {
                                errors.add(r);
                            }
                        }
                    }
                }
                lines = b.firstLine() + b.lines().size() - 1;
                progress(err, tty, lines, batches.bytesRead(), size, counts);
            }
        }
        if (tty) {
            err.println();
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        out.printf(
                Locale.ROOT,
                "Imported %s from %s in %s: %,d created, %,d replaced, %s%n",
                Units.count(lines, "line", "lines"),
                file,
                Units.duration(took),
                counts[0],
                counts[1],
                Units.count(counts[2], "error", "errors"));
        for (ImportTarget.Result r : errors) {
            out.printf(
                    Locale.ROOT,
                    "  line %d%s: %s: %s%n",
                    r.line(),
                    r.id() == null ? "" : " (" + r.id() + ")",
                    r.code(),
                    r.message());
        }
        if (counts[2] > errors.size()) {
            out.printf(Locale.ROOT, "  … and %,d more%n", counts[2] - errors.size());
        }
        out.flush();
        if (counts[2] > 0) {
            err.printf(
                    "error: %s not imported; fix the lines listed above and import them again%n",
                    Units.count(counts[2], "line was", "lines were"));
            return ErrorHandlers.FAILURE;
        }
        return 0;
    }

    private static void progress(PrintWriter err, boolean tty, int lines, long bytes, long size, long[] counts) {
        String done =
                size > 0 ? String.format(Locale.ROOT, " (%d%%)", Math.min(100, bytes * 100 / Math.max(size, 1))) : "";
        String status = String.format(
                Locale.ROOT,
                "%,d lines%s: %,d created, %,d replaced, %,d errors",
                lines,
                done,
                counts[0],
                counts[1],
                counts[2]);
        if (tty && size > 0) {
            int filled = (int) Math.min(24, bytes * 24 / Math.max(size, 1));
            err.print("\r[" + "#".repeat(filled) + "-".repeat(24 - filled) + "] " + status);
        } else {
            err.println("importing: " + status);
        }
        err.flush();
    }

    /** {@code --token}, else {@code admin.token}, else the first write or admin key of the keys file. */
    private String key(ZhsearchConfig config) {
        if (token != null && !token.isBlank()) {
            return token;
        }
        if (config.adminToken() != null) {
            return config.adminToken();
        }
        Path keysFile = config.auth().keysFile();
        if (keysFile != null) {
            for (AccessKey key : KeysFile.read(keysFile)) {
                if (key.scope() == KeyScope.WRITE || key.scope() == KeyScope.ADMIN) {
                    return key.secret();
                }
            }
        }
        throw new ZhsearchException(
                ErrorCode.WRITES_DISABLED,
                "no key to send: pass --token with a write or admin key, or set admin.token /"
                        + " ZHSEARCH_ADMIN_TOKEN, or a write key in auth.keysFile, the same as the server's");
    }
}
