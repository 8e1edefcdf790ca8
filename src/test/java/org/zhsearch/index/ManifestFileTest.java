package org.zhsearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.build.CorpusManifest;

/** The generation's corpus manifest: compressed, read back whole, and a torn file reads as none. */
class ManifestFileTest {
    @TempDir
    Path generation;

    private static CorpusManifest manifest(int files) {
        Map<String, CorpusManifest.FileEntry> entries = new LinkedHashMap<>();
        for (int i = 0; i < files; i++) {
            String path = "诗集/卷" + (i / 100) + "/第" + i + "首.txt";
            String sha = String.format("%064x", (long) i * 2_654_435_761L);
            entries.put(path, new CorpusManifest.FileEntry(100 + i, 1_796_602_599_091L + i, sha, List.of(path)));
        }
        return new CorpusManifest("/srv/诗集", entries);
    }

    @Test
    void theManifestIsWrittenCompressedAndReadBackWhole() throws Exception {
        CorpusManifest written = manifest(2_000);
        ManifestFile.write(generation, written);
        Path file = generation.resolve(ManifestFile.NAME);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0] & 0xff).isEqualTo(0x1f); // the gzip magic number
        assertThat(bytes[1] & 0xff).isEqualTo(0x8b);
        assertThat((long) bytes.length).isLessThan(written.toJson().length / 2L);
        assertThat(ManifestFile.read(generation)).contains(written);
        assertThat(Files.exists(generation.resolve(ManifestFile.NAME + ".tmp"))).isFalse();
    }

    @Test
    void aTornOrOverwrittenManifestReadsAsNoneAndNoFileAsNone() throws Exception {
        assertThat(ManifestFile.read(generation)).isEmpty();
        ManifestFile.write(generation, manifest(500));
        Path file = generation.resolve(ManifestFile.NAME);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // torn in the middle
        assertThat(ManifestFile.read(generation)).isEmpty();
        Files.writeString(file, "{\"root\":\"/srv\""); // not gzip at all
        assertThat(ManifestFile.read(generation)).isEmpty();
    }
}
