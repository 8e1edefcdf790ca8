package org.zhsearch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhsearch.api.InvalidRequestException;

class ArticleIdsTest {
    @ParameterizedTest
    @ValueSource(strings = {"a.txt", "news/2024/11/25/keji.txt", "随笔/书院.txt", "a b/c d.md", "x..y/z.txt",
        "feeds/items.jsonl:12", "100%.txt", "书评/《红楼梦》读后、感想.txt"})
    void relativePathsAreAccepted(String id) {
        assertThat(ArticleIds.check(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", "../x", "a/../b", "a/..", ".", "./a", "a/./b", "/etc/passwd", "C:/x", "c:x",
        "a\\b", "..\\x", "a\u0000b", "a\nb", "a//b", "a/", "a#b.txt", "a?b", "evil\u202Etxt.exe", "a\u200Bb",
        "．．/etc/passwd", "a／b", "x．．"})
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
}
