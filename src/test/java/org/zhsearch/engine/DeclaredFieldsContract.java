package org.zhsearch.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.FieldType;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.InvalidRequestException;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.config.ConfigException;
import org.zhsearch.config.ZhsearchConfig;
import org.zhsearch.engine.DeclaredFixture.Doc;

/**
 * The declared-fields part of {@link EngineContract}: filters, ranges, facets and sorts on a fixture of 8 declared
 * fields ({@link DeclaredFixture}) compared with what the fixture itself says, exact totals, live writes and
 * deletes, bad input, and a type changed on a live index.
 */
final class DeclaredFieldsContract {
    private final ZhSearch zh;
    private final DeclaredFixture fx;

    private DeclaredFieldsContract(ZhSearch zh, DeclaredFixture fx) {
        this.zh = zh;
        this.fx = fx;
    }

    /** Runs every check on a fresh index that {@code config} opens with the fixture's fields. */
    static void run(Function<DeclaredFields, ZhsearchConfig> config, Path corpus) throws Exception {
        DeclaredFixture fx = new DeclaredFixture().write(corpus);
        ZhsearchConfig cfg = config.apply(DeclaredFixture.FIELDS);
        try (ZhSearch zh = ZhSearch.open(cfg)) {
            IndexReport report = zh.rebuild(corpus, IndexOptions.defaults(), ProgressListener.NONE);
            assertThat(report.articles()).isEqualTo(DeclaredFixture.ARTICLES);
            assertThat(report.skipped())
                    .anySatisfy(s -> {
                        assertThat(s.path()).isEqualTo(fx.badNumberLine);
                        assertThat(s.kept()).isTrue();
                        assertThat(s.reason()).contains("priority").contains("高");
                    })
                    .anySatisfy(s -> {
                        assertThat(s.path()).isEqualTo(fx.undeclaredLine);
                        assertThat(s.kept()).isTrue();
                        assertThat(s.reason()).contains("color");
                    });
            DeclaredFieldsContract c = new DeclaredFieldsContract(zh, fx);
            c.filters();
            c.facets();
            c.sorts();
            c.shown();
            c.writesAndDeletes();
            DeclaredBulkContract.run(zh);
            c.badInput();
        }
        typeChange(config, corpus, fx);
        TextFieldsContract.run(config, corpus.resolveSibling(corpus.getFileName() + "-text"));
    }

    private SearchResult search(SearchRequest r) {
        return zh.search(r.withMode(SearchMode.EXACT).withLimit(100));
    }

    private static SearchRequest q() {
        return SearchRequest.of(DeclaredFixture.QUERY);
    }

    private void expectCount(SearchRequest r, Predicate<Doc> p) {
        assertThat(search(r).total()).as("%s", r.filters()).isEqualTo(fx.count(p, false));
        assertThat(search(r.withGroup(Grouping.ARTICLE)).total())
                .as("articles %s", r.filters())
                .isEqualTo(fx.count(p, true));
    }

    private static LocalDate date(Doc d) {
        return d.get("published") == null ? null : LocalDate.parse((String) d.get("published"));
    }

    private static Double num(Doc d, String f) {
        return d.get(f) == null ? null : ((Number) d.get(f)).doubleValue();
    }

    void filters() {
        assertThat(search(q()).total()).as("exact total unchanged").isEqualTo(fx.count(d -> true, false));
        expectCount(q().withFilter("author", "张三"), d -> "张三".equals(d.get("author")));
        expectCount(
                q().withFilter("author", "张三", "李四"),
                d -> "张三".equals(d.get("author")) || "李四".equals(d.get("author")));
        expectCount(q().withFilter("tags", "政策"), d -> d.get("tags") instanceof List<?> l && l.contains("政策"));
        expectCount(
                q().withFilter("tags", "政策", "科技"),
                d -> d.get("tags") instanceof List<?> l && (l.contains("政策") || l.contains("科技")));
        LocalDate lo = LocalDate.parse("2024-03-01");
        LocalDate hi = LocalDate.parse("2024-08-31");
        expectCount(
                q().withFilter("published", "2024-03-01..2024-08-31"),
                d -> date(d) != null && !date(d).isBefore(lo) && !date(d).isAfter(hi));
        expectCount(q().withFilter("published", "..2024-03-01"), d -> date(d) != null && !date(d).isAfter(lo));
        expectCount(q().withFilter("published", "2024-08-31.."), d -> date(d) != null && !date(d).isBefore(hi));
        String someDay = fx.docs.stream()
                .map(d -> (String) d.get("published"))
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow();
        expectCount(q().withFilter("published", someDay), d -> someDay.equals(d.get("published")));
        expectCount(q().withFilter("priority", "3"), d -> Objects.equals(num(d, "priority"), 3.0));
        expectCount(
                q().withFilter("priority", "2..4"),
                d -> num(d, "priority") != null && num(d, "priority") >= 2 && num(d, "priority") <= 4);
        expectCount(
                q().withFilter("priority", "..1", "5.."),
                d -> num(d, "priority") != null && (num(d, "priority") <= 1 || num(d, "priority") >= 5));
        expectCount(q().withFilter("rating", "2.5..7.5"), d -> num(d, "rating") >= 2.5 && num(d, "rating") <= 7.5);
        expectCount(
                q().withFilter("region", "华东").withFilter("priority", "3.."),
                d -> "华东".equals(d.get("region")) && num(d, "priority") != null && num(d, "priority") >= 3);
    }

    void facets() {
        for (boolean byArticle : List.of(false, true)) {
            SearchRequest r = q().withFacetNames("source,author,tags,published,priority,region");
            if (byArticle) {
                r = r.withGroup(Grouping.ARTICLE);
            }
            SearchResult result = search(r);
            assertThat(result.facets()).containsKeys("source", "author", "tags", "published", "priority", "region");
            for (String f : List.of("author", "tags", "published", "priority", "region")) {
                List<FacetValue> expected = new ArrayList<>();
                fx.facet(f, byArticle).forEach((value, n) -> expected.add(new FacetValue(value, n)));
                expected.sort(FacetCounts.ORDER); // most frequent first, equal counts by value; the field's top kept
                int top = DeclaredFixture.FIELDS.get(f).top();
                assertThat(result.facets().get(f))
                        .as("%s by article %s", f, byArticle)
                        .isEqualTo(expected.subList(0, Math.min(top, expected.size())));
            }
            assertThat(result.facets().get("region"))
                    .as("region lists its top 2 of 3")
                    .hasSize(2);
        }
        // facets under a filter count the filtered matches only
        SearchResult filtered = search(q().withFilter("author", "李四").withFacetNames("author,region"));
        Map<String, Long> counts = new LinkedHashMap<>();
        fx.docs.stream()
                .filter(d -> "李四".equals(d.get("author")))
                .forEach(d -> counts.merge((String) d.get("region"), (long) d.matching(), Long::sum));
        List<FacetValue> expected = new ArrayList<>();
        counts.forEach((value, n) -> expected.add(new FacetValue(value, n)));
        expected.sort(FacetCounts.ORDER);
        assertThat(filtered.facets().get("region")).isEqualTo(expected.subList(0, Math.min(2, expected.size())));
        assertThat(filtered.facets().get("author"))
                .containsExactly(new FacetValue("李四", fx.count(d -> "李四".equals(d.get("author")), false)));
    }

    void sorts() {
        checkOrder("priority", false, d -> num(d, "priority"));
        checkOrder("priority", true, d -> num(d, "priority"));
        checkOrder("rating", true, d -> num(d, "rating"));
        checkOrder("published", false, d -> d.get("published"));
        checkOrder("published", true, d -> d.get("published"));
        checkOrder("author", false, d -> d.get("author"));
        checkOrder("doc_no", true, d -> d.get("doc_no"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void checkOrder(String field, boolean desc, Function<Doc, Object> key) {
        Map<String, Doc> byId = new LinkedHashMap<>();
        fx.docs.forEach(d -> byId.put(d.id(), d));
        SearchResult r = search(q().withSortLabel((desc ? "-" : "") + field));
        assertThat(r.total()).isEqualTo(fx.count(d -> true, false));
        List<Object> keys = new ArrayList<>();
        r.hits().forEach(h -> keys.add(key.apply(byId.get(h.articleId()))));
        Comparator<Object> natural = (a, b) -> ((Comparable) a).compareTo(b);
        List<Object> expected = new ArrayList<>();
        fx.docs.forEach(d -> {
            for (int i = 0; i < d.matching(); i++) {
                expected.add(key.apply(d));
            }
        });
        expected.sort(Comparator.nullsLast(desc ? natural.reversed() : natural));
        assertThat(keys).as("%s%s", desc ? "-" : "", field).isEqualTo(expected);
        for (int i = 1; i < r.hits().size(); i++) { // ties: by relevance, then article id, then paragraph
            Hit a = r.hits().get(i - 1);
            Hit b = r.hits().get(i);
            if (Objects.equals(keys.get(i - 1), keys.get(i))) {
                assertThat(a.score() > b.score()
                                || a.score() == b.score()
                                        && (a.articleId().compareTo(b.articleId()) < 0
                                                || a.articleId().equals(b.articleId())
                                                        && a.paragraph() < b.paragraph()))
                        .as("tie order %s before %s", a.id(), b.id())
                        .isTrue();
            }
        }
    }

    void shown() {
        SearchResult r = search(q().withFilter("author", "王五"));
        assertThat(r.hits()).isNotEmpty().allSatisfy(h -> {
            assertThat(h.fields()).containsEntry("author", "王五").doesNotContainKeys("region", "rating");
        });
        Doc d = fx.docs.stream()
                .filter(x -> x.id().startsWith("a/"))
                .findFirst()
                .orElseThrow();
        Article a = zh.article(d.id()).orElseThrow();
        assertThat(a.fields()).containsEntry("region", d.get("region")).containsEntry("doc_no", d.get("doc_no"));
    }

    void writesAndDeletes() {
        Predicate<Doc> zhang = d -> "张三".equals(d.get("author"));
        long before = fx.count(zhang, false);
        Map<String, Object> f =
                Map.of("author", "张三", "tags", List.of("新标签"), "priority", 9, "published", "2025-01-02");
        Article a = new Article(
                "w/1",
                "新文章",
                null,
                null,
                null,
                null,
                List.of(),
                List.of(new Paragraph(1, null, "乡村新貌。", Paragraph.BODY)),
                f);
        assertThat(zh.put(a)).isTrue();
        assertThat(search(q().withFilter("author", "张三")).total()).isEqualTo(before + 1);
        assertThat(search(q().withFilter("tags", "新标签")).total()).isEqualTo(1);
        assertThat(search(q().withFilter("published", "2025-01-01..")).total()).isEqualTo(1);
        assertThat(search(q().withSortLabel("-priority")).hits().getFirst().articleId())
                .isEqualTo("w/1");
        assertThat(zh.delete("w/1")).isTrue();
        assertThat(search(q().withFilter("author", "张三")).total()).isEqualTo(before);
        assertThat(search(q()).total()).isEqualTo(fx.count(d -> true, false));
    }

    void badInput() {
        Paragraph p = new Paragraph(1, null, "乡村。", Paragraph.BODY);
        java.util.function.Consumer<Map<String, Object>> refused = f -> assertThatThrownBy(
                        () -> zh.put(new Article("bad/1", "x", null, null, null, null, List.of(), List.of(p), f)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(f.keySet().iterator().next());
        refused.accept(Map.of("priority", "高"));
        refused.accept(Map.of("published", "2024-13-45"));
        refused.accept(Map.of("author", List.of("a", "b")));
        refused.accept(Map.of("unknown_field", "x"));
        List<String> thousand = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            thousand.add("t" + i);
        }
        refused.accept(Map.of("tags", thousand));
        assertThat(zh.article("bad/1")).as("nothing half-written").isEmpty();
        assertThatThrownBy(() -> search(q().withFilter("nosuch", "x"))).hasMessageContaining("nosuch");
        assertThatThrownBy(() -> search(q().withFilter("published", "yesterday")))
                .hasMessageContaining("published");
        assertThatThrownBy(() -> search(q().withFilter("priority", "5..1"))).hasMessageContaining("priority");
        assertThatThrownBy(() -> search(q().withFilter("summary", "x"))).hasMessageContaining("summary");
        assertThatThrownBy(() -> search(q().withFacetNames("doc_no"))).hasMessageContaining("doc_no");
        assertThatThrownBy(() -> search(q().withSortLabel("tags"))).hasMessageContaining("tags");
        assertThatThrownBy(() -> search(q().withFacetNames("author,author"))).hasMessageContaining("twice");
    }

    /** A type changed on a live index is refused at open, naming the field; a rebuild puts the new type in place. */
    static void typeChange(Function<DeclaredFields, ZhsearchConfig> config, Path corpus, DeclaredFixture fx) {
        List<DeclaredField> changed = new ArrayList<>();
        for (DeclaredField f : DeclaredFixture.FIELDS.fields()) {
            changed.add(
                    f.name().equals("priority")
                            ? new DeclaredField("priority", FieldType.KEYWORD, f.uses(), f.label(), 1)
                            : f);
        }
        ZhsearchConfig cfg = config.apply(new DeclaredFields(changed, false));
        assertThatThrownBy(() -> ZhSearch.open(cfg).close())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("priority")
                .hasMessageContaining("rebuild");
        ZhSearch.build(cfg, corpus, IndexOptions.defaults().withForce(true), ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(cfg)) {
            assertThat(zh.search(q().withMode(SearchMode.EXACT).withFilter("priority", "3"))
                            .total())
                    .as("priority now a keyword")
                    .isEqualTo(fx.count(d -> Objects.equals(num(d, "priority"), 3.0), false));
        }
        // an index built before any field was declared learns the types from its first use with them
        ZhSearch.build(
                config.apply(DeclaredFields.NONE),
                corpus,
                IndexOptions.defaults().withForce(true),
                ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(config.apply(DeclaredFixture.FIELDS))) {
            zh.put(new Article(
                    "late/1",
                    "后来",
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(new Paragraph(1, null, "乡村后记。", Paragraph.BODY)),
                    Map.of("priority", 2)));
        }
        assertThatThrownBy(() -> ZhSearch.open(cfg).close())
                .as("the type recorded by the write")
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("priority");
    }
}
