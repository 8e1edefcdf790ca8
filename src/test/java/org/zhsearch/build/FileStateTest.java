package org.zhsearch.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash is the first 128 bits of the SHA-256 of all the file's bytes, whatever the file's size. */
class FileStateTest {
    @TempDir
    Path tmp;

    @Test
    void hashesEmptyShortAndLongerThanOneBufferFilesWhole() throws Exception {
        Random random = new Random(7);
        for (int size : new int[] {0, 1, 290, 64 * 1024, 64 * 1024 + 1, 300_000}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            Path file = Files.write(tmp.resolve("f" + size), bytes);
            assertThat(FileState.sha256(file)).as("size %d", size).isEqualTo(expected(bytes));
        }
    }

    @Test
    void aFileThatCannotBeReadHashesAsEmpty() {
        assertThat(FileState.sha256(tmp.resolve("missing.txt"))).isEmpty();
    }

    private static String expected(byte[] bytes) throws NoSuchAlgorithmException, IOException {
        byte[] whole = MessageDigest.getInstance("SHA-256").digest(bytes);
        return HexFormat.of().formatHex(whole, 0, 16);
    }
}
