package org.zhsearch.engine.embedded;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LongValues;
import org.apache.lucene.search.LongValuesSource;
import org.apache.lucene.search.SortField;
import org.zhsearch.schema.Fields;

/**
 * The sort value of {@code sort=date}: the article's date-time in seconds ({@link Fields#DATE_TIME}), so an article
 * at 09:00 sorts before one at 10:00 the same day. A paragraph indexed before that field existed has only its day
 * ({@link Fields#DAY}) and sorts as at that day's midnight, so an old index still sorts by day without a rebuild.
 */
final class DateTimeOrder extends LongValuesSource {
    private static final long SECONDS_PER_DAY = 86_400;

    private DateTimeOrder() {}

    /** Oldest first, or newest first; paragraphs without a date last either way. */
    static SortField sortField(boolean newestFirst) {
        SortField field = new DateTimeOrder().getSortField(newestFirst);
        field.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return field;
    }

    @Override
    public LongValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues seconds = DocValues.getNumeric(ctx.reader(), Fields.DATE_TIME);
        NumericDocValues days = DocValues.getNumeric(ctx.reader(), Fields.DAY);
        return new LongValues() {
            private long value;

            @Override
            public long longValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                if (seconds.advanceExact(doc)) {
                    value = seconds.longValue();
                    return true;
                }
                if (days.advanceExact(doc)) {
                    value = days.longValue() * SECONDS_PER_DAY;
                    return true;
                }
                return false;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public LongValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, Fields.DATE_TIME, Fields.DAY);
    }

    @Override
    public int hashCode() {
        return DateTimeOrder.class.hashCode();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DateTimeOrder;
    }

    @Override
    public String toString() {
        return "dateTime(or day)";
    }
}
