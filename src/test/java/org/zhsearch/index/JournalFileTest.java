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
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;
import org.zhsearch.writes.Write;

/** Reading the journal as any process may: complete, intact, framed records only, never cutting anything. */
class JournalFileTest {
    @TempDir
    Path tmp;

    private static Article article(String id) {
        return new Article(id, "标题", null, null, null, null, List.of(), List.of(new Paragraph(1, null, "正文一段。")));
    }

    private List<JournalEntry> read(JournalFile journal) {
        List<JournalEntry> out = new ArrayList<>();
        journal.scan(0, Long.MAX_VALUE, out::add);
        return out;
    }

    @Test
    void aRecordRoundTripsWithItsOpAndSequenceNumber() throws IOException {
        IndexHome home = new IndexHome(tmp);
        Files.write(
                tmp.resolve(JournalFile.FILE),
                JournalFile.frame(JournalEntry.put(article("a.txt")).numbered(7)));
        Files.write(
                tmp.resolve(JournalFile.FILE),
                JournalFile.frame(JournalEntry.delete("b.txt").numbered(8)),
                StandardOpenOption.APPEND);
        List<JournalEntry> entries = read(new JournalFile(home));
        assertThat(entries)
                .extracting(JournalEntry::op, JournalEntry::id, JournalEntry::seq)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(JournalEntry.Op.PUT, "a.txt", 7L),
                        org.assertj.core.groups.Tuple.tuple(JournalEntry.Op.DELETE, "b.txt", 8L));
        assertThat(entries.getFirst().article().paragraphs().getFirst().text()).isEqualTo("正文一段。");
        assertThat(new JournalFile(home).lastSeq()).isEqualTo(8);
    }

    @Test
    void aReaderLeavesAnUnterminatedLastLineAloneAndDoesNotApplyIt() throws IOException {
        Path file = tmp.resolve(JournalFile.FILE);
        Files.write(file, JournalFile.frame(JournalEntry.put(article("a.txt")).numbered(1)));
        byte[] second = JournalFile.frame(JournalEntry.put(article("b.txt")).numbered(2));
        Files.write(file, java.util.Arrays.copyOf(second, second.length - 10), StandardOpenOption.APPEND);
        long size = Files.size(file);
        assertThat(read(new JournalFile(new IndexHome(tmp))))
                .extracting(JournalEntry::id)
                .containsExactly("a.txt");
        assertThat(Files.size(file)).isEqualTo(size);
    }

    @Test
    void anUnframedLineIsReadOnlyBeforeTheFirstFramedRecord() throws IOException {
        Path file = tmp.resolve(JournalFile.FILE);
        String legacy = "{\"op\":\"put\",\"id\":\"old.txt\",\"article\":{\"id\":\"old.txt\",\"paragraphs\":[]}}\n";
        Files.writeString(file, legacy, StandardCharsets.UTF_8);
        Files.write(file, JournalFile.frame(JournalEntry.delete("b.txt").numbered(1)), StandardOpenOption.APPEND);
        Files.writeString(
                file,
                "{\"op\":\"delete\",\"id\":\"smuggled.txt\"}\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        assertThat(read(new JournalFile(new IndexHome(tmp))))
                .extracting(JournalEntry::id, JournalEntry::seq)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("old.txt", 0L),
                        org.assertj.core.groups.Tuple.tuple("b.txt", 1L));
    }

    @Test
    void aReplayAppliesOnlyTheLastRecordOfEachArticleAfterTheGenerationsNumber() throws IOException {
        Path file = tmp.resolve(JournalFile.FILE);
        JournalEntry[] records = {
            JournalEntry.put(article("a.txt")).numbered(1),
                    JournalEntry.put(article("b.txt")).numbered(2),
            JournalEntry.put(article("a.txt")).numbered(3),
                    JournalEntry.delete("b.txt").numbered(4),
            JournalEntry.put(article("c.txt")).numbered(5),
                    JournalEntry.put(article("a.txt")).numbered(6)
        };
        for (JournalEntry e : records) {
            Files.write(file, JournalFile.frame(e), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        List<Write> applied = new ArrayList<>();
        long last = new JournalFile(new IndexHome(tmp)).replayAfter(2, applied::add);
        assertThat(last).isEqualTo(6);
        // b's delete (4), c's put (5), a's last put (6); a's put 3 is superseded, records 1 and 2 are in the generation
        assertThat(applied).extracting(Write::seq).containsExactlyInAnyOrder(4L, 5L, 6L);
        applied.clear();
        assertThat(new JournalFile(new IndexHome(tmp)).replayAfter(6, applied::add))
                .isEqualTo(6);
        assertThat(applied).isEmpty();
    }
}
