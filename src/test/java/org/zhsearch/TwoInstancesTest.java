package org.zhsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.api.AnalysisConfig;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.Token;
import org.zhsearch.api.ZhsearchException;

/** Analysis belongs to an instance: two indexes in one JVM with different dictionaries do not see each other's. */
class TwoInstancesTest {
    @TempDir
    Path tmp;

    private Path configDir(String name, String userWords, String synonyms) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve(ZhSearch.USER_DICT_FILE), userWords);
        Files.writeString(dir.resolve(ZhSearch.SYNONYMS_FILE), synonyms);
        return dir;
    }

    private static List<String> terms(ZhSearch zh, String text) {
        return zh.analyze(text).stream().map(Token::term).toList();
    }

    @Test
    void twoInstancesUseTheirOwnDictionariesAndReloadOnlyTheirOwn() throws IOException {
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        Path a = configDir("a", "网约车\n", "芯片, 集成电路\n");
        Path b = configDir("b", "", "");
        ZhSearch.build(
                corpus, tmp.resolve("index-a"), AnalysisConfig.in(a), IndexOptions.defaults(), ProgressListener.NONE);
        ZhSearch.build(
                corpus, tmp.resolve("index-b"), AnalysisConfig.in(b), IndexOptions.defaults(), ProgressListener.NONE);
        try (ZhSearch withWords = ZhSearch.open(tmp.resolve("index-a"), a);
                ZhSearch plain = ZhSearch.open(tmp.resolve("index-b"), b)) {
            assertThat(terms(withWords, "网约车司机")).containsExactly("网约车", "司机");
            assertThat(terms(plain, "网约车司机")).containsExactly("网", "约", "车", "司机");
            assertThat(withWords.search(SearchRequest.of("集成电路")).total())
                    .as("synonym of 芯片")
                    .isEqualTo(2);
            assertThat(plain.search(SearchRequest.of("集成电路")).total()).isZero();

            // both edit their files; only the instance that reloads sees the change
            Files.writeString(a.resolve(ZhSearch.USER_DICT_FILE), "网约车\n外卖骑手\n");
            Files.writeString(b.resolve(ZhSearch.USER_DICT_FILE), "外卖骑手\n");
            assertThat(withWords.reloadDictionaries().userWords()).isEqualTo(2);
            assertThat(terms(withWords, "外卖骑手")).containsExactly("外卖骑手");
            assertThat(terms(plain, "外卖骑手")).doesNotContain("外卖骑手").contains("骑手");
            assertThat(plain.dictionaries().userWords()).isZero();
            assertThat(ZhSearch.analyze("外卖骑手", AnalysisConfig.builtIn()))
                    .extracting(Token::term)
                    .doesNotContain("外卖骑手");
        }
    }

    @Test
    void aFailedReloadKeepsTheDictionariesInUse() throws IOException {
        Path dir = configDir("c", "网约车\n", "新冠, 新型冠状病毒\n");
        try (ZhSearch zh = ZhSearch.open(tmp.resolve("index"), dir)) {
            Files.writeString(dir.resolve(ZhSearch.SYNONYMS_FILE), "新冠 => 新型冠状病毒 => 新冠病毒\n");
            assertThatThrownBy(zh::reloadDictionaries)
                    .isInstanceOf(ZhsearchException.class)
                    .hasMessageContaining(ZhSearch.SYNONYMS_FILE);
            assertThat(zh.dictionaries().synonymRules()).isEqualTo(1);
            assertThat(terms(zh, "网约车")).containsExactly("网约车");
        }
    }

    @Test
    void analyzeNeedsNoIndex() {
        assertThat(ZhSearch.analyze("推动主题教育走深走实", AnalysisConfig.builtIn())).isNotEmpty();
        assertThat(Files.exists(tmp.resolve("index"))).isFalse();
    }
}
