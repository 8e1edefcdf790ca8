package org.zhsearch.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.zhsearch.analysis.NormalizedText;
import org.zhsearch.api.Article;
import org.zhsearch.api.Facet;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.Limits;
import org.zhsearch.api.Paragraph;

/**
 * Facet counts worked out by hand from articles, for a query that is a single span (a paragraph matches when its
 * normalised text contains the span): what an engine's facets must equal. Independent of both engines' code.
 */
final class Facets {
    private Facets() {}

    /** All three facets. */
    static Map<String, List<FacetValue>> expected(Collection<Article> articles, String span, Grouping grouping) {
        return expected(articles, span, grouping, Facet.values());
    }

    static Map<String, List<FacetValue>> expected(
            Collection<Article> articles, String span, Grouping grouping, Facet... facets) {
        String needle = NormalizedText.normalize(span, true);
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (Facet f : facets) {
            counts.put(f.label(), new TreeMap<>());
        }
        for (Article a : articles) {
            long matching = 0;
            for (Paragraph p : a.paragraphs()) {
                if (NormalizedText.normalize(p.text(), true).contains(needle)) {
                    matching++;
                }
            }
            if (matching == 0) {
                continue;
            }
            long n = grouping == Grouping.ARTICLE ? 1 : matching;
            add(counts, "source", a.source(), n);
            add(counts, "year", a.date() == null ? null : a.date().substring(0, 4), n);
            add(counts, "publication", a.publication(), n);
        }
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        counts.forEach((name, values) -> {
            List<FacetValue> list = new ArrayList<>();
            values.forEach((v, c) -> list.add(new FacetValue(v, c)));
            list.sort((x, y) -> x.count() != y.count()
                    ? Long.compare(y.count(), x.count())
                    : x.value().compareTo(y.value()));
            out.put(name, list.subList(0, Math.min(list.size(), Limits.FACET_VALUES)));
        });
        return out;
    }

    private static void add(Map<String, Map<String, Long>> counts, String facet, String value, long n) {
        Map<String, Long> values = counts.get(facet);
        if (values != null && value != null) {
            values.merge(value, n, Long::sum);
        }
    }
}
