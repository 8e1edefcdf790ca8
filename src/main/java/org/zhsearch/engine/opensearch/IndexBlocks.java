package org.zhsearch.engine.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** The blocks that make an index refuse writes: set by hand or by the cluster when a disk passes flood stage. */
final class IndexBlocks {
    private static final List<String> WRITE_BLOCKS =
            List.of("index.blocks.write", "index.blocks.read_only", "index.blocks.read_only_allow_delete");

    private IndexBlocks() {}

    /** Which indexes behind {@code name} (an index or alias) refuse writes and why, or {@code null} if none. */
    static String describe(Cluster cluster, String name) {
        JsonNode settings =
                cluster.send("GET", "/" + name + "/_settings/index.blocks.*", Map.of("flat_settings", "true"), null);
        StringBuilder out = new StringBuilder();
        settings.fields().forEachRemaining(index -> {
            for (String block : WRITE_BLOCKS) {
                if (index.getValue().path("settings").path(block).asBoolean(false)) {
                    out.append(out.isEmpty() ? "" : "; ")
                            .append(index.getKey())
                            .append(" has ")
                            .append(block)
                            .append(
                                    block.endsWith("allow_delete")
                                            ? " (its disk passed the flood-stage watermark," + " or set by hand)"
                                            : "");
                }
            }
        });
        return out.isEmpty()
                ? null
                : out + ": writes are refused until it is removed (free disk space, or PUT"
                        + " /<index>/_settings {\"<that block>\": null}); searches keep working";
    }
}
