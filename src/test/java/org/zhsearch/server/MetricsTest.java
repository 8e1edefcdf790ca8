package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zhsearch.api.IndexStats;

class MetricsTest {
    private static final IndexStats STATS = new IndexStats(3, 42, 12_345, Instant.EPOCH);

    @Test
    void histogramBucketsAreCumulativeAndEndWithInf() {
        Metrics m = new Metrics();
        m.record("GET", "/api/search", 200, 0.5);
        m.record("GET", "/api/search", 200, 7);
        m.record("GET", "/api/search", 200, 20_000);
        String text = m.scrape(STATS, false);
        String series =
                "zhsearch_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/search\",status=\"200\",";
        assertThat(text)
                .contains(series + "le=\"0.001\"} 1\n")
                .contains(series + "le=\"0.005\"} 1\n")
                .contains(series + "le=\"0.01\"} 2\n")
                .contains(series + "le=\"10.0\"} 2\n")
                .contains(series + "le=\"+Inf\"} 3\n")
                .contains(
                        "zhsearch_http_request_duration_seconds_count{method=\"GET\",route=\"/api/search\",status=\"200\"} 3\n")
                .contains("zhsearch_http_requests_total{method=\"GET\",route=\"/api/search\",status=\"200\"} 3\n");
    }

    @Test
    void seriesAreSplitByStatus() {
        Metrics m = new Metrics();
        m.record("GET", "/api/search", 200, 1);
        m.record("GET", "/api/search", 400, 1);
        assertThat(m.scrape(STATS, false))
                .contains("zhsearch_http_requests_total{method=\"GET\",route=\"/api/search\",status=\"200\"} 1\n")
                .contains("zhsearch_http_requests_total{method=\"GET\",route=\"/api/search\",status=\"400\"} 1\n");
    }

    @Test
    void indexGaugesComeFromTheStats() {
        assertThat(new Metrics().scrape(STATS, true))
                .contains("# TYPE zhsearch_index_size_bytes gauge\nzhsearch_index_size_bytes 12345\n")
                .contains("zhsearch_index_paragraphs 42\n")
                .contains("zhsearch_index_articles 3\n")
                .contains("zhsearch_reindex_running 1\n");
    }

    @Test
    void labelValuesAreEscaped() {
        Metrics m = new Metrics();
        m.record("GET", "a\"b\\c\nd", 404, 1);
        assertThat(m.scrape(STATS, false)).contains("route=\"a\\\"b\\\\c\\nd\"");
    }

    @Test
    void everyMetricHasHelpAndType() {
        Metrics m = new Metrics();
        m.record("GET", "/", 200, 1);
        String text = m.scrape(STATS, false);
        for (String name : new String[] {
            "zhsearch_http_requests_total",
            "zhsearch_http_request_duration_seconds",
            "zhsearch_index_size_bytes",
            "zhsearch_index_paragraphs"
        }) {
            assertThat(text).contains("# HELP " + name + " ", "# TYPE " + name + " ");
        }
        assertThat(text).endsWith("\n");
    }

    @Test
    void madeUpMethodsRoutesAndStatusesShareOneOtherLabelSoSeriesStayBounded() {
        Metrics m = new Metrics();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 20_000; i++) {
            String method = Long.toString(random.nextLong(), 36).repeat(50); // ~600 characters, all distinct
            m.record(method, "/route/" + i, 200 + random.nextInt(2000), 1);
        }
        String text = m.scrape(STATS, false);
        long series = text.lines()
                .filter(l -> l.startsWith("zhsearch_http_requests_total{"))
                .count();
        // the first 64 routes seen, one series each, then route "other" by at most 401 status labels
        assertThat(series).isLessThanOrEqualTo(Metrics.MAX_ROUTES + 401L);
        assertThat(text)
                .contains("method=\"other\"")
                .contains("route=\"other\"")
                .contains("status=\"other\"");
        assertThat(text)
                .doesNotContain(
                        Long.toString(new java.util.Random(7).nextLong(), 36).repeat(50));
    }
}
