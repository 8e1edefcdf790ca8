package org.zhsearch.server;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import org.zhsearch.api.IndexStats;

/**
 * Request counters and latency histograms per method, route and status, written in the Prometheus text
 * exposition format (version 0.0.4). Routes are the registered patterns, so the label set stays small.
 */
final class Metrics {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    /** Histogram upper bounds in seconds. */
    private static final List<Double> BUCKETS =
            List.of(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0);

    private record Key(String method, String route, int status) {}

    private static final class Series {
        final LongAdder count = new LongAdder();
        final DoubleAdder sumSeconds = new DoubleAdder();
        final LongAdder[] buckets = new LongAdder[BUCKETS.size()];

        Series() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }
    }

    private final Map<Key, Series> series = new ConcurrentHashMap<>();

    /** Method labels: the standard methods; anything else a client sends is counted as {@value #OTHER}. */
    static final Set<String> KNOWN_METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "CONNECT");
    /** Distinct route labels kept; routes are registered patterns (never raw paths), this is a safety net. */
    static final int MAX_ROUTES = 64;

    static final String OTHER = "other";
    /** Route label of requests Jetty refuses before routing (bad URI, headers too large, bad HTTP version). */
    static final String REJECTED = "(rejected)";
    /** Status label of a status outside 100–599. */
    private static final int OTHER_STATUS = 0;

    private final Set<String> routes = ConcurrentHashMap.newKeySet();

    /**
     * Records one finished request. Every label comes from a closed set — known methods, at most {@link #MAX_ROUTES}
     * routes, statuses 100–599 — and anything else is {@value #OTHER}, so requests with made-up methods or paths
     * cannot grow the series without bound.
     */
    void record(String method, String route, int status, double millis) {
        String methodLabel = method != null && KNOWN_METHODS.contains(method) ? method : OTHER;
        String routeLabel = route != null && (routes.contains(route) || routes.size() < MAX_ROUTES && routes.add(route))
                ? route
                : OTHER;
        int statusLabel = status >= 100 && status <= 599 ? status : OTHER_STATUS;
        Series s = series.computeIfAbsent(new Key(methodLabel, routeLabel, statusLabel), k -> new Series());
        double seconds = millis / 1000.0;
        s.count.increment();
        s.sumSeconds.add(seconds);
        for (int i = 0; i < BUCKETS.size(); i++) {
            if (seconds <= BUCKETS.get(i)) {
                s.buckets[i].increment();
                break;
            }
        }
    }

    /** The exposition text: request metrics plus the index gauges from {@code stats}. */
    String scrape(IndexStats stats, boolean reindexRunning) {
        StringBuilder out = new StringBuilder(4096);
        var sorted = series.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Key::route)
                        .thenComparing(Key::method)
                        .thenComparingInt(Key::status)))
                .toList();

        header(out, "zhsearch_http_requests_total", "counter", "HTTP requests served, by method, route and status.");
        for (var e : sorted) {
            out.append("zhsearch_http_requests_total")
                    .append(labels(e.getKey(), null))
                    .append(' ')
                    .append(e.getValue().count.sum())
                    .append('\n');
        }

        header(
                out,
                "zhsearch_http_request_duration_seconds",
                "histogram",
                "Time to serve HTTP requests, by method, route and status.");
        for (var e : sorted) {
            Series s = e.getValue();
            long cumulative = 0;
            for (int i = 0; i < BUCKETS.size(); i++) {
                cumulative += s.buckets[i].sum();
                out.append("zhsearch_http_request_duration_seconds_bucket")
                        .append(labels(e.getKey(), number(BUCKETS.get(i))))
                        .append(' ')
                        .append(cumulative)
                        .append('\n');
            }
            long count = s.count.sum();
            out.append("zhsearch_http_request_duration_seconds_bucket")
                    .append(labels(e.getKey(), "+Inf"))
                    .append(' ')
                    .append(count)
                    .append('\n');
            out.append("zhsearch_http_request_duration_seconds_sum")
                    .append(labels(e.getKey(), null))
                    .append(' ')
                    .append(number(s.sumSeconds.sum()))
                    .append('\n');
            out.append("zhsearch_http_request_duration_seconds_count")
                    .append(labels(e.getKey(), null))
                    .append(' ')
                    .append(count)
                    .append('\n');
        }

        gauge(out, "zhsearch_index_size_bytes", "Bytes on disk of the live index generation.", stats.sizeBytes());
        gauge(out, "zhsearch_index_paragraphs", "Paragraphs (Lucene documents) in the live index.", stats.paragraphs());
        gauge(out, "zhsearch_index_articles", "Articles in the live index.", stats.articles());
        gauge(
                out,
                "zhsearch_reindex_running",
                "1 while an HTTP-triggered reindex runs, else 0.",
                reindexRunning ? 1 : 0);
        return out.toString();
    }

    private static void header(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void gauge(StringBuilder out, String name, String help, long value) {
        header(out, name, "gauge", help);
        out.append(name).append(' ').append(value).append('\n');
    }

    private static String labels(Key key, String le) {
        StringBuilder b = new StringBuilder("{method=\"")
                .append(escape(key.method()))
                .append("\",route=\"")
                .append(escape(key.route()))
                .append("\",status=\"")
                .append(key.status() == OTHER_STATUS ? OTHER : key.status())
                .append('"');
        if (le != null) {
            b.append(",le=\"").append(le).append('"');
        }
        return b.append('}').toString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) + ".0"
                : Double.toString(value);
    }
}
