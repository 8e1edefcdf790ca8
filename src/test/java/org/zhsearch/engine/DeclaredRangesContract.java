package org.zhsearch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.FacetRange;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.config.ZhsearchConfig;
import org.zhsearch.engine.DeclaredFixture.Doc;

/**
 * Range buckets ({@code fields.<name>.ranges}) in the {@link EngineContract}: the fixture of {@link DeclaredFixture}
 * with buckets on {@code published} and {@code priority}, each bucket's count compared with the fixture's values
 * tested by hand (from inclusive, to exclusive), by paragraph and by article, under a filter, and each label used
 * back as a filter matching its count.
 */
final class DeclaredRangesContract {
    /** Priorities are 1–5: 2 and 4 sit on bucket edges, so they show which side an edge belongs to. */
    static final String PRIORITY = "..2,2..4,4..";
    /** Dates are in 2024: the last bucket is empty, and 2024-10-01..2025-06-01 falls between buckets. */
    static final String PUBLISHED = "..2024-04-01,2024-04-01..2024-07-01,2024-07-01..2024-10-01,2025-06-01..";

    private DeclaredRangesContract() {}

    static void run(Function<DeclaredFields, ZhsearchConfig> config, Path corpus) throws Exception {
        DeclaredFixture fx = new DeclaredFixture().write(corpus);
        List<DeclaredField> fields = new ArrayList<>();
        for (DeclaredField f : DeclaredFixture.FIELDS.fields()) {
            String spec = f.name().equals("priority") ? PRIORITY : f.name().equals("published") ? PUBLISHED : null;
            fields.add(
                    spec == null
                            ? f
                            : new DeclaredField(
                                    f.name(),
                                    f.type(),
                                    f.uses(),
                                    f.label(),
                                    f.weight(),
                                    f.top(),
                                    FacetRange.parse(f.type(), spec)));
        }
        try (ZhSearch zh = ZhSearch.open(config.apply(new DeclaredFields(fields, false)))) {
            zh.rebuild(corpus, IndexOptions.defaults(), ProgressListener.NONE);
            for (boolean byArticle : List.of(false, true)) {
                check(zh, fx, byArticle, d -> true, SearchRequest.of(DeclaredFixture.QUERY));
                check(
                        zh,
                        fx,
                        byArticle,
                        d -> "李四".equals(d.get("author")),
                        SearchRequest.of(DeclaredFixture.QUERY).withFilter("author", "李四"));
            }
        }
    }

    private static SearchResult search(ZhSearch zh, SearchRequest r, boolean byArticle) {
        SearchRequest s = r.withMode(SearchMode.EXACT).withLimit(10);
        return zh.search(byArticle ? s.withGroup(Grouping.ARTICLE) : s);
    }

    private static void check(
            ZhSearch zh, DeclaredFixture fx, boolean byArticle, Predicate<Doc> base, SearchRequest r) {
        SearchResult result = search(zh, r.withFacetNames("priority,published,author"), byArticle);
        List<FacetValue> priority = List.of(
                bucket(fx, byArticle, base, "..2", d -> num(d) != null && num(d) < 2),
                bucket(fx, byArticle, base, "2..4", d -> num(d) != null && num(d) >= 2 && num(d) < 4),
                bucket(fx, byArticle, base, "4..", d -> num(d) != null && num(d) >= 4));
        assertThat(result.facets().get("priority"))
                .as("priority buckets by article %s, %s", byArticle, r.filters())
                .isEqualTo(priority);
        LocalDate apr = LocalDate.parse("2024-04-01");
        LocalDate jul = LocalDate.parse("2024-07-01");
        LocalDate oct = LocalDate.parse("2024-10-01");
        LocalDate jun = LocalDate.parse("2025-06-01");
        List<FacetValue> published = List.of(
                bucket(fx, byArticle, base, "..2024-04-01", d -> date(d) != null && date(d).isBefore(apr)),
                bucket(fx, byArticle, base, "2024-04-01..2024-07-01", d -> in(date(d), apr, jul)),
                bucket(fx, byArticle, base, "2024-07-01..2024-10-01", d -> in(date(d), jul, oct)),
                bucket(fx, byArticle, base, "2025-06-01..", d -> date(d) != null && !date(d).isBefore(jun)));
        assertThat(result.facets().get("published"))
                .as("published buckets by article %s, %s", byArticle, r.filters())
                .isEqualTo(published);
        assertThat(published.get(3).count())
                .as("an empty bucket is listed with 0")
                .isZero();
        assertThat(published.get(1).count())
                .as("the fixture fills the middle buckets")
                .isPositive();
        assertThat(result.facets().get("author")).as("other facets unchanged").isNotEmpty();
        for (FacetValue v : priority) { // the label back as a filter selects exactly the bucket
            assertThat(search(zh, r.withFilter("priority", v.value()), byArticle)
                            .total())
                    .as("filter.priority=%s by article %s", v.value(), byArticle)
                    .isEqualTo(v.count());
        }
        for (FacetValue v : published) {
            assertThat(search(zh, r.withFilter("published", v.value()), byArticle)
                            .total())
                    .as("filter.published=%s by article %s", v.value(), byArticle)
                    .isEqualTo(v.count());
        }
    }

    private static FacetValue bucket(
            DeclaredFixture fx, boolean byArticle, Predicate<Doc> base, String label, Predicate<Doc> in) {
        return new FacetValue(label, fx.count(base.and(in), byArticle));
    }

    private static boolean in(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && d.isBefore(to);
    }

    private static LocalDate date(Doc d) {
        return d.get("published") == null ? null : LocalDate.parse((String) d.get("published"));
    }

    private static Double num(Doc d) {
        return d.get("priority") == null ? null : ((Number) d.get("priority")).doubleValue();
    }
}
