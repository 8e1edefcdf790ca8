package org.zhsearch.config;

import java.nio.file.Path;

/**
 * Which engine holds the index, chosen once when the configuration is read ({@code backend}); everything after
 * that switches over this type, never over the setting's text.
 */
public sealed interface Backend permits Backend.Embedded, Backend.OpenSearch {
    /** The {@code backend} setting's value for this engine. */
    String name();

    /** Where the index is, for messages: a directory, or the alias on the cluster's nodes. */
    String describe();

    /** A Lucene index in a directory of this machine (the index home). */
    record Embedded(Path indexHome) implements Backend {
        @Override
        public String name() {
            return ZhsearchConfig.EMBEDDED;
        }

        @Override
        public String describe() {
            return indexHome.toAbsolutePath().normalize().toString();
        }
    }

    /** An index behind an alias on an OpenSearch cluster. */
    record OpenSearch(OpenSearchSettings cluster) implements Backend {
        @Override
        public String name() {
            return ZhsearchConfig.OPENSEARCH;
        }

        @Override
        public String describe() {
            return cluster.index() + " on " + String.join(",", cluster.urls());
        }
    }
}
