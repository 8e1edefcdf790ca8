package org.zhsearch.engine.embedded;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.NumericUtils;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.FacetRange;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.FieldType;
import org.zhsearch.engine.FacetCounts;
import org.zhsearch.schema.DeclaredValues;
import org.zhsearch.schema.Fields;

/**
 * Counts every match by the values of declared fields, read from their doc values: each value of a multi-valued
 * field counts once per paragraph (or article). By article, the first matching paragraph of an article gives its
 * values (every paragraph carries its article's); articles are told apart by id, as in {@link FacetCollector}. A
 * field with buckets ({@link DeclaredField#ranges()}) counts each paragraph (or article) once per bucket its values
 * fall in, and lists every bucket in the configured order, 0 for an empty one.
 */
final class FieldFacetCollector extends SimpleCollector {
    private final List<DeclaredField> fields;
    private final boolean byArticle;
    /** Per field (as in {@link #fields}), value → paragraphs or articles. */
    private final List<Map<String, Long>> counts = new ArrayList<>();

    /** By article: matching article id → its values per field. */
    private final Map<String, List<List<String>>> articles = new HashMap<>();

    private SortedDocValues articleIds;
    private final List<Object> segmentValues = new ArrayList<>();

    private FieldFacetCollector(List<DeclaredField> fields, boolean byArticle) {
        this.fields = fields;
        this.byArticle = byArticle;
        fields.forEach(f -> counts.add(new HashMap<>()));
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        segmentValues.clear();
        for (DeclaredField f : fields) {
            String name = DeclaredValues.indexField(f.name());
            segmentValues.add(
                    f.type().ranged()
                            ? DocValues.getSortedNumeric(context.reader(), name)
                            : DocValues.getSortedSet(context.reader(), name));
        }
        if (byArticle) {
            articleIds = DocValues.getSorted(context.reader(), Fields.ARTICLE_ID);
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        if (!byArticle) {
            for (int i = 0; i < fields.size(); i++) {
                Map<String, Long> into = counts.get(i);
                values(i, doc).forEach(v -> into.merge(v, 1L, Long::sum));
            }
            return;
        }
        if (!articleIds.advanceExact(doc)) {
            return;
        }
        String id = articleIds.lookupOrd(articleIds.ordValue()).utf8ToString();
        if (!articles.containsKey(id)) {
            List<List<String>> values = new ArrayList<>(fields.size());
            for (int i = 0; i < fields.size(); i++) {
                values.add(values(i, doc));
            }
            articles.put(id, values);
        }
    }

    /** The values of field {@code i} of {@code doc}, as a facet lists them. */
    private List<String> values(int i, int doc) throws IOException {
        List<String> out = new ArrayList<>(1);
        if (segmentValues.get(i) instanceof SortedSetDocValues set) {
            if (set.advanceExact(doc)) {
                for (int k = 0; k < set.docValueCount(); k++) {
                    out.add(set.lookupOrd(set.nextOrd()).utf8ToString());
                }
            }
        } else if (segmentValues.get(i) instanceof SortedNumericDocValues nums && nums.advanceExact(doc)) {
            FieldType type = fields.get(i).type();
            for (int k = 0; k < nums.docValueCount(); k++) {
                long raw = nums.nextValue();
                double v = type == FieldType.DATE ? raw : NumericUtils.sortableLongToDouble(raw);
                String value = bucketOrValue(fields.get(i), v);
                if (value != null && !out.contains(value)) { // a value counts once per paragraph (or bucket)
                    out.add(value);
                }
            }
        }
        return out;
    }

    /** How the facet of {@code field} lists {@code v}: its bucket's label ({@code null}: in none), or the value. */
    private static String bucketOrValue(DeclaredField field, double v) {
        if (field.ranges().isEmpty()) {
            return DeclaredValues.facetValue(field.type(), v);
        }
        for (FacetRange r : field.ranges()) {
            if (r.contains(v)) {
                return r.label();
            }
        }
        return null;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** One collector per slice; articles are merged by id, so one seen by two slices counts once. */
    static final class Manager implements CollectorManager<FieldFacetCollector, Map<String, List<FacetValue>>> {
        private final List<DeclaredField> fields;
        private final boolean byArticle;

        Manager(List<DeclaredField> fields, boolean byArticle) {
            this.fields = List.copyOf(fields);
            this.byArticle = byArticle;
        }

        @Override
        public FieldFacetCollector newCollector() {
            return new FieldFacetCollector(fields, byArticle);
        }

        @Override
        public Map<String, List<FacetValue>> reduce(Collection<FieldFacetCollector> collectors) {
            List<Map<String, Long>> total = new ArrayList<>();
            fields.forEach(f -> total.add(new HashMap<>()));
            Map<String, List<List<String>>> articles = new HashMap<>();
            for (FieldFacetCollector c : collectors) {
                for (int i = 0; i < fields.size(); i++) {
                    Map<String, Long> into = total.get(i);
                    c.counts.get(i).forEach((value, n) -> into.merge(value, n, Long::sum));
                }
                c.articles.forEach(articles::putIfAbsent); // an article seen by two slices counts once
            }
            for (List<List<String>> values : articles.values()) {
                for (int i = 0; i < values.size(); i++) {
                    Map<String, Long> into = total.get(i);
                    values.get(i).forEach(v -> into.merge(v, 1L, Long::sum));
                }
            }
            Map<String, List<FacetValue>> out = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                if (!fields.get(i).ranges().isEmpty()) { // every bucket, in the configured order
                    Map<String, Long> n = total.get(i);
                    out.put(
                            fields.get(i).name(),
                            fields.get(i).ranges().stream()
                                    .map(r -> new FacetValue(r.label(), n.getOrDefault(r.label(), 0L)))
                                    .toList());
                    continue;
                }
                FacetCounts top = new FacetCounts(fields.get(i).top());
                total.get(i).forEach(top::add);
                out.put(fields.get(i).name(), top.top());
            }
            return out;
        }
    }
}
