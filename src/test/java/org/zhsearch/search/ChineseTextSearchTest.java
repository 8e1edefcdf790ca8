package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.AnalysisConfig;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.api.Token;
import org.zhsearch.api.ZhsearchException;

/** User dictionary, synonyms and traditional/simplified folding, end to end through an index. */
class ChineseTextSearchTest {
    static final String NEWS = """
            发布时间:2024-06-01 08:00:00 来源: sp20240601
            民生实事
            各地着力解决群众急难愁盼问题，关心新就业群体的权益保障。
            网约车司机和外卖骑手都属于新就业群体。
            新型冠状病毒疫苗接种工作有序推进。
            新冠疫苗加强针开始接种。
            习近平总书记指出，要推动高质量发展。
            """;
    static final String TAIWAN = """
            發布時間:2024-07-05 10:20:00 來源: sp20240705
            兩岸交流
            習近平在會見時指出，兩岸同胞要加強交流。
            臺北的傳統市場經過整修後煥然一新。
            """;

    @TempDir
    static Path tmp;

    static Path config;
    static ZhSearch zh;

    @BeforeAll
    static void buildIndex() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("news.txt"), NEWS);
        Files.writeString(corpus.resolve("taiwan.txt"), TAIWAN);
        config = Files.createDirectories(tmp.resolve("config"));
        writeUserDict("急难愁盼", "新就业群体", "习近平");
        Files.writeString(config.resolve(ZhSearch.SYNONYMS_FILE), "新冠, 新型冠状病毒\n");

        // built with the user words, so the ranking field has them
        ZhSearch.build(
                corpus,
                tmp.resolve("index"),
                AnalysisConfig.in(config),
                IndexOptions.defaults(),
                ProgressListener.NONE);
        zh = ZhSearch.open(tmp.resolve("index"), config);
    }

    @AfterAll
    static void close() {
        zh.close();
    }

    private static void writeUserDict(String... words) throws IOException {
        Files.writeString(config.resolve(ZhSearch.USER_DICT_FILE), String.join("\n", words) + "\n");
    }

    private static SearchResult search(String q) {
        return zh.search(SearchRequest.of(q).withLimit(100));
    }

    private static List<String> highlights(SearchResult r) {
        return r.hits().stream().map(Hit::highlight).toList();
    }

    @Test
    void aUserWordIsOneTokenInAnalyze() {
        List<Token> tokens = zh.analyze("解决群众急难愁盼问题");
        assertThat(tokens).extracting(Token::term).containsExactly("解决", "群众", "急难愁盼", "问题");
        assertThat(tokens.get(2)).isEqualTo(new Token("急难愁盼", 4, 8, 2));
    }

    @Test
    void userWordsKeepSearchPhrasesAndHighlightingWorking() {
        assertThat(highlights(search("急难愁盼"))).containsExactly("各地着力解决群众<mark>急难愁盼</mark>问题，关心新就业群体的权益保障。");
        assertThat(search("\"群众 急难愁盼 问题\"").total()).isEqualTo(1);
        assertThat(search("新就业群体").total()).isEqualTo(2);
    }

    @Test
    void partsOfAUserWordAreStillFound() {
        // the dictionary changes the ranking field only; recall is exact substrings as always
        assertThat(highlights(search("难愁"))).containsExactly("各地着力解决群众急<mark>难愁</mark>盼问题，关心新就业群体的权益保障。");
        assertThat(search("就业群").total()).isEqualTo(2);
    }

    @Test
    void aSynonymFindsTheOtherFormAndMarksWhicheverOccurs() {
        SearchResult r = search("新冠");
        assertThat(r.total()).isEqualTo(2);
        assertThat(highlights(r))
                .containsExactlyInAnyOrder("<mark>新型冠状病毒</mark>疫苗接种工作有序推进。", "<mark>新冠</mark>疫苗加强针开始接种。");
        assertThat(search("新型冠状病毒").total()).isEqualTo(2);
    }

    @Test
    void aSynonymQueryIsExactlyTheOrOfBothForms() {
        assertThat(ids(search("新冠疫苗"))).isEqualTo(ids(search("新冠疫苗 OR 新型冠状病毒疫苗")));
        assertThat(search("接种 -新冠").total()).isZero();
    }

    @Test
    void aTraditionalQueryFindsSimplifiedTextAndTheReverse() {
        assertThat(ids(search("習近平"))).isEqualTo(ids(search("习近平"))).hasSize(2);
        assertThat(search("台北 传统市场").total()).isEqualTo(1);
        assertThat(search("網約車司機").total()).isEqualTo(1);
    }

    @Test
    void highlightsMarkTraditionalTextAsItAppears() {
        assertThat(highlights(search("习近平 指出")))
                .contains(
                        "<mark>習近平</mark>在會見時<mark>指出</mark>，兩岸同胞要加強交流。",
                        "<mark>习近平</mark>总书记<mark>指出</mark>，要推动高质量发展。");
        assertThat(highlights(search("传统市场"))).containsExactly("臺北的<mark>傳統市場</mark>經過整修後煥然一新。");
    }

    @Test
    void traditionalTextIsAnalysedIntoSimplifiedWordsWithOriginalOffsets() {
        assertThat(zh.analyze("習近平在會見時指出")).extracting(Token::term).containsExactly("习近平", "在", "会见", "时", "指出");
        assertThat(zh.analyze("臺北的傳統市場").get(2)).isEqualTo(new Token("传统", 3, 5, 2));
    }

    @Test
    void dictionariesReloadWithoutRestart() throws IOException {
        try {
            assertThat(zh.analyze("网约车司机")).extracting(Token::term).containsExactly("网", "约", "车", "司机");
            writeUserDict("急难愁盼", "新就业群体", "习近平", "网约车");

            ZhSearch.Dictionaries loaded = zh.reloadDictionaries();

            assertThat(loaded.userWords()).isEqualTo(4);
            assertThat(zh.analyze("网约车司机")).extracting(Token::term).containsExactly("网约车", "司机");
            assertThat(search("网约车").total()).isEqualTo(1); // recall never depended on the dictionary
        } finally {
            writeUserDict("急难愁盼", "新就业群体", "习近平");
            zh.reloadDictionaries();
        }
    }

    @Test
    void aBrokenSynonymsFileIsReportedAndTheOldOneStaysInUse() throws IOException {
        Path synonyms = config.resolve(ZhSearch.SYNONYMS_FILE);
        try {
            Files.writeString(synonyms, "新冠 => 新型冠状病毒 => 新冠病毒\n");
            assertThatThrownBy(zh::reloadDictionaries)
                    .isInstanceOf(ZhsearchException.class)
                    .hasMessageContaining(ZhSearch.SYNONYMS_FILE)
                    .satisfies(e -> assertThat(((ZhsearchException) e).code()).isEqualTo("invalid_dictionary"));
            assertThat(search("新冠").total()).isEqualTo(2);
        } finally {
            Files.writeString(synonyms, "新冠, 新型冠状病毒\n");
            zh.reloadDictionaries();
        }
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(Hit::id).sorted().toList();
    }
}
