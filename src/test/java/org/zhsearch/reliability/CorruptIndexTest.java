package org.zhsearch.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.ZhsearchException;

/** One flipped 4 KB block in a segment file: the generation is refused, never served with wrong results. */
class CorruptIndexTest {
    @TempDir
    Path tmp;

    private Path corpus(String name, String word, int articles) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (int i = 0; i < articles; i++) {
            StringBuilder text = new StringBuilder("第" + i + "篇\n");
            for (int p = 0; p < 40; p++) {
                text.append("这是第")
                        .append(i)
                        .append("篇文章的第")
                        .append(p)
                        .append("段，讲")
                        .append(word)
                        .append("的故事，内容足够长，让索引文件超过几个磁盘块的大小。\n");
            }
            Files.writeString(dir.resolve("a" + i + ".txt"), text);
        }
        return dir;
    }

    /** Inverts 4 KB in the middle of the generation's largest file. */
    private static String flipABlock(Path generation) throws IOException {
        Path biggest;
        try (var files = Files.list(generation)) {
            biggest = files.filter(p -> !p.getFileName().toString().startsWith("segments"))
                    .max(Comparator.comparingLong(p -> p.toFile().length()))
                    .orElseThrow();
        }
        try (RandomAccessFile f = new RandomAccessFile(biggest.toFile(), "rw")) {
            assertThat(f.length()).isGreaterThan(12_000);
            byte[] block = new byte[4096];
            long at = f.length() / 2;
            f.seek(at);
            f.readFully(block);
            for (int i = 0; i < block.length; i++) {
                block[i] = (byte) ~block[i];
            }
            f.seek(at);
            f.write(block);
        }
        return biggest.getFileName().toString();
    }

    private static Path live(Path home) throws IOException {
        return home.resolve(Files.readString(home.resolve("CURRENT")).strip());
    }

    @Test
    void aCorruptLiveGenerationIsRefusedAndThePreviousOneServed() throws IOException {
        Path home = tmp.resolve("index");
        ZhSearch.build(corpus("old", "山川", 5), home, IndexOptions.defaults(), ProgressListener.NONE);
        ZhSearch.build(corpus("new", "河流", 5), home, IndexOptions.defaults(), ProgressListener.NONE);
        flipABlock(live(home));

        try (ZhSearch zh = ZhSearch.open(home)) {
            assertThat(zh.search(SearchRequest.of("山川")).total())
                    .as("the previous generation")
                    .isEqualTo(200);
            assertThat(zh.search(SearchRequest.of("河流")).total()).isZero();
        }
    }

    @Test
    void withNoIntactGenerationOpeningFailsNamingTheDamagedFile() throws IOException {
        Path home = tmp.resolve("index");
        ZhSearch.build(corpus("only", "山川", 5), home, IndexOptions.defaults(), ProgressListener.NONE);
        String file = flipABlock(live(home));

        assertThatThrownBy(() -> ZhSearch.open(home))
                .isInstanceOf(ZhsearchException.class)
                .hasMessageContaining("is corrupt")
                .hasMessageContaining(file.substring(0, file.indexOf('.')))
                .satisfies(e -> assertThat(((ZhsearchException) e).code()).isEqualTo("index_corrupt"));
    }
}
