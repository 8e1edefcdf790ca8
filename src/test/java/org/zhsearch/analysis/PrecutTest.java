package org.zhsearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrecutTest {
    @Test
    void theOnePassCutIsTheJoinOfTheWordsAtTheirPositions() {
        Analysis analysis = Analysis.builtIn();
        for (String text :
                List.of("银行的重庆分行在命令行里重命名了文件，行不行？", "主题教育走深走实 Python 3.12 和 G20 峰会", "，。", "嗯", "在 乡村 振兴 中，的 了 得")) {
            List<org.zhsearch.api.Token> tokens = analysis.tokens(text);
            List<Analysis.Unit> words = tokens.stream()
                    .map(t -> new Analysis.Unit(t.term(), t.position()))
                    .toList();
            assertThat(analysis.precut(text))
                    .as(text)
                    .isEqualTo(new Analysis.PrecutText(Precut.join(words, 0), analysis.normalize(text)));
        }
    }

    @Test
    void aSkippedPositionBecomesAGapTheAnalyzerDropsKeepingThePositions() {
        List<org.zhsearch.api.Token> read = Analysis.tokens(Precut.analyzer(), "words", "备份 " + Precut.GAP + " 文件");
        assertThat(read).extracting(org.zhsearch.api.Token::term).containsExactly("备份", "文件");
        assertThat(read).extracting(org.zhsearch.api.Token::position).containsExactly(0, 2);
    }
}
