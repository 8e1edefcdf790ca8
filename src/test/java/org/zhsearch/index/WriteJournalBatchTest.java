package org.zhsearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;

/** {@link WriteJournal#appendAll}: a batch of records, numbered in order, after a torn tail is cut; cut back whole. */
class WriteJournalBatchTest {
    @TempDir
    Path tmp;

    private static Article article(String id) {
        return ZhSearch.articleFromJson(id, "{\"paragraphs\": [\"批量日志的正文。\"]}");
    }

    private static List<JournalEntry> read(JournalFile journal) {
        List<JournalEntry> out = new ArrayList<>();
        journal.scan(0, Long.MAX_VALUE, out::add);
        return out;
    }

    @Test
    void aBatchIsAppendedInOrderAfterATornTailAndCutBackWhole() throws IOException {
        IndexHome home = new IndexHome(tmp);
        Path file = tmp.resolve(JournalFile.FILE);
        Files.write(
                file, JournalFile.frame(JournalEntry.put(article("first.json")).numbered(1)));
        long intact = Files.size(file);
        Files.writeString(
                file, "0badc0de {\"op\":\"PUT\",\"id\":\"torn", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        JournalFile journalFile = new JournalFile(home);
        try (WriterLock lock = WriterLock.acquire(home)) {
            WriteJournal journal = new WriteJournal(journalFile, lock);
            assertThat(Files.size(file))
                    .as("the torn tail is cut when the writer takes over")
                    .isEqualTo(intact);

            List<WriteJournal.Appended> batch = journal.appendAll(List.of(
                    JournalEntry.put(article("a.json")),
                    JournalEntry.delete("b.json"),
                    JournalEntry.put(article("c.json"))));
            assertThat(batch).extracting(WriteJournal.Appended::seq).containsExactly(2L, 3L, 4L);
            assertThat(batch.getFirst().start()).isEqualTo(intact);
            assertThat(batch.get(1).start()).isGreaterThan(batch.get(0).start());
            assertThat(read(journalFile))
                    .extracting(JournalEntry::id, JournalEntry::seq)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("first.json", 1L),
                            org.assertj.core.groups.Tuple.tuple("a.json", 2L),
                            org.assertj.core.groups.Tuple.tuple("b.json", 3L),
                            org.assertj.core.groups.Tuple.tuple("c.json", 4L));

            journal.truncate(batch.getFirst().start());
            assertThat(read(journalFile)).extracting(JournalEntry::id).containsExactly("first.json");
            assertThat(journal.appendAll(List.of(JournalEntry.put(article("d.json")))))
                    .extracting(WriteJournal.Appended::seq)
                    .as("numbers are never reused")
                    .containsExactly(5L);
        }
    }
}
