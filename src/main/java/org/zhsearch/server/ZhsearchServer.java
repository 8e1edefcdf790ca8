package org.zhsearch.server;

import static org.zhsearch.server.KnownParams.only;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.util.List;
import org.eclipse.jetty.http.UriCompliance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;

/**
 * The zhsearch HTTP service: the JSON API, the search page and the admin endpoints over one open
 * {@link ZhSearch}. Every route is registered up front in the constructor; {@link #start()} binds the port.
 *
 * <pre>{@code
 * try (ZhSearch zh = ZhSearch.open(home);
 *      ZhsearchServer server = new ZhsearchServer(zh, ServerSettings.local(7070, home))) {
 *     server.start();
 *     ...
 * }
 * }</pre>
 */
public final class ZhsearchServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ZhsearchServer.class);
    private static final String UNMATCHED_ROUTE = "unmatched";

    private final ServerSettings settings;
    private final Reindexer reindexer;
    private final Javalin app;
    private final ZhSearch zh;
    private CorpusWatcher watcher;

    /** Builds the service; nothing listens until {@link #start()}. The caller keeps ownership of {@code zh}. */
    public ZhsearchServer(ZhSearch zh, ServerSettings settings) {
        this.settings = settings;
        this.zh = zh;
        ObjectMapper mapper = JsonMapping.create();
        Metrics metrics = new Metrics();
        AuthMetrics authMetrics = new AuthMetrics();
        // a bad keys file at start-up is an invalid_config error here, before anything listens
        AccessGuard guard = new AccessGuard(
                new KeyRing(settings.adminToken(), settings.auth().keysFile()),
                settings.auth().readsNeedKey(),
                authMetrics);
        this.reindexer = new Reindexer(zh, settings.corpus(), settings.minLiveFraction());
        SearchRoutes search = new SearchRoutes(zh, mapper);
        ArticleRoutes articles = new ArticleRoutes(zh, settings.maxBodyBytes());
        BulkRoutes bulk = new BulkRoutes(zh, settings.maxBulkBytes());
        StatusRoutes status = new StatusRoutes(zh, metrics, reindexer, authMetrics, settings.corpus());
        AdminRoutes admin = new AdminRoutes(zh, reindexer);
        OpenApiDocument openApi = new OpenApiDocument(mapper, () -> urlHost(settings.bind()) + ":" + port());

        this.app = Javalin.create(config -> {
            configureServer(config, mapper, metrics);
            var routes = config.routes;
            routes.before(SecurityHeaders::apply);
            // HEAD would answer 200 from the GET route's headers without running its checks (even the admin
            // routes' token check): refuse it instead of pretending
            routes.before(ctx -> {
                if (ctx.method() == HandlerType.HEAD) {
                    throw new HttpProblem(ErrorCode.METHOD_NOT_ALLOWED, "HEAD is not supported; use GET");
                }
            });
            routes.before("/api/*", ctx -> Params.requireUtf8QueryString(ctx.queryString()));
            routes.before("/api/*", AcceptHeader.requires("application/json"));
            routes.before("/health", AcceptHeader.requires("application/json"));
            routes.before("/openapi.json", AcceptHeader.requires("application/json"));
            routes.before("/metrics", AcceptHeader.requires("text/plain"));
            if (!settings.corsOrigins().isEmpty() && !settings.corsOrigins().contains("*")) {
                // the allow-origin header depends on the request's Origin: caches must not share responses
                routes.before(ctx -> ctx.header("Vary", "Origin"));
            }

            // each route names the scope it needs (README, HTTP API); /health stays open for load balancers
            routes.get("/", guard.read(StaticResources.file("public/index.html", "text/html; charset=utf-8")));
            routes.get("/app.js", guard.read(StaticResources.file("public/app.js", "text/javascript; charset=utf-8")));
            routes.get("/app.css", guard.read(StaticResources.file("public/app.css", "text/css; charset=utf-8")));
            routes.get("/openapi.json", guard.read(openApi.handler()));

            // each API route names the query parameters it takes (KnownParams): others are a 400, not ignored
            routes.get("/api/search", guard.read(only(KnownParams.SEARCH, SearchRoutes.FILTER, search::search)));
            routes.get("/api/suggest", guard.read(only(KnownParams.SUGGEST, search::suggest)));
            routes.get("/api/analyze", guard.read(only(KnownParams.ANALYZE, search::analyze)));
            routes.get("/api/fields", guard.read(only(KnownParams.NONE, search::fields)));
            routes.post("/api/analyze", guard.read(only(KnownParams.NONE, search::analyzeBody)));
            routes.get(ArticleRoutes.PATH, guard.read(only(KnownParams.NONE, articles::get)));
            routes.put(ArticleRoutes.PATH, guard.write(only(KnownParams.NONE, articles::put)));
            routes.delete(ArticleRoutes.PATH, guard.write(only(KnownParams.NONE, articles::delete)));
            routes.post(BulkRoutes.PATH, guard.write(only(KnownParams.NONE, bulk::bulk)));
            routes.get("/api/stats", guard.read(only(KnownParams.NONE, status::stats)));
            routes.post("/api/admin/reindex", guard.admin(only(KnownParams.REINDEX, admin::startReindex)));
            routes.get("/api/admin/reindex", guard.admin(only(KnownParams.NONE, admin::reindexStatus)));
            routes.post(
                    "/api/admin/reload-dictionaries", guard.admin(only(KnownParams.NONE, admin::reloadDictionaries)));
            routes.get("/health", status::health);
            routes.get("/metrics", guard.read(status::metrics));

            ErrorMapping.register(routes, settings.maxBodyBytes());
        });
    }

    private void configureServer(JavalinConfig config, ObjectMapper mapper, Metrics metrics) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jsonMapper(new JavalinJackson(mapper, false));
        config.http.maxRequestSize = settings.maxBodyBytes();
        config.http.prefer405over404 = true;
        config.http.generateEtags = false;
        config.requestLogger.http(
                (ctx, millis) -> metrics.record(ctx.method().name(), route(ctx), ctx.statusCode(), millis));
        // Article ids may contain '/' and '%': accept them percent-encoded (%2F, %25); ArticleIds checks the result.
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setUriCompliance(UriCompliance.DEFAULT.with(
                    "zhsearch-article-ids",
                    UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
                    UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING));
        });
        config.jetty.modifyServletContextHandler(handler -> {
            handler.getServletHandler().setDecodeAmbiguousURIs(true);
            handler.setErrorHandler(new JettyErrorHandler(mapper, metrics));
        });
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorHandler(mapper, metrics)));
        if (!settings.corsOrigins().isEmpty()) {
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                for (String origin : settings.corsOrigins()) {
                    if (origin.equals("*")) {
                        rule.anyHost();
                    } else {
                        rule.allowHost(origin);
                    }
                }
                rule.exposeHeader("WWW-Authenticate");
            }));
        }
    }

    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? UNMATCHED_ROUTE : endpoint.path;
    }

    /** Binds {@code settings.bind():settings.port()} and serves until {@link #close()}. */
    public void start() {
        requireLocalAddress(settings.bind());
        try {
            app.start(settings.bind(), settings.port());
        } catch (RuntimeException e) {
            // Javalin reports every bind failure as "Port already in use"; say which it really is
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String why = String.valueOf(root.getMessage());
            throw new ZhsearchException(
                    ErrorCode.CANNOT_LISTEN,
                    why.contains("in use")
                            ? "port " + settings.port() + " on " + settings.bind()
                                    + " is already in use: stop the other " + "process or choose another port (--port)"
                            : "cannot listen on " + settings.bind() + ":" + settings.port() + ": " + why,
                    e);
        }
        LOG.info(
                "listening on http://{}:{} (reads {}, admin.token {}, keys file {})",
                settings.bind(),
                port(),
                settings.auth().readsNeedKey() ? "need a key" : "open",
                settings.adminToken() == null ? "unset" : "set",
                settings.auth().keysFile() == null ? "none" : settings.auth().keysFile());
    }

    /** An address this machine can listen on (a wildcard, loopback, or one of its interfaces'), else a clear error. */
    private static void requireLocalAddress(String bind) {
        try {
            java.net.InetAddress address = java.net.InetAddress.getByName(bind);
            if (address.isAnyLocalAddress()
                    || address.isLoopbackAddress()
                    || java.net.NetworkInterface.getByInetAddress(address) != null) {
                return;
            }
        } catch (java.io.IOException e) {
            throw new ZhsearchException(
                    ErrorCode.CANNOT_LISTEN,
                    "cannot listen on '" + bind
                            + "': the name does not resolve; use 127.0.0.1, 0.0.0.0 or an address of this machine (--bind)",
                    e);
        }
        throw new ZhsearchException(
                ErrorCode.CANNOT_LISTEN,
                "cannot listen on " + bind
                        + ": it is not an address of this machine; use 127.0.0.1, 0.0.0.0 or one of its addresses (--bind)");
    }

    private static String urlHost(String bind) {
        return bind.contains(":") && !bind.startsWith("[") ? "[" + bind + "]" : bind;
    }

    /** The port actually bound (useful when the settings asked for port 0). */
    public int port() {
        return app.port();
    }

    /** Every HTTP route as {@code "METHOD path"}, in Javalin's path syntax (for the OpenAPI completeness test). */
    List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(e -> e.method.isHttpMethod() && e.method != HandlerType.HEAD && e.method != HandlerType.OPTIONS)
                .map(e -> e.method.name() + " " + e.path)
                .toList();
    }

    /**
     * Logs a warning when the index was built from another corpus folder than this server's (the index's corpus
     * manifest says which); {@code GET /api/stats} shows it too. True when it warned.
     */
    public boolean warnIfOtherCorpus() {
        String indexedFrom;
        try {
            indexedFrom = zh.stats().corpus();
        } catch (RuntimeException e) { // a cluster that does not answer yet: the server starts degraded, unwarned
            LOG.debug("cannot compare the index's corpus folder with {}: {}", settings.corpus(), e.toString());
            return false;
        }
        if (!CorpusCheck.mismatch(settings.corpus(), indexedFrom)) {
            return false;
        }
        LOG.warn(CorpusCheck.warning(settings.corpus(), indexedFrom));
        return true;
    }

    /**
     * Watches the corpus folder ({@code corpus.watch}) and updates the index about half a second after files stop
     * changing (through the reindexer: one rebuild or update at a time); stops with {@link #close()}. A folder that
     * cannot be watched is logged, and the server serves on.
     */
    public synchronized void watchCorpus() {
        if (settings.corpus() == null || watcher != null) {
            return;
        }
        try {
            watcher = CorpusWatcher.start(settings.corpus(), reindexer::startUpdateIfIdle);
        } catch (java.io.IOException e) { // e.g. too many directories for inotify: serve on, unwatched
            LOG.warn(
                    "cannot watch the corpus folder {} ({}): the index is not updated when files change;"
                            + " update it with POST /api/admin/reindex?mode=update",
                    settings.corpus(),
                    e.toString());
        }
    }

    /** Stops serving, the corpus watch and a running reindex (its previous index stays live). Keeps the index open. */
    @Override
    public void close() {
        synchronized (this) {
            if (watcher != null) {
                watcher.close();
            }
        }
        app.stop();
        reindexer.close();
    }
}
