package org.zhsearch.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void extractsEveryArticleInTheNewsFormat() throws Exception {
        Path dir = SampleCorpus.extract(tmp.resolve("sample-corpus"));

        for (String name : SampleCorpus.FILES) {
            String text = Files.readString(dir.resolve(name));
            assertThat(text)
                    .startsWith("发布时间:")
                    .contains("来源: sp")
                    .contains("《 人民日报 》(")
                    .contains("(责编:");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(SampleCorpus.FILES.size());
        }
    }

    @Test
    void leavesFilesThatAreAlreadyThereAlone() throws Exception {
        Path dir = tmp.resolve("sample-corpus");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(SampleCorpus.FILES.get(0)), "edited");

        SampleCorpus.extract(dir);

        assertThat(Files.readString(dir.resolve(SampleCorpus.FILES.get(0)))).isEqualTo("edited");
        assertThat(dir.resolve(SampleCorpus.FILES.get(1))).isRegularFile();
    }
}
