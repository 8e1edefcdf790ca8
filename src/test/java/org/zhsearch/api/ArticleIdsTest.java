package org.zhsearch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleIdsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "a.txt",
                "news/2024/11/25/keji.txt",
                "随笔/书院.txt",
                "a b/c d.md",
                "x..y/z.txt",
                "feeds/items.jsonl:12",
                "100%.txt",
                "书评/《红楼梦》读后、感想.txt"
            })
    void relativePathsAreAccepted(String id) {
        assertThat(ArticleIds.check(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "..",
                "../x",
                "a/../b",
                "a/..",
                ".",
                "./a",
                "a/./b",
                "/etc/passwd",
                "C:/x",
                "c:x",
                "a\\b",
                "..\\x",
                "a\u0000b",
                "a\nb",
                "a//b",
                "a/",
                "a#b.txt",
                "a?b",
                "evil\u202Etxt.exe",
                "a\u200Bb",
                "．．/etc/passwd",
                "a／b",
                "x．．",
                "a＼b",
                "a∕b",
                "a⁄b",
                "a⧸b",
                "a∖b",
                "a\u2028b",
                "a\u2029b",
                "a﹨b",
                "․․/x",
                "‥/x",
                "a╱b",
                "a⟍b",
                "𝈺x"
            })
    void pathsThatCouldEscapeAreRejected(String id) {
        assertThatThrownBy(() -> ArticleIds.check(id)).isInstanceOf(InvalidRequestException.class);
    }

    @org.junit.jupiter.api.Test
    void overlongIdsAreRejected() {
        assertThatThrownBy(() -> ArticleIds.check("a".repeat(ArticleIds.MAX_LENGTH + 1)))
                .hasMessageContaining("at most " + ArticleIds.MAX_LENGTH);
    }

    @org.junit.jupiter.api.Test
    void theMessageShowsControlCharactersSafely() {
        assertThatThrownBy(() -> ArticleIds.check("a\u0000b")).hasMessageContaining("'a?b'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"笔记/丿部.txt", "丶点.txt", "ノート.txt", "٠١٢.txt"})
    void lettersAndDigitsOnTheConfusablesListStayAllowed(String id) {
        assertThat(ArticleIds.check(id)).isEqualTo(id);
    }

    @org.junit.jupiter.api.Test
    void everySymbolUnicodeConfusesWithDotSlashOrBackslashIsRefused() {
        // the list in ArticleIds, recomputed from Unicode's confusables as ICU's SpoofChecker ships them
        com.ibm.icu.text.SpoofChecker spoof = new com.ibm.icu.text.SpoofChecker.Builder().build();
        java.util.List<String> missed = new java.util.ArrayList<>();
        for (int c = 0x80; c <= Character.MAX_CODE_POINT; c++) {
            if (!Character.isDefined(c)
                    || Character.isLetterOrDigit(c)
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_STROKES) {
                // Chinese characters, radicals and strokes (丿 丶 ⼃ ㇓) are text, allowed like 丿 itself
                continue;
            }
            String skeleton = spoof.getSkeleton(com.ibm.icu.text.SpoofChecker.ANY_CASE, Character.toString(c));
            if (java.util.Set.of(".", "..", "/", "\\").contains(skeleton)
                    && ArticleIds.problem("a" + Character.toString(c) + "b") == null) {
                missed.add(String.format("U+%04X", c));
            }
        }
        assertThat(missed).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theMessageNamesTheLookAlike() {
        assertThatThrownBy(() -> ArticleIds.check("etc∕passwd"))
                .hasMessageContaining("look like '.', '/' or '\\'")
                .hasMessageContaining("U+2215");
    }
}
