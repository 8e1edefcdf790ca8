package org.zhsearch.engine.embedded;

import java.util.List;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.zhsearch.api.FieldType;
import org.zhsearch.schema.FieldCondition;
import org.zhsearch.schema.FieldOrder;

/**
 * Declared-field conditions and orders ({@link FieldCondition}, {@link FieldOrder}) as Lucene queries and sort
 * fields, over the fields {@code index.DeclaredDocuments} writes.
 */
final class DeclaredFieldQueries {
    private DeclaredFieldQueries() {}

    /** Adds each condition to {@code b} as a FILTER clause: an OR of its values and ranges. */
    static void addFilters(BooleanQuery.Builder b, List<FieldCondition> conditions) {
        for (FieldCondition c : conditions) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            String field = c.indexField();
            c.values().forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
            for (FieldCondition.Range r : c.ranges()) {
                any.add(range(c.field().type(), field, r), Occur.SHOULD);
            }
            b.add(any.build(), Occur.FILTER);
        }
    }

    private static Query range(FieldType type, String field, FieldCondition.Range r) {
        if (type == FieldType.DATE) {
            long lo = r.from() == null ? Long.MIN_VALUE : r.from().longValue();
            long hi = r.to() == null ? Long.MAX_VALUE : r.to().longValue();
            return LongPoint.newRangeQuery(field, lo, hi);
        }
        double lo = r.from() == null ? Double.NEGATIVE_INFINITY : r.from();
        double hi = r.to() == null ? Double.POSITIVE_INFINITY : r.to();
        return DoublePoint.newRangeQuery(field, lo, hi);
    }

    /**
     * The sort field of {@code order}; articles without a value sort last in both directions (Lucene applies the
     * missing value before reversing, so a descending order needs the low end).
     */
    static SortField sortField(FieldOrder order) {
        String field = order.indexField();
        boolean desc = order.descending();
        return switch (order.field().type()) {
            case KEYWORD, KEYWORDS, TEXT -> {
                SortField s = new SortedSetSortField(field, desc);
                s.setMissingValue(desc ? SortField.STRING_FIRST : SortField.STRING_LAST);
                yield s;
            }
            case DATE -> {
                SortField s = new SortedNumericSortField(field, SortField.Type.LONG, desc);
                s.setMissingValue(desc ? Long.MIN_VALUE : Long.MAX_VALUE);
                yield s;
            }
            case NUMBER -> {
                SortField s = new SortedNumericSortField(field, SortField.Type.DOUBLE, desc);
                s.setMissingValue(desc ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
                yield s;
            }
        };
    }
}
