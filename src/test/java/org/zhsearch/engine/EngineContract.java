package org.zhsearch.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.TestCorpus;
import org.zhsearch.ZhSearch;
import org.zhsearch.analysis.NormalizedText;
import org.zhsearch.api.Article;
import org.zhsearch.api.Facet;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.InvalidQueryException;
import org.zhsearch.api.InvalidRequestException;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.PutResult;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.api.SearchSort;
import org.zhsearch.config.ZhsearchConfig;

/**
 * What every engine must do, checked through the facade: exact recall, exact totals, paging, filters, grouping,
 * highlighting, bad queries, live writes and a rebuild while searching. An engine plugs in by extending this
 * class and saying how to configure it ({@link #config}); the embedded engine is {@code EmbeddedEngineContractTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EngineContract {
    private static final long SEED = 20261202L;

    @TempDir
    static Path tmp;

    private Path corpus;
    private ZhSearch zh;
    /** Paragraph id ({@code articleId#n}) → text, read from the corpus through the engine once it is built. */
    private final Map<String, String> paragraphs = new LinkedHashMap<>();

    private final Map<String, Article> articles = new HashMap<>();

    /** The configuration that opens this engine on a fresh, empty index under {@code dir}. */
    protected abstract ZhsearchConfig config(Path dir);

    /** A configuration of this engine on another fresh index (under {@code dir}), declaring {@code fields}. */
    protected ZhsearchConfig declaredConfig(Path dir, org.zhsearch.api.DeclaredFields fields) {
        return DeclaredFixture.withFields(config(dir), fields);
    }

    /** Declared fields: filters, ranges, facets, sorts, writes, bad input and type changes ({@link DeclaredFieldsContract}). */
    @Test
    void declaredFields() throws Exception {
        DeclaredFieldsContract.run(
                fields -> declaredConfig(tmp.resolve("declared-index"), fields), tmp.resolve("declared"));
    }

    /** An update after added, changed and removed files equals a full rebuild, API writes kept ({@link SyncContract}). */
    @Test
    void corpusUpdate() throws Exception {
        SyncContract.run(
                name -> declaredConfig(tmp.resolve(name), org.zhsearch.api.DeclaredFields.NONE), tmp.resolve("sync"));
    }

    /** Range buckets on declared date and number facets ({@link DeclaredRangesContract}). */
    @Test
    void declaredRanges() throws Exception {
        DeclaredRangesContract.run(
                fields -> declaredConfig(tmp.resolve("ranges-index"), fields), tmp.resolve("ranges"));
    }

    /** Regional vocabulary, on and off, each on a fresh index of its own ({@link VariantsContract}). */
    @Test
    void regionalVariantsFindTheOtherRegionsWordAndTheSwitchTurnsThemOff() throws Exception {
        VariantsContract.run(on -> VariantsContract.withVariants(
                declaredConfig(tmp.resolve(on ? "variants-on" : "variants-off"), org.zhsearch.api.DeclaredFields.NONE),
                on));
    }

    @BeforeAll
    void buildTheCorpus() throws IOException {
        corpus = TestCorpus.write(tmp.resolve("corpus"));
        zh = ZhSearch.open(config(tmp.resolve("index")));
        zh.rebuild(corpus, IndexOptions.defaults(), ProgressListener.NONE);
        for (String id : List.of("news/jiaoyu.txt", "news/keji.txt", "news/xiangcun.txt")) {
            Article a = zh.article(id).orElseThrow();
            articles.put(id, a);
            a.paragraphs().forEach(p -> paragraphs.put(id + "#" + p.n(), p.text()));
        }
    }

    @AfterAll
    void close() {
        zh.close();
    }

    private static String norm(String s) {
        return NormalizedText.normalize(s, true);
    }

    private Set<String> containing(String span) {
        Set<String> out = new HashSet<>();
        paragraphs.forEach((id, text) -> {
            if (norm(text).contains(norm(span))) {
                out.add(id);
            }
        });
        return out;
    }

    private SearchResult exact(String query) {
        return zh.search(
                SearchRequest.of(query).withLimit(SearchRequest.MAX_LIMIT).withMode(SearchMode.EXACT));
    }

    private static Set<String> ids(SearchResult r) {
        Set<String> out = new HashSet<>();
        r.hits().forEach(h -> out.add(h.id()));
        return out;
    }

    @Test
    void everyChineseSpanFindsExactlyTheParagraphsContainingItWithAnExactTotal() {
        Random random = new Random(SEED);
        List<String> texts = new ArrayList<>(paragraphs.values());
        int checked = 0;
        for (int attempt = 0; attempt < 2000 && checked < 150; attempt++) {
            String text = texts.get(random.nextInt(texts.size()));
            int length = 1 + random.nextInt(5);
            if (text.length() < length) {
                continue;
            }
            int at = random.nextInt(text.length() - length + 1);
            String span = text.substring(at, at + length);
            if (!span.codePoints().allMatch(Character::isIdeographic)) {
                continue;
            }
            Set<String> expected = containing(span);
            SearchResult r = exact(span);
            assertThat(r.total()).as("total for %s", span).isEqualTo(expected.size());
            assertThat(ids(r)).as("hits for %s", span).isEqualTo(expected);
            checked++;
        }
        assertThat(checked).isEqualTo(150);
    }

    @Test
    void wordsAcrossPunctuationOrWordBoundariesMatchAsSubstringsOnly() {
        assertThat(exact("甲乙").total()).isZero(); // 甲，乙 has a comma between
        assertThat(ids(exact("华人"))).isEqualTo(containing("华人")).hasSize(2); // 海外华人 and 中华人民共和国
        assertThat(ids(exact("g20"))).isEqualTo(containing("Ｇ２０")).hasSize(1);
        assertThat(exact("Pyth").total()).as("a Latin word matches whole").isZero();
        assertThat(exact("python").total()).isEqualTo(1);
    }

    @Test
    void aLoneCharacterBesideLatinWordsMatchesAsASubstring() {
        // 在Ｇ２０峰会上 and Python编程: a lone character last is every term that begins with it, before a word it
        // ends its run, before a character it is not adjacent to in the query either term
        for (String q : List.of("g20峰", "在g20", "在g20峰", "python编", "参加python", "加python编", "在 g20峰会")) {
            assertThat(ids(exact(q)))
                    .as(q)
                    .isEqualTo(containing(q.replace(" ", "")))
                    .hasSize(1);
            assertThat(exact(q).total()).as(q).isEqualTo(1);
        }
        assertThat(exact("g20会").total()).as("not adjacent in the text").isZero();
        assertThat(exact("峰g20").total()).isZero();
        assertThat(ids(exact("\"数 字\"")))
                .as("a quoted phrase")
                .isEqualTo(containing("数字"))
                .isNotEmpty();
    }

    @Test
    void pagesFollowOneOrderWithoutGapsOrDuplicates() {
        SearchRequest all = SearchRequest.of("的 OR 了 OR 在 OR 和")
                .withLimit(SearchRequest.MAX_LIMIT)
                .withMode(SearchMode.EXACT);
        SearchResult whole = zh.search(all);
        assertThat(whole.total()).isGreaterThan(5);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < whole.total(); offset += 2) {
            SearchResult page = zh.search(all.withLimit(2).withOffset(offset));
            assertThat(page.total()).isEqualTo(whole.total());
            page.hits().forEach(h -> paged.add(h.id()));
        }
        assertThat(paged).isEqualTo(whole.hits().stream().map(Hit::id).toList());
        List<Float> scores = whole.hits().stream().map(Hit::score).toList();
        assertThat(scores).allSatisfy(score -> assertThat(score).isPositive().isFinite());
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(zh.search(all.withOffset((int) whole.total())).hits()).isEmpty();
    }

    @Test
    void equalScoresAreOrderedByArticleIdThenParagraph() {
        // one word in a heading of each article would score alike; ties must not depend on indexing order
        SearchResult r = exact("的");
        for (int i = 1; i < r.hits().size(); i++) {
            Hit a = r.hits().get(i - 1);
            Hit b = r.hits().get(i);
            if (a.score() == b.score()) {
                assertThat(a.articleId().compareTo(b.articleId()) < 0
                                || a.articleId().equals(b.articleId()) && a.paragraph() < b.paragraph())
                        .as("%s before %s", a.id(), b.id())
                        .isTrue();
            }
        }
    }

    @Test
    void sortingByDateOrdersTheHitsAndKeepsTheTotal() {
        SearchRequest q = SearchRequest.of("的 OR 了 OR 在 OR 和")
                .withLimit(SearchRequest.MAX_LIMIT)
                .withMode(SearchMode.EXACT);
        SearchResult byRelevance = zh.search(q);
        for (SearchSort sort : List.of(SearchSort.DATE, SearchSort.DATE_DESC)) {
            SearchResult sorted = zh.search(q.withSort(sort));
            assertThat(sorted.total()).isEqualTo(byRelevance.total());
            assertThat(ids(sorted)).isEqualTo(ids(byRelevance));
            List<String> days = sorted.hits().stream()
                    .map(h -> h.date() == null ? null : h.date().substring(0, 10))
                    .toList();
            List<String> dated =
                    days.stream().filter(java.util.Objects::nonNull).toList();
            assertThat(days.subList(0, dated.size()))
                    .as("undated paragraphs come last")
                    .isEqualTo(dated);
            assertThat(dated)
                    .isSortedAccordingTo(
                            sort == SearchSort.DATE
                                    ? java.util.Comparator.naturalOrder()
                                    : java.util.Comparator.reverseOrder());
            assertThat(dated.stream().distinct().count()).isGreaterThan(1);
        }
    }

    @Test
    void twoArticlesOnOneDaySortByTimeOfDay() {
        // the same text (equal scores), ids against the times: a day-only sort breaks the tie by id and gets it wrong
        String text = "契约排序：码头的渡轮按时刻开出。";
        List<Article> written = List.of(
                new Article(
                        "api/sort-a.txt",
                        "十点",
                        "2024-11-25T10:00:00",
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(new Paragraph(1, null, text))),
                new Article(
                        "api/sort-b.txt",
                        "九点",
                        "2024-11-25T09:00:00",
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(new Paragraph(1, null, text))));
        SearchRequest q = SearchRequest.of("渡轮按时刻").withMode(SearchMode.EXACT);
        try {
            written.forEach(zh::put);
            assertThat(zh.search(q.withSort(SearchSort.DATE)).hits())
                    .extracting(Hit::articleId)
                    .containsExactly("api/sort-b.txt", "api/sort-a.txt");
            assertThat(zh.search(q.withSort(SearchSort.DATE_DESC)).hits())
                    .extracting(Hit::articleId)
                    .containsExactly("api/sort-a.txt", "api/sort-b.txt");
        } finally {
            written.forEach(a -> zh.delete(a.id()));
        }
    }

    @Test
    void dateAndSourceFiltersRestrictHitsAndTotals() {
        SearchRequest q =
                SearchRequest.of("的").withLimit(SearchRequest.MAX_LIMIT).withMode(SearchMode.EXACT);
        SearchResult in2024 = zh.search(q.withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        Set<String> expected = new HashSet<>();
        containing("的").stream().filter(id -> !id.startsWith("news/jiaoyu.txt")).forEach(expected::add);
        assertThat(ids(in2024)).isEqualTo(expected);
        assertThat(in2024.total()).isEqualTo(expected.size());

        SearchResult bySource = zh.search(q.withSource("sp20240301"));
        assertThat(bySource.hits())
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.articleId()).isEqualTo("news/xiangcun.txt"));
        assertThat(bySource.total())
                .isEqualTo(containing("的").stream()
                        .filter(id -> id.startsWith("news/xiangcun"))
                        .count());
        assertThat(zh.search(q.withSource("no such source")).total()).isZero();
    }

    @Test
    void groupingGivesOneHitPerArticleWithItsMatchingParagraphs() {
        SearchRequest q =
                SearchRequest.of("的").withLimit(SearchRequest.MAX_LIMIT).withMode(SearchMode.EXACT);
        SearchResult grouped = zh.search(q.withGroup(Grouping.ARTICLE));
        Map<String, Integer> perArticle = new HashMap<>();
        containing("的").forEach(id -> perArticle.merge(id.substring(0, id.indexOf('#')), 1, Integer::sum));
        assertThat(grouped.total()).isEqualTo(perArticle.size());
        assertThat(grouped.hits())
                .hasSize(perArticle.size())
                .allSatisfy(h -> assertThat(h.matchingParagraphs()).isEqualTo(perArticle.get(h.articleId())));
    }

    @Test
    void highlightsMarkTheMatchedTextAsItIsWritten() {
        SearchResult r = exact("g20");
        assertThat(r.hits().getFirst().highlight()).contains("<mark>Ｇ２０</mark>");
        SearchResult both = exact("主题教育 -峰会");
        assertThat(both.hits())
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.highlight()).contains("<mark>主题教育</mark>"));
    }

    @Test
    void pinyinFindsTheParagraphsWhoseWordsItSpellsAndMarksTheirCharacters() {
        Map<String, String> typed = Map.of(
                "rengongzhineng",
                "人工智能",
                "rgzn",
                "人工智能",
                "rengongzhin",
                "人工智能",
                "xiangcun zhenxing",
                "乡村振兴",
                "xczx",
                "乡村振兴",
                "ztjy",
                "主题教育",
                "damoxing",
                "大模型",
                "xinp",
                "芯片");
        typed.forEach((letters, word) -> {
            SearchResult r = exact(letters);
            assertThat(ids(r)).as("hits for %s", letters).containsAll(containing(word));
            assertThat(r.total()).as("total for %s", letters).isEqualTo(r.hits().size());
            assertThat(r.hits()).allSatisfy(h -> assertThat(h.match()).isEqualTo(Hit.PINYIN));
            r.hits().stream()
                    .filter(h -> norm(h.text()).contains(word))
                    .forEach(h -> assertThat(h.highlight())
                            .as("highlight for %s", letters)
                            .contains("<mark>" + word + "</mark>"));
        });
        assertThat(exact("xiangcunzhenxing").hits())
                .allSatisfy(h -> assertThat(h.text()).contains("乡村振兴"));
        assertThat(exact("damuxing").total()).as("模 reads mo in 模型, not mu").isZero();
    }

    @Test
    void aLatinWordInTheTextKeepsMatchingOnlyAsItself() {
        SearchResult python = exact("python");
        assertThat(python.total()).isEqualTo(1);
        assertThat(python.hits().getFirst().match()).isEqualTo(Hit.EXACT);
        assertThat(exact("主题教育").hits()).allSatisfy(h -> assertThat(h.match()).isEqualTo(Hit.EXACT));
        assertThat(exact("ipt").total())
                .as("not pinyin, not a word of the text")
                .isZero();
    }

    @Test
    void aShortLatinWordOfTheTextAlsoReadsAsInitialsRankedAfterIt() {
        Article article = new Article(
                "api/cd.txt",
                "目录与长度",
                null,
                null,
                null,
                null,
                List.of(),
                List.of(
                        new Paragraph(1, null, "进入目录时，在终端里输入 cd 命令，然后回车。"),
                        new Paragraph(2, null, "这一段只讲文件的长度，篇幅较长，说明得也比较详细，但是没有那两个字母。")));
        zh.put(article);
        try {
            SearchResult r = exact("cd");
            assertThat(ids(r)).contains("api/cd.txt#1", "api/cd.txt#2");
            assertThat(r.hits().getFirst().match()).isEqualTo(Hit.EXACT);
            int lastLiteral = 0;
            int firstPinyin = r.hits().size();
            for (int i = 0; i < r.hits().size(); i++) {
                if (r.hits().get(i).match().equals(Hit.EXACT)) {
                    lastLiteral = i;
                } else {
                    firstPinyin = Math.min(firstPinyin, i);
                }
            }
            assertThat(lastLiteral)
                    .as("every literal cd before every pinyin match")
                    .isLessThan(firstPinyin);
            Hit length = r.hits().stream()
                    .filter(h -> h.id().equals("api/cd.txt#2"))
                    .findFirst()
                    .orElseThrow();
            assertThat(length.match()).isEqualTo(Hit.PINYIN);
            assertThat(length.highlight()).contains("<mark>长度</mark>");
        } finally {
            zh.delete("api/cd.txt");
        }
    }

    @Test
    void titleSuggestionsRankByArticlesNotParagraphs() {
        // 冰雕乙 has more paragraphs (and sorts first alphabetically), 冰雕甲 more articles: articles decide
        List<Paragraph> many =
                List.of(new Paragraph(1, null, "第一段。"), new Paragraph(2, null, "第二段。"), new Paragraph(3, null, "第三段。"));
        List<Article> written = List.of(
                new Article("api/ice-1.txt", "冰雕甲", null, null, null, null, List.of(), many.subList(0, 1)),
                new Article("api/ice-2.txt", "冰雕甲", null, null, null, null, List.of(), many.subList(0, 1)),
                new Article("api/ice-3.txt", "冰雕乙", null, null, null, null, List.of(), many));
        written.forEach(zh::put);
        try {
            List<String> suggestions = zh.suggest("冰雕", 20);
            assertThat(suggestions).contains("冰雕甲", "冰雕乙");
            assertThat(suggestions.indexOf("冰雕甲")).isLessThan(suggestions.indexOf("冰雕乙"));
        } finally {
            written.forEach(a -> zh.delete(a.id()));
        }
    }

    @Test
    void pinyinFollowsLiveWrites() {
        Article article = new Article(
                "api/pinyin.txt",
                "备份说明",
                null,
                null,
                null,
                null,
                List.of(),
                List.of(new Paragraph(1, null, "每周备份一次配置文件，重命名旧的备份。")));
        zh.put(article);
        try {
            assertThat(ids(exact("beifen"))).contains("api/pinyin.txt#1");
            assertThat(ids(exact("bf"))).contains("api/pinyin.txt#1");
            assertThat(ids(exact("chongmingming"))).containsExactly("api/pinyin.txt#1");
            assertThat(exact("beifen").hits().getFirst().highlight()).contains("<mark>备份</mark>");
        } finally {
            zh.delete("api/pinyin.txt");
        }
        assertThat(ids(exact("chongmingming"))).isEmpty();
    }

    @Test
    void pinyinMatchesWholeWordsOnlyNeverCharactersAcrossAWordBoundary() {
        Article article = new Article(
                "api/zhongguo.txt",
                "开源社区",
                null,
                null,
                null,
                null,
                List.of(),
                List.of(new Paragraph(1, null, "这是一种过程管理的方法，适合小团队。"), new Paragraph(2, null, "中国的开源社区近年来非常活跃。")));
        zh.put(article);
        try {
            SearchResult r = exact("zhongguo");
            assertThat(ids(r)).contains("api/zhongguo.txt#2").doesNotContain("api/zhongguo.txt#1");
            assertThat(r.hits()).allSatisfy(h -> assertThat(h.highlight()).doesNotContain("种过"));
            assertThat(r.hits().stream().filter(h -> h.id().equals("api/zhongguo.txt#2")))
                    .singleElement()
                    .satisfies(h -> assertThat(h.highlight()).startsWith("<mark>中国</mark>的"));
        } finally {
            zh.delete("api/zhongguo.txt");
        }
    }

    @Test
    void suggestionsAreWholeWordsOfTheTextOrTitlesNeverFragments() {
        for (String prefix :
                List.of("人", "人工", "能", "智", "芯", "特色", "乡村", "中华", "rgzn", "rengongz", "xinp", "ztjy", "dmx", "ts")) {
            List<String> suggestions = zh.suggest(prefix, 20);
            for (String s : suggestions) {
                boolean title = articles.values().stream().anyMatch(a -> s.equals(a.title()))
                        || paragraphs.values().stream().anyMatch(s::equals);
                assertThat(title || isWholeWordsOfSomeParagraph(s))
                        .as("%s suggests %s", prefix, s)
                        .isTrue();
            }
        }
        assertThat(zh.suggest("人工", 5).getFirst()).as("the most frequent first").isEqualTo("人工智能");
        assertThat(zh.suggest("能", 20))
                .as("能 only ever occurs inside words here (智能, 功能…)")
                .isEmpty();
    }

    @Test
    void pinyinAndInitialsSuggestTheWordsTheySpell() {
        assertThat(zh.suggest("rgzn", 8)).contains("人工智能");
        assertThat(zh.suggest("rengongz", 8)).contains("人工智能");
        assertThat(zh.suggest("xinp", 8)).contains("芯片");
        assertThat(zh.suggest("xp", 8)).contains("芯片");
        assertThat(zh.suggest("ztjy", 8)).contains("主题教育");
        assertThat(zh.suggest("rengongzhin", 8)).as("a title it begins").contains("人工智能助力产业升级");
        assertThat(zh.suggest("xczx", 8)).contains("乡村振兴", "乡村振兴开新局");
        assertThat(zh.suggest("ipt", 8))
                .as("neither pinyin nor a word of the text")
                .isEmpty();
    }

    /** Whether {@code s} is a run of whole SmartChinese words in some paragraph (starts and ends on boundaries). */
    private boolean isWholeWordsOfSomeParagraph(String s) {
        for (String text : paragraphs.values()) {
            List<org.zhsearch.api.Token> words = zh.analyze(text);
            for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
                int start = at;
                int end = at + s.length();
                if (words.stream().anyMatch(w -> w.start() == start)
                        && words.stream().anyMatch(w -> w.end() == end)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void badQueriesAndParametersAreRefusedWithAMessage() {
        assertThatThrownBy(() -> zh.search(SearchRequest.of("，。").withStrictSyntax(true)))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("no letters, digits or Chinese characters");
        assertThatThrownBy(() -> zh.search(SearchRequest.of("   "))).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> zh.search(SearchRequest.of("\"未闭合").withStrictSyntax(true)))
                .isInstanceOf(InvalidQueryException.class);
        // forgiving (the default): searched as the literal words, and the result says so
        SearchResult forgiven = zh.search(SearchRequest.of("\"人工智能 ("));
        assertThat(forgiven.notice())
                .isEqualTo(new SearchResult.Notice(forgiven.notice().problem(), "人工智能"));
        assertThat(forgiven.notice().problem()).contains("unbalanced quotes");
        assertThat(forgiven.total())
                .isEqualTo(zh.search(SearchRequest.of("人工智能")).total())
                .isPositive();
        SearchResult onlySymbols = zh.search(SearchRequest.of("，。"));
        assertThat(onlySymbols.total()).isZero();
        assertThat(onlySymbols.notice().searched()).isEmpty();
        assertThat(onlySymbols.notice().problem()).contains("no letters, digits or Chinese characters");
        assertThatThrownBy(() -> SearchRequest.of("教".repeat(257)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("256");
        assertThatThrownBy(() -> SearchRequest.of("教育").withOffset(SearchRequest.MAX_OFFSET + 1))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void writesAreSearchableAtOnceAndReportCreatedOrReplaced() {
        Article first = new Article(
                "api/contract.txt",
                "接口文章",
                null,
                null,
                null,
                null,
                List.of(),
                List.of(new Paragraph(1, null, "契约测试的独有词语甲。")));
        assertThat(zh.put(first)).isTrue();
        assertThat(exact("独有词语甲").total()).isEqualTo(1);

        Article second = new Article(
                "api/contract.txt",
                "接口文章",
                null,
                null,
                null,
                null,
                List.of(),
                List.of(new Paragraph(1, null, "契约测试的独有词语乙。")));
        assertThat(zh.put(second)).isFalse();
        assertThat(exact("独有词语甲").total()).isZero();
        assertThat(exact("独有词语乙").total()).isEqualTo(1);
        assertThat(zh.article("api/contract.txt")
                        .orElseThrow()
                        .paragraphs()
                        .getFirst()
                        .text())
                .isEqualTo("契约测试的独有词语乙。");

        assertThat(zh.delete("api/contract.txt")).isTrue();
        assertThat(exact("独有词语乙").total()).isZero();
        assertThat(zh.delete("api/contract.txt")).isFalse();
        assertThat(zh.article("api/contract.txt")).isEmpty();
    }

    /** The page of the source document, on hits and articles, through puts, batches and a rebuild ({@link SourcePagesContract}). */
    @Test
    void sourcePagesComeBackOnHitsAndArticles() {
        SourcePagesContract.run(zh, corpus);
    }

    @Test
    void aBatchWritesEachArticleWholeReportsEachAndSurvivesARebuild() {
        List<Article> batch = List.of(
                ZhSearch.articleFromJson(null, """
                        {"id": "bulk/one.json", "title": "批一", "paragraphs": ["批量契约的独有词丙。", "第二段：独有词丁。"]}"""),
                ZhSearch.articleFromJson(null, """
                        {"id": "bulk/twice.json", "paragraphs": ["先写的版本：独有词戊。"]}"""),
                ZhSearch.articleFromJson(null, """
                        {"id": "bulk/../escape.json", "paragraphs": ["越界的独有词庚。"]}"""),
                ZhSearch.articleFromJson(null, """
                        {"id": "bulk/twice.json", "paragraphs": ["后写的版本：独有词己。"]}"""));
        try {
            List<PutResult> results = zh.putAll(batch);
            assertThat(results)
                    .extracting(PutResult::id, PutResult::status)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("bulk/one.json", PutResult.Status.CREATED),
                            org.assertj.core.groups.Tuple.tuple("bulk/twice.json", PutResult.Status.CREATED),
                            org.assertj.core.groups.Tuple.tuple("bulk/../escape.json", PutResult.Status.ERROR),
                            org.assertj.core.groups.Tuple.tuple("bulk/twice.json", PutResult.Status.REPLACED));
            assertThat(results.get(2).message()).contains("..");
            // searchable on return, each article whole: both paragraphs of one, only the last version of twice
            assertThat(exact("独有词丙").total()).isEqualTo(1);
            assertThat(exact("独有词丁").total()).isEqualTo(1);
            assertThat(exact("独有词戊").total()).isZero();
            assertThat(exact("独有词己").total()).isEqualTo(1);
            assertThat(exact("独有词庚").total()).isZero();

            assertThat(zh.putAll(List.of(batch.get(0))))
                    .extracting(PutResult::status)
                    .containsExactly(PutResult.Status.REPLACED);
            zh.rebuild(corpus, IndexOptions.defaults().withForce(true), ProgressListener.NONE);
            assertThat(zh.article("bulk/one.json").orElseThrow().paragraphs()).hasSize(2);
            assertThat(exact("独有词己").total()).as("replayed by the rebuild").isEqualTo(1);
            assertThat(exact("独有词戊").total()).isZero();
            assertThat(exact("独有词庚").total()).isZero();
        } finally {
            zh.delete("bulk/one.json");
            zh.delete("bulk/twice.json");
        }
        assertThat(exact("独有词丙").total()).isZero();
    }

    @Test
    void searchesKeepAnsweringTheSameWhileTheCorpusIsRebuilt() throws Exception {
        long expected = exact("人工智能").total();
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Long> totals = new ArrayList<>();
        Thread searcher = new Thread(() -> {
            try {
                while (!done.get()) {
                    long total = exact("人工智能").total();
                    synchronized (totals) {
                        totals.add(total);
                    }
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        searcher.start();
        try {
            zh.rebuild(corpus, IndexOptions.defaults().withForce(true), ProgressListener.NONE);
            zh.rebuild(corpus, IndexOptions.defaults().withForce(true), ProgressListener.NONE);
        } finally {
            done.set(true);
            searcher.join();
        }
        assertThat(failure.get()).isNull();
        synchronized (totals) {
            assertThat(totals).isNotEmpty().containsOnly(expected);
        }
        assertThat(exact("人工智能").total()).isEqualTo(expected);
    }

    @Test
    void aDeletedAndAShrunkCorpusArticleStaySoAfterARebuild() {
        Article keji = articles.get("news/keji.txt");
        Article xiangcun = articles.get("news/xiangcun.txt");
        Article shrunk = new Article(
                xiangcun.id(),
                "乡村新篇",
                xiangcun.date(),
                xiangcun.source(),
                xiangcun.publication(),
                null,
                List.of(),
                List.of(new Paragraph(1, null, "收缩之后只剩这一段独特文字。")));
        assertThat(xiangcun.paragraphs()).as("the corpus version is longer").hasSizeGreaterThan(2);
        try {
            assertThat(zh.delete(keji.id())).isTrue();
            assertThat(zh.put(shrunk)).isFalse();
            zh.rebuild(corpus, IndexOptions.defaults().withForce(true), ProgressListener.NONE);

            assertThat(zh.article(keji.id())).as("deleted, then rebuilt").isEmpty();
            assertThat(exact("大模型").total()).as("only in the deleted article").isZero();
            Article back = zh.article(xiangcun.id()).orElseThrow();
            assertThat(back.title()).isEqualTo("乡村新篇");
            assertThat(back.paragraphs()).extracting(Paragraph::text).containsExactly("收缩之后只剩这一段独特文字。");
            assertThat(exact("族谱").total()).as("the corpus version's tail").isZero();
            assertThat(exact("收缩之后").total()).isEqualTo(1);
        } finally {
            zh.put(keji);
            zh.put(xiangcun);
        }
        assertThat(exact("族谱").total()).isEqualTo(1);
    }

    @Test
    void aRebuildFromAnEmptyCorpusIsRefusedAndTheIndexStays() throws IOException {
        long articlesBefore = zh.stats().articles();
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> zh.rebuild(empty, IndexOptions.defaults(), ProgressListener.NONE))
                .hasMessageContaining("kept the live index");
        assertThat(zh.stats().articles()).isEqualTo(articlesBefore);
    }

    @Test
    void aQuestionWithFewExactHitsGetsRelatedResultsThatExcludeThem() {
        SearchResult r = zh.search(SearchRequest.of("如何推进乡村振兴"));
        assertThat(r.total()).isZero();
        assertThat(r.related())
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.matched()).isNotEmpty());
        assertThat(r.relaxedQuery()).contains("推进").doesNotContain("如何");
    }

    @Test
    void relatedResultsPageThroughToTheirTotalByParagraphAndByArticle() {
        RelatedPagingContract.run(zh, "怎样才能发展");
    }

    /** Queries whose matches the facet tests count by hand: single spans, so "contains" is exactly "matches". */
    private static final List<String> FACET_QUERIES = List.of("的", "人民", "产业", "主题教育", "芯片");

    @Test
    void facetsCountEveryExactMatchPerValueAsCountedFromTheArticles() {
        for (String q : FACET_QUERIES) {
            for (Grouping g : Grouping.values()) {
                SearchResult r =
                        zh.search(SearchRequest.of(q).withLimit(1).withGroup(g).withFacets(Facet.values()));
                assertThat(r.facets())
                        .as("%s by %s", q, g)
                        .containsOnlyKeys("source", "year", "publication")
                        .isEqualTo(Facets.expected(articles.values(), q, g));
            }
        }
        Map<String, List<FacetValue>> common = Facets.expected(articles.values(), "的", Grouping.PARAGRAPH);
        assertThat(common.get("source")).as("not a vacuous check").hasSize(3);
        assertThat(common.get("publication")).hasSize(1);
        assertThat(common.get("year")).extracting(FacetValue::value).containsExactlyInAnyOrder("2023", "2024");
    }

    @Test
    void facetsFollowTheFiltersAndOnlyTheRequestedOnesAreCounted() {
        SearchRequest q = SearchRequest.of("的").withFacets(Facet.SOURCE, Facet.YEAR);
        SearchResult in2024 = zh.search(q.withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        List<Article> dated2024 = articles.values().stream()
                .filter(a -> a.date().startsWith("2024"))
                .toList();
        assertThat(in2024.facets())
                .containsOnlyKeys("source", "year")
                .isEqualTo(Facets.expected(dated2024, "的", Grouping.PARAGRAPH, Facet.SOURCE, Facet.YEAR));
        SearchResult bySource = zh.search(q.withSource("sp20240301").withGroup(Grouping.ARTICLE));
        assertThat(bySource.facets().get("source")).containsExactly(new FacetValue("sp20240301", 1));
        assertThat(zh.search(q.withSource("no such source")).facets())
                .isEqualTo(Map.of("source", List.of(), "year", List.of()));
        assertThat(zh.search(SearchRequest.of("的")).facets())
                .as("none asked for")
                .isNull();
    }

    @Test
    void facetsAndThePublicationFilterFollowLiveWrites() {
        List<Article> written = List.of(
                new Article(
                        "facets/dushuhui.txt",
                        "湖畔读书会",
                        "2022-06-01T08:00:00",
                        "sp20220601",
                        "光明日报",
                        null,
                        List.of(),
                        List.of(
                                new Paragraph(1, null, "湖畔的读书会每周六上午举行。"),
                                new Paragraph(2, null, "志愿者为孩子们挑选了绘本。"),
                                new Paragraph(3, null, "组织者说，来的人越来越多。"))),
                new Article(
                        "facets/guji.txt",
                        "古籍修复",
                        "2024-08-15",
                        "sp20240512",
                        "光明日报",
                        null,
                        List.of(),
                        List.of(new Paragraph(1, null, "古籍修复师的一天从清晨开始。"))),
                new Article(
                        "facets/wuriqi.txt",
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(new Paragraph(1, null, "没有日期的短文也能被找到。"))));
        List<Article> all = new ArrayList<>(articles.values());
        SearchRequest q = SearchRequest.of("的").withFacets(Facet.values());
        try {
            written.forEach(zh::put);
            all.addAll(written);
            for (Grouping g : Grouping.values()) {
                assertThat(zh.search(q.withGroup(g)).facets())
                        .as("after puts, by %s", g)
                        .isEqualTo(Facets.expected(all, "的", g));
            }
            assertThat(zh.search(q.withPublication("光明日报")).total()).isEqualTo(3);
            assertThat(zh.search(q.withPublication("光明日报").withGroup(Grouping.ARTICLE))
                            .facets()
                            .get("year"))
                    .containsExactly(new FacetValue("2022", 1), new FacetValue("2024", 1));

            zh.delete("facets/dushuhui.txt");
            all.remove(written.getFirst());
            for (Grouping g : Grouping.values()) {
                assertThat(zh.search(q.withGroup(g)).facets())
                        .as("after a delete, by %s", g)
                        .isEqualTo(Facets.expected(all, "的", g));
            }
            assertThat(zh.search(q.withPublication("光明日报")).total()).isEqualTo(1);
        } finally {
            written.forEach(a -> zh.delete(a.id()));
        }
        assertThat(zh.search(q).facets()).isEqualTo(Facets.expected(articles.values(), "的", Grouping.PARAGRAPH));
    }

    @Test
    void statsAndHealthDescribeTheIndex() {
        assertThat(zh.stats().articles()).isGreaterThanOrEqualTo(3);
        assertThat(zh.stats().paragraphs()).isGreaterThanOrEqualTo(paragraphs.size());
        assertThat(zh.isServing()).isTrue();
        assertThat(zh.writeFailure()).isNull();
        assertThat(zh.suggest("乡村", 5)).contains("乡村振兴开新局");
    }
}
