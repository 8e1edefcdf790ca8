package org.zhsearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The question and function words a relaxed query leaves out: the built-in list and the shipped config's copy. */
class QuestionWordsTest {

    private static List<String> listed(String text) {
        return text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    @Test
    void theShippedConfigListsExactlyTheBuiltInWords() throws IOException {
        // config/question-words.txt replaces the built-in list when present: a stale copy would quietly keep old words
        String builtIn;
        try (InputStream in = QuestionWords.class.getResourceAsStream(QuestionWords.BUILT_IN)) {
            builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String shipped = Files.readString(Path.of("config/question-words.txt"), StandardCharsets.UTF_8);
        assertThat(listed(shipped)).isEqualTo(listed(builtIn)).contains("如何", "的", "把");
    }

    @Test
    void aFileReplacesTheBuiltInListAndIsFolded(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("question-words.txt");
        Files.writeString(file, "# mine\n請問\n");
        QuestionWords mine = QuestionWords.load(file, true);
        assertThat(mine.contains("请问")).as("traditional folded to simplified").isTrue();
        assertThat(mine.contains("如何"))
                .as("the built-in list is replaced, not extended")
                .isFalse();
        assertThat(QuestionWords.load(dir.resolve("absent.txt"), true).contains("如何"))
                .isTrue();
    }
}
