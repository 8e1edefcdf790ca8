package org.zhsearch.index;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.zhsearch.api.Article;
import org.zhsearch.writes.Write;

/**
 * The journal's JSON form of a {@link Write} (one line of {@code journal.jsonl}). One journalled API write: {@code put} with an article, or {@code delete} with an id, and its sequence number.
 *
 * <p>Sequence numbers grow by one per appended record and survive compaction (a compacted record keeps its number),
 * so a generation can record in its commit data how far into the journal it is ({@link CommitData#JOURNAL_SEQ}),
 * and replaying the records after that number brings it up to date whatever was compacted meanwhile. Records
 * written before sequence numbers existed read as 0: older than anything numbered.
 */
record JournalEntry(Op op, String id, Article article, long seq) {
    /** What a record does to its article. */
    enum Op {
        PUT,
        DELETE;

        @JsonValue
        String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        static Op of(String json) {
            return Op.valueOf(json.toUpperCase(Locale.ROOT));
        }
    }

    static JournalEntry put(Article a) {
        return new JournalEntry(Op.PUT, a.id(), a, 0);
    }

    static JournalEntry delete(String id) {
        return new JournalEntry(Op.DELETE, id, null, 0);
    }

    /** The typed write this record says. */
    Write toWrite() {
        return op == Op.PUT ? new Write.Put(article, seq) : new Write.Delete(id, seq);
    }

    JournalEntry numbered(long sequence) {
        return new JournalEntry(op, id, article, sequence);
    }
}
