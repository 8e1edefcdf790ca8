package org.zhsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LongParagraphsTest {

    @Test
    void shortTextIsOneParagraph() {
        assertThat(LongParagraphs.split("一句话。")).containsExactly("一句话。");
    }

    @Test
    void longTextIsCutAfterSentenceEndsAndNothingIsLost() {
        String sentence = "长江是中国第一大河，全长六千三百多公里。";
        String text = sentence.repeat(2_000); // 40 000 characters
        List<String> pieces = LongParagraphs.split(text);
        assertThat(pieces).hasSizeGreaterThanOrEqualTo(4).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(LongParagraphs.MAX_CHARS);
            assertThat(p).endsWith("。");
        });
        assertThat(String.join("", pieces)).isEqualTo(text);
    }

    @Test
    void textWithoutBreaksIsCutAtTheLimitWithoutSplittingSurrogatePairs() {
        String text = "𠀾".repeat(LongParagraphs.MAX_CHARS); // 20 000 UTF-16 units
        List<String> pieces = LongParagraphs.split(text);
        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces)
                .allSatisfy(
                        p -> assertThat(Character.isLowSurrogate(p.charAt(0))).isFalse());
    }
}
