package org.zhsearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.api.AnalysisConfig;
import org.zhsearch.index.IndexAnalyzer;
import org.zhsearch.schema.Fields;

/** The analysis chains with and without dictionaries, as values. */
class AnalysisTest {
    @TempDir
    Path tmp;

    /** The analysis the helpers below use; tests replace it with a loaded one. */
    private Analysis analysis = Analysis.builtIn();

    private Analysis load(Path userDict, Path synonyms) {
        analysis = Analysis.load(AnalysisConfig.of(userDict, synonyms));
        return analysis;
    }

    /** "term@position:start-end" for every token. */
    private static List<String> tokens(Analyzer analyzer, String text) {
        return Analysis.tokens(analyzer, Fields.WORDS, text).stream()
                .map(t -> t.term() + "@" + t.position() + ":" + t.start() + "-" + t.end())
                .toList();
    }

    private List<String> words(String text) {
        return UserDictionary.tokens(analysis.words(), text);
    }

    private Path userDict(String... lines) throws IOException {
        return Files.writeString(tmp.resolve("userdict.txt"), String.join("\n", lines) + "\n");
    }

    @Test
    void builtInChainsHaveNoUserWords() throws IOException {
        assertThat(words("习近平总书记指出")).containsExactly("习", "近", "平", "总书记", "指出");
        assertThat(analysis.loaded().userWords()).isZero();
    }

    @Test
    void aUserWordBecomesOneTokenWithConsecutivePositions() throws IOException {
        load(userDict("# comment", "急难愁盼", "新就业群体"), null);

        assertThat(tokens(analysis.words(), "解决群众急难愁盼问题"))
                .containsExactly("解决@0:0-2", "群众@1:2-4", "急难愁盼@2:4-8", "问题@3:8-10");
        assertThat(words("关心新就业群体的权益")).containsExactly("关心", "新就业群体", "的", "权益");
        assertThat(analysis.loaded().userWords()).isEqualTo(2);
    }

    @Test
    void aUserWordIsMergedWhereSmartChineseCutsItDifferentlyInContext() throws IOException {
        // alone 软件包 is one SmartChinese word, but before 的 it comes out as 软件|包
        assertThat(words("软件包的详细文档")).startsWith("软件", "包", "的");
        load(userDict("软件包"), null);
        assertThat(words("软件包的详细文档")).startsWith("软件包", "的");
    }

    @Test
    void traditionalTextIsSegmentedLikeSimplifiedText() throws IOException {
        assertThat(tokens(analysis.words(), "臺灣的經濟發展")).containsExactly("台湾@0:0-2", "的@1:2-3", "经济@2:3-5", "发展@3:5-7");
    }

    @Test
    void userWordsMatchTraditionalText() throws IOException {
        load(userDict("习近平"), null);
        assertThat(tokens(analysis.words(), "習近平總書記")).containsExactly("习近平@0:0-3", "总书记@1:3-6");
    }

    @Test
    void theRecallFieldFoldsTraditionalCharactersToo() throws IOException {
        assertThat(UserDictionary.tokens(analysis.chars(), "習近"))
                .isEqualTo(UserDictionary.tokens(analysis.chars(), "习近"))
                .contains("习近");
    }

    @Test
    void foldingCanBeTurnedOffForMeasurements() throws IOException {
        analysis = Analysis.load(new AnalysisConfig(null, null, null, false));
        assertThat(analysis.foldsTraditional()).isFalse();
        assertThat(analysis.normalize("習近平")).isEqualTo("習近平");
        assertThat(UserDictionary.tokens(analysis.chars(), "習近")).contains("習近");
    }

    @Test
    void userDictionaryLinesMayCarryJiebaFrequencyAndTag() throws IOException {
        load(userDict("网约车 3 n", "外卖骑手\t5"), null);
        assertThat(words("网约车司机和外卖骑手")).containsExactly("网约车", "司机", "和", "外卖骑手");
    }

    @Test
    void linesThatAreNotWordsAreReportedAndSkipped() throws IOException {
        Analysis.Loaded loaded = load(userDict("网约车", "C++", "新就业群体"), null).loaded();
        assertThat(loaded.userWords()).isEqualTo(2);
        assertThat(loaded.problems())
                .containsExactly("userdict.txt line 2: 'C++' skipped — a word is letters and digits only");
    }

    @Test
    void missingFilesMeanNoDictionaries() {
        Analysis.Loaded loaded =
                load(tmp.resolve("none.txt"), tmp.resolve("none-either.txt")).loaded();
        assertThat(loaded.userWords()).isZero();
        assertThat(loaded.synonymRules()).isZero();
        assertThat(analysis.synonymsOf("新冠")).isEmpty();
    }

    @Test
    void loadingTheSameConfigAgainPicksUpAnEditedDictionaryAndLeavesTheOldValueAsItWas() throws IOException {
        Analysis before = load(userDict("急难愁盼"), null);
        assertThat(words("网约车司机")).containsExactly("网", "约", "车", "司机");

        userDict("急难愁盼", "网约车");
        Analysis after = Analysis.load(before.loaded().config());

        assertThat(UserDictionary.tokens(after.words(), "网约车司机")).containsExactly("网约车", "司机");
        assertThat(UserDictionary.tokens(before.words(), "网约车司机")).containsExactly("网", "约", "车", "司机");
    }

    @Test
    void theIndexWritersAnalyzerFollowsTheCurrentValue() throws IOException {
        CurrentAnalysis current = new CurrentAnalysis(Analysis.builtIn());
        Analyzer indexing = IndexAnalyzer.following(current); // built once, for a writer that outlives reloads
        assertThat(UserDictionary.tokens(indexing, "anyOtherTextField", "网约车")).containsExactly("网", "约", "车");
        current.set(load(userDict("网约车"), null));
        assertThat(UserDictionary.tokens(indexing, "anyOtherTextField", "网约车")).containsExactly("网约车");
    }

    @Test
    void aBadSynonymsFileIsRefusedNamingTheFile() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.txt"), "新冠 => 新型冠状病毒 => 新冠病毒\n");
        Path dict = userDict("网约车");

        assertThatThrownBy(() -> load(dict, bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.txt");
    }

    @Test
    void analysisKeepsWorkingWhileDictionariesAreReloaded() throws Exception {
        Path file = userDict("网约车");
        CurrentAnalysis current = new CurrentAnalysis(load(file, null));
        Analyzer indexing = IndexAnalyzer.following(current);
        AtomicBoolean stop = new AtomicBoolean();
        List<Throwable> failures = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                while (!stop.get()) {
                    List<String> t = UserDictionary.tokens(indexing, "anyOtherTextField", "网约车司机");
                    if (!t.equals(List.of("网约车", "司机")) && !t.equals(List.of("网", "约", "车", "司机"))) {
                        throw new AssertionError("mixed chains: " + t);
                    }
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        reader.start();
        for (int i = 0; i < 20; i++) {
            userDict(i % 2 == 0 ? "急难愁盼" : "网约车");
            current.set(Analysis.load(current.get().loaded().config()));
        }
        stop.set(true);
        reader.join();
        assertThat(failures).isEmpty();
    }
}
