package org.zhsearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.engine.IndexFormat;

/**
 * What a generation's Lucene commit says about itself: when it was built, from which corpus, and how far into the
 * write journal it is ({@value #JOURNAL_SEQ}: every record up to that sequence number is in it).
 */
final class CommitData {
    static final String BUILT_AT = "builtAt";
    static final String CORPUS = "corpus";
    /**
     * The declared fields' names and types the generation was built with ({@code author:keyword,tags:keywords});
     * absent in generations built before declared fields. A type change refuses to open until a rebuild.
     */
    static final String FIELDS = "fields";
    /** Absent: a generation built without the journal (or before sequence numbers): every record is replayed. */
    static final String JOURNAL_SEQ = "journalSeq";
    /** The generation's index format ({@link IndexFormat}); absent in generations of the previous version. */
    static final String FORMAT = IndexFormat.KEY;
    /** What a new generation records under {@link #FORMAT}. */
    static final String CURRENT_FORMAT = Integer.toString(IndexFormat.CURRENT);
    /** No journal record is known to be in the generation. */
    static final long NONE = -1;

    private CommitData() {}

    /** The last commit's data of the index in {@code dir}. */
    static Map<String, String> of(Directory dir) throws IOException {
        return SegmentInfos.readLatestCommit(dir).getUserData();
    }

    /** The journal sequence number the commit data records, or {@link #NONE}. */
    static long journalSeq(Map<String, String> data) {
        String v = data.get(JOURNAL_SEQ);
        if (v == null) {
            return NONE;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return NONE;
        }
    }

    /** Sets the writer's next commit to record {@code seq}, keeping everything else its commit data says. */
    static void recordJournalSeq(IndexWriter writer, long seq) {
        recordJournalSeq(writer, seq, DeclaredFields.NONE);
    }

    /**
     * As {@link #recordJournalSeq(IndexWriter, long)}, also recording the {@code declared} fields' types with those
     * already recorded ({@link #FIELDS}): a generation built before they were declared learns them from its first
     * write, so a later type change is refused there too. (The types agree: a change is refused at open.)
     */
    static void recordJournalSeq(IndexWriter writer, long seq, DeclaredFields declared) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        data.put(JOURNAL_SEQ, Long.toString(seq));
        if (!declared.fields().isEmpty()) {
            Map<String, String> types = new java.util.LinkedHashMap<>();
            String recorded = data.get(FIELDS);
            for (String part : recorded == null || recorded.isEmpty() ? new String[0] : recorded.split(",")) {
                int colon = part.indexOf(':');
                types.put(part.substring(0, Math.max(0, colon)), part.substring(colon + 1));
            }
            declared.types().forEach(types::putIfAbsent); // what a build recorded stays: it says how it indexed
            List<String> parts = new ArrayList<>();
            types.forEach((name, type) -> parts.add(name + ":" + type));
            data.put(FIELDS, String.join(",", parts));
        }
        writer.setLiveCommitData(data.entrySet());
    }
}
