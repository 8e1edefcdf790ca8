package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhsearch.schema.Fields;

/** The physical indexes of one alias: {@code <alias>-<time>}, one behind the alias, others being built or abandoned. */
final class IndexNames {
    private static final Logger LOG = LoggerFactory.getLogger(IndexNames.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Cluster cluster;
    private final String alias;
    private final Pattern ours;

    IndexNames(Cluster cluster, String alias) {
        this.cluster = cluster;
        this.alias = alias;
        this.ours = Pattern.compile(Pattern.quote(alias) + "-\\d{8}-\\d{6}-\\d{3}");
    }

    /** A name for a new physical index. */
    String next() {
        return alias + "-" + STAMP.format(Instant.now());
    }

    List<String> behindAlias() {
        List<String> out = new ArrayList<>();
        cluster.send("GET", "/_alias/" + alias, Map.of(), null).fieldNames().forEachRemaining(out::add);
        return out;
    }

    boolean aliasExists() {
        return cluster.status("HEAD", "/_alias/" + alias) != 404;
    }

    /** Articles (first paragraphs) in an index or alias. */
    long articlesIn(String index) {
        ObjectNode body = Cluster.JSON.createObjectNode();
        body.set("query", OpenSearchQueryMapper.term(Fields.FIRST, true));
        return cluster.send("POST", "/" + index + "/_count", Map.of(), body)
                .path("count")
                .asLong();
    }

    /**
     * Deletes the indexes a killed or failed rebuild left behind: ours by name, not behind the alias, created before
     * {@code current} (a rebuild started later, perhaps by another process, is still running).
     */
    void removeAbandoned(String current) {
        JsonNode settings = cluster.send(
                "GET", "/" + alias + "-*/_settings/index.creation_date", Map.of("expand_wildcards", "all"), null);
        long currentCreated = settings.path(current)
                .path("settings")
                .path("index")
                .path("creation_date")
                .asLong();
        List<String> live = behindAlias();
        settings.fieldNames().forEachRemaining(index -> {
            long created = settings.path(index)
                    .path("settings")
                    .path("index")
                    .path("creation_date")
                    .asLong();
            if (ours.matcher(index).matches() && !live.contains(index) && created < currentCreated) {
                LOG.info("deleting {}, left by an abandoned rebuild", index);
                try {
                    cluster.send("DELETE", "/" + index, Map.of(), null);
                } catch (ClusterErrors.StatusException e) {
                    if (e.status() != 404) { // 404: another process deleted it first
                        throw e;
                    }
                }
            }
        });
    }
}
