package org.zhsearch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysFileTest {
    static final String SECRET = "0123456789abcdef-read";

    private static List<AccessKey> parse(String text) {
        return KeysFile.parse(text.getBytes(StandardCharsets.UTF_8), "keys.txt");
    }

    @Test
    void eachLineIsANameAScopeAndASecretAndCommentsAndBlankLinesAreSkipped() {
        List<AccessKey> keys = parse("""
                # the archive's readers
                reader   read  0123456789abcdef-read

                \tpublisher\twrite\t0123456789abcdef-write\r
                ops_1 admin 0123456789abcdef#admin
                """);
        assertThat(keys)
                .containsExactly(
                        new AccessKey("reader", KeyScope.READ, "0123456789abcdef-read"),
                        new AccessKey("publisher", KeyScope.WRITE, "0123456789abcdef-write"),
                        new AccessKey("ops_1", KeyScope.ADMIN, "0123456789abcdef#admin"));
        assertThat(parse("# no keys yet\n\n")).isEmpty();
    }

    @Test
    void scopesNestAdminOverWriteOverRead() {
        assertThat(KeyScope.ADMIN.includes(KeyScope.WRITE)).isTrue();
        assertThat(KeyScope.ADMIN.includes(KeyScope.READ)).isTrue();
        assertThat(KeyScope.WRITE.includes(KeyScope.READ)).isTrue();
        assertThat(KeyScope.WRITE.includes(KeyScope.ADMIN)).isFalse();
        assertThat(KeyScope.READ.includes(KeyScope.WRITE)).isFalse();
        assertThat(KeyScope.READ.includes(KeyScope.READ)).isTrue();
    }

    @Test
    void anUnknownScopeIsRefusedWithItsLine() {
        assertThatThrownBy(() -> parse("reader read " + SECRET + "\nboss root 0123456789abcdef-root\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("keys.txt, line 2")
                .hasMessageContaining("unknown scope")
                .hasMessageContaining("read, write or admin")
                .hasMessageNotContaining("0123456789abcdef");
        assertThatThrownBy(() -> parse("reader READ " + SECRET + "\n")).hasMessageContaining("line 1");
    }

    @Test
    void aDuplicateNameIsRefused() {
        assertThatThrownBy(() -> parse("reader read " + SECRET + "\nreader write 0123456789abcdef-other\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("'reader' is already used on line 1");
    }

    @Test
    void twoKeysWithTheSameSecretAreRefused() {
        assertThatThrownBy(() -> parse("reader read " + SECRET + "\nwriter write " + SECRET + "\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("same secret as line 1")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aShortOrNonAsciiSecretIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> parse("reader read fifteen-chars-x\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("at least 16")
                .hasMessageNotContaining("fifteen-chars-x");
        assertThat(parse("reader read sixteen-chars-ok\n")).hasSize(1);
        assertThatThrownBy(() -> parse("reader read 0123456789abcdef密钥\n")).hasMessageContaining("printable ASCII");
    }

    @Test
    void aLineWithoutExactlyThreeFieldsIsRefused() {
        assertThatThrownBy(() -> parse("reader read\n"))
                .hasMessageContaining("line 1")
                .hasMessageContaining("found 2");
        assertThatThrownBy(() -> parse("reader read " + SECRET + " extra\n"))
                .hasMessageContaining("found 4")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void aBadNameIsRefused() {
        assertThatThrownBy(() -> parse("读者 read " + SECRET + "\n")).hasMessageContaining("the name must be");
        assertThatThrownBy(() -> parse("admin.token admin " + SECRET + "\n")).hasMessageContaining("the name must be");
    }

    @Test
    void aKeyNeverShowsItsSecretWhenPrinted() {
        assertThat(new AccessKey("reader", KeyScope.READ, SECRET).toString())
                .contains("reader", "read")
                .doesNotContain(SECRET);
    }

    @Test
    void aMissingOrNonUtf8FileIsRefused(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> KeysFile.read(dir.resolve("absent.txt")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("does not exist");
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, ("读者 read " + SECRET).getBytes("GBK"));
        assertThatThrownBy(() -> KeysFile.read(gbk)).hasMessageContaining("not valid UTF-8");
    }
}
