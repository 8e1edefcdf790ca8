package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.Token;

/**
 * Pinyin finds and suggests whole words of the index's own cut, on a fixture written for it
 * ({@code suggestion-corpus}: backups, a firewall, software in traditional characters, and text where characters
 * read zhong guo across a word boundary: 一种|过程, 仓库|中|过时).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PinyinWholeWordsTest {
    /** Function words a suggestion of several words must not end in (the test's own list, not the code's). */
    private static final Set<String> FUNCTION_WORDS =
            Set.of("的", "了", "和", "在", "是", "将", "或者", "整个", "并且", "并", "被", "也", "就", "之前", "以后");

    private static final List<String> PREFIXES = List.of(
            // Chinese
            "备份",
            "备",
            "防火",
            "防火墙",
            "配置",
            "文件",
            "网络",
            "安装",
            "系统",
            "用户",
            "恢复",
            "规则",
            // full pinyin
            "beifen",
            "fanghuoqiang",
            "peizhi",
            "wenjian",
            "anzhuang",
            "wangluo",
            "guize",
            "huifu",
            // initials
            "bf",
            "fhq",
            "pz",
            "wj",
            "az",
            "wl",
            "gz",
            "yh",
            // a begun last syllable
            "beif",
            "fanghuoq",
            "peiz",
            "wenj",
            "anzh",
            "wangl",
            // traditional
            "軟體",
            "網路",
            "設定",
            "套件",
            "錯誤");
    private static final List<String> TRADITIONAL = List.of("軟體", "網路", "設定");

    @TempDir
    static Path tmp;

    private ZhSearch zh;
    private final Analysis analysis = Analysis.builtIn();
    private final List<List<String>> paragraphWords = new ArrayList<>(); // each paragraph's cut, normalised

    @BeforeAll
    void build() throws IOException, URISyntaxException {
        Path corpus = Path.of(getClass().getResource("suggestion-corpus").toURI());
        ZhSearch.build(corpus, tmp.resolve("index"), IndexOptions.defaults().withThreads(1), ProgressListener.NONE);
        zh = ZhSearch.open(tmp.resolve("index"));
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f)) {
                    paragraphWords.add(
                            analysis.tokens(line).stream().map(Token::term).toList());
                }
            }
        }
    }

    @AfterAll
    void close() {
        zh.close();
    }

    @Test
    void zhongguoFindsAndMarksOnlyTheWordNeverCharactersAcrossAWordBoundary() {
        List<Hit> hits = zh.search(SearchRequest.of("zhongguo").withMode(SearchMode.EXACT))
                .hits();
        assertThat(hits).extracting(Hit::text).containsExactly("中国的开源社区近年来非常活跃，很多开发者参与翻译文档。");
        assertThat(hits.getFirst().highlight()).isEqualTo("<mark>中国</mark>的开源社区近年来非常活跃，很多开发者参与翻译文档。");
        assertThat(hits.getFirst().match()).isEqualTo(Hit.PINYIN);
    }

    @Test
    void initialsRankTheMostFrequentWordFirstAndMarkWholeWords() {
        List<Hit> hits =
                zh.search(SearchRequest.of("bf").withMode(SearchMode.EXACT)).hits();
        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().highlight()).contains("<mark>备份</mark>");
        assertThat(hits).allSatisfy(h -> assertThat(h.highlight()).doesNotContain("<mark>被复"));
        assertThat(zh.suggest("bf", 8).getFirst()).isEqualTo("备份");
    }

    @Test
    void everySuggestionIsWholeWordsOfTheTextAndNeverRunsIntoAFunctionWord() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String prefix : PREFIXES) {
            List<String> suggestions = zh.suggest(prefix, 8);
            for (String s : suggestions) {
                checked++;
                List<String> words =
                        analysis.tokens(s).stream().map(Token::term).toList();
                if (!isRunOfWordsOfSomeParagraph(analysis.normalize(s))) {
                    problems.add(prefix + " → " + s + " is no run of whole words of the text");
                }
                if (words.size() > 1 && FUNCTION_WORDS.contains(words.getLast())) {
                    problems.add(prefix + " → " + s + " ends in a function word");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(PREFIXES.size()); // most prefixes complete to something
    }

    @Test
    void knownRunOnsAndFragmentsAreGone() {
        assertThat(zh.suggest("防火墙", 8)).doesNotContain("防火墙或者");
        assertThat(zh.suggest("备份", 8)).doesNotContain("备份整个").contains("备份文件");
        assertThat(zh.suggest("beif", 8)).doesNotContain("被复制", "被复").contains("备份");
        assertThat(zh.suggest("fhq", 8)).doesNotContain("不会将").first().isEqualTo("防火墙");
    }

    @Test
    void aTraditionalPrefixGetsTraditionalCompletions() {
        for (String prefix : TRADITIONAL) {
            List<String> suggestions = zh.suggest(prefix, 8);
            assertThat(suggestions).as(prefix).isNotEmpty();
            assertThat(suggestions)
                    .as(prefix)
                    .allSatisfy(
                            s -> assertThat(ZhConverterUtil.toTraditional(s)).isEqualTo(s));
        }
        assertThat(zh.suggest("軟體", 8)).contains("軟體設定", "軟體套件管理").doesNotContain("软体并且", "軟體並且", "軟體無法");
        assertThat(zh.suggest("备份", 8))
                .allSatisfy(s -> assertThat(ZhConverterUtil.toSimple(s)).isEqualTo(s));
    }

    /**
     * Whether {@code normalized} is consecutive whole words of some paragraph's own cut (the cut in context, which
     * may differ from the suggestion cut alone).
     */
    private boolean isRunOfWordsOfSomeParagraph(String normalized) {
        for (List<String> p : paragraphWords) {
            for (int i = 0; i < p.size(); i++) {
                StringBuilder run = new StringBuilder();
                for (int j = i; j < p.size() && run.length() < normalized.length(); j++) {
                    run.append(p.get(j));
                    if (run.toString().equals(normalized)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
