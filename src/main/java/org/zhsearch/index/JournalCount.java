package org.zhsearch.index;

import org.zhsearch.schema.Fields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * How many articles a generation will hold once the writer has replayed the journal into it — for the shrink guard
 * of a build that is not the writer (and so must not replay): an archive fed through the API is not "shrunk".
 */
final class JournalCount {
    private JournalCount() {
    }

    static long articlesAfterReplay(Path generation, JournalFile journal) {
        Map<String, JournalEntry.Op> last = new HashMap<>();
        journal.replayAfter(CommitData.NONE, e -> last.put(e.id(), e.op()));
        try (Directory dir = FSDirectory.open(generation); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(reader);
            long articles = s.count(new TermQuery(new Term(Fields.FIRST, Fields.YES)));
            for (Map.Entry<String, JournalEntry.Op> e : last.entrySet()) {
                boolean there = s.count(new TermQuery(new Term(Fields.ARTICLE_ID, e.getKey()))) > 0;
                if (e.getValue() == JournalEntry.Op.PUT && !there) {
                    articles++;
                } else if (e.getValue() == JournalEntry.Op.DELETE && there) {
                    articles--;
                }
            }
            return articles;
        } catch (IOException e) {
            return 0;
        }
    }
}
