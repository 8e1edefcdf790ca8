package org.zhsearch.build;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an index was built from, file by file, so an update ({@link CorpusSync}) reads only what changed: every full
 * rebuild and every update records one with the index, as durable as its content (the embedded engine in the
 * generation directory, OpenSearch in {@code <alias>-corpus}).
 *
 * @param root  the corpus folder, absolute and with links resolved
 * @param files corpus file id (path relative to {@code root}, {@code /}-separated) → what it was and gave
 */
@JsonPropertyOrder({"root", "files"})
public record CorpusManifest(String root, Map<String, FileEntry> files) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public CorpusManifest {
        files = new TreeMap<>(files); // sorted: the stored form is deterministic
    }

    /**
     * One corpus file as it was read.
     *
     * @param size           bytes
     * @param modifiedMillis last modification time, in milliseconds since the epoch
     * @param sha256         the first 128 bits of the SHA-256 of its bytes, hex ({@code ""} when they could not be
     *                       hashed; {@code FileState.sha256})
     * @param articles       the ids of the articles it produced (a {@code .jsonl} file gives many)
     */
    public record FileEntry(long size, long modifiedMillis, String sha256, List<String> articles) {
        public FileEntry {
            articles = List.copyOf(articles);
        }
    }

    /** Every article id the corpus files produced. */
    public Set<String> articleIds() {
        Set<String> ids = new HashSet<>();
        files.values().forEach(f -> ids.addAll(f.articles()));
        return ids;
    }

    /** The stored form: JSON with {@code root} first, so {@link #rootOf} reads only the start. */
    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest {@link #toJson} stored; empty when it is damaged (an update then rebuilds fully). */
    public static Optional<CorpusManifest> fromJson(byte[] json) {
        try {
            CorpusManifest m = JSON.readValue(json, CorpusManifest.class);
            return m.root() == null || m.files() == null ? Optional.empty() : Optional.of(m);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The {@code root} of a stored manifest, reading no further; empty when there is none. */
    public static Optional<String> rootOf(InputStream json) {
        try (JsonParser p = JSON.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("root")) {
                    return Optional.ofNullable(p.getValueAsString());
                }
                p.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
