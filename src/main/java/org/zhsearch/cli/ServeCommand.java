package org.zhsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.config.Backend;
import org.zhsearch.config.ZhsearchConfig;
import org.zhsearch.server.ServerSettings;
import org.zhsearch.server.ZhsearchServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code zhsearch serve}: the HTTP service (indexing the configured corpus first if there is no index yet). */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Serve the search page and the HTTP API. If there is no index yet, first build it from the"
                    + " configured corpus (the bundled sample corpus by default).",
            "A rebuild with 'zhsearch index' on the same index directory is picked up within a second, without"
                    + " a restart. Stop with Ctrl-C."
        },
        footer = {
            "",
            "Examples:",
            "  zhsearch serve                        # the sample corpus on 127.0.0.1:7070",
            "  zhsearch serve --corpus ~/rmrb --port 8080",
            "  ZHSEARCH_ADMIN_TOKEN=s3cret-token zhsearch serve --bind 0.0.0.0"
        })
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    ZhsearchCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port, 0 for any free port (default: port, 7070)")
    String port;

    @Option(names = "--bind", paramLabel = "ADDR", description = "listen address (default: bind, 127.0.0.1)")
    String bind;

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            description = "corpus to index when there is no index yet, and for POST /api/admin/reindex"
                    + " (default: corpus.dir, else the bundled sample)")
    Path corpus;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws InterruptedException {
        if (corpus != null && !Files.isDirectory(corpus)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "corpus folder " + corpus
                            + " does not exist or is not a directory; pass the folder that holds your articles");
        }
        Map<String, String> flags = new HashMap<>();
        flags.put(ZhsearchConfig.PORT, port);
        flags.put(ZhsearchConfig.BIND, bind);
        flags.put(ZhsearchConfig.CORPUS_DIR, corpus == null ? null : corpus.toString());
        ZhsearchConfig config = common.load(parent.env(), flags, true);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path source = config.corpusOrSample();
        if (!indexExistsOrClusterDown(config, err)) {
            err.printf(
                    "No index at %s yet: indexing %s first.%n",
                    config.backend().describe(), source.toAbsolutePath().normalize());
            err.flush();
            Indexing.build(config, source, config.indexOptions(false), out, err);
        }
        ZhSearch zh = ZhSearch.open(config);
        ZhsearchServer server;
        try {
            zh.becomeWriter(); // one writer per index home: a second server stops here, naming the first
            server = new ZhsearchServer(zh, settings(config, source));
            server.start();
            server.warnIfOtherCorpus();
            if (config.corpusWatch()) {
                server.watchCorpus();
            }
        } catch (RuntimeException e) {
            zh.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            zh.close();
                            stopped.countDown();
                        },
                        "zhsearch-shutdown"));
        out.printf("zhsearch listening on http://%s:%d%n", urlHost(config.bind()), server.port());
        out.flush();
        stopped.await();
        return 0;
    }

    /**
     * Whether there is an index to serve; true also when the OpenSearch cluster does not answer yet: the server then
     * starts anyway, {@code /health} degraded, and searches resume when the cluster answers.
     */
    private static boolean indexExistsOrClusterDown(ZhsearchConfig config, PrintWriter err) {
        try {
            return ZhSearch.exists(config);
        } catch (ZhsearchException e) {
            if (e.errorCode() != ErrorCode.UNAVAILABLE) {
                throw e;
            }
            err.printf(
                    "%s%nServing anyway: /health says degraded until the cluster answers; if it has no index yet,"
                            + " run 'zhsearch index' (or POST /api/admin/reindex) then.%n",
                    e.getMessage());
            err.flush();
            return true;
        }
    }

    static ServerSettings settings(ZhsearchConfig config, Path corpus) {
        return new ServerSettings(
                config.bind(),
                config.port(),
                config.adminToken(),
                config.maxBodyBytes(),
                config.corsOrigins(),
                corpus.toAbsolutePath().normalize(),
                config.backend() instanceof Backend.Embedded embedded ? embedded.indexHome() : null,
                config.indexMinLivePercent() / 100.0,
                config.auth());
    }

    private static String urlHost(String bind) {
        return bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
    }
}
