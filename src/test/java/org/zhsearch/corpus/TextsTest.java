package org.zhsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextsTest {
    /** What the line split must agree with: CRLF, lone CR and LF, trailing empty lines kept. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    @Test
    void linesSplitOnCrLfLoneCrAndLfAndKeepTheLastEmptyLine() {
        assertThat(Texts.lines("标题\r\n第一段\r第二段\n\n")).containsExactly("标题", "第一段", "第二段", "", "");
        assertThat(Texts.lines("")).containsExactly("");
        assertThat(Texts.lines("\r\r\n\n")).containsExactly("", "", "", "");
    }

    @Test
    void linesAgreeWithTheRegexSplitOnRandomText() {
        Random random = new Random(7);
        String alphabet = "文a \r\n";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Texts.lines(s.toString())).as(s.toString()).containsExactly(LINE_BREAK.split(s, -1));
        }
    }
}
