package org.zhsearch.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.FacetRange;
import org.zhsearch.api.FieldType;
import org.zhsearch.api.InvalidRequestException;

/**
 * A filter on a declared field, checked against its type and ready for an engine: an article matches when its
 * value (one of its values, for keywords) is one of {@code values} or lies in one of {@code ranges} (OR).
 *
 * @param field  the declared field
 * @param values exact keyword values ({@link FieldType#KEYWORD}, {@link FieldType#KEYWORDS}); empty otherwise
 * @param ranges inclusive ranges of epoch days (dates) or numbers; a single value is a range of one point
 */
public record FieldCondition(DeclaredField field, List<String> values, List<Range> ranges) {
    /** An inclusive range; {@code null} for an open end. */
    public record Range(Double from, Double to) {}

    public FieldCondition {
        values = List.copyOf(values);
        ranges = List.copyOf(ranges);
    }

    /** The index field it reads ({@link DeclaredValues#indexField}). */
    public String indexField() {
        return DeclaredValues.indexField(field.name());
    }

    /**
     * The condition of {@code filter.<name>=v1&filter.<name>=v2…}: for dates and numbers each value may be a range
     * {@code from..to} (either end empty), both ends inclusive — except a value written exactly as one of the
     * field's facet buckets ({@link DeclaredField#ranges()}), which selects that bucket: {@code to} exclusive, as the
     * facet counted it. A value that does not fit the type is refused naming the filter.
     */
    public static FieldCondition of(DeclaredField field, List<String> given) {
        List<String> values = new ArrayList<>();
        List<Range> ranges = new ArrayList<>();
        for (String v : given) {
            if (!field.type().ranged()) {
                values.add(v);
                continue;
            }
            FacetRange bucket = bucket(field, v);
            if (bucket != null) {
                ranges.add(new Range(bucket.from(), bucket.to() == null ? null : below(field, bucket.to())));
                continue;
            }
            int dots = v.indexOf("..");
            if (dots < 0) {
                Double point = point(field, v);
                ranges.add(new Range(point, point));
                continue;
            }
            String lo = v.substring(0, dots).strip();
            String hi = v.substring(dots + 2).strip();
            Range r = new Range(lo.isEmpty() ? null : point(field, lo), hi.isEmpty() ? null : point(field, hi));
            if (r.from() != null && r.to() != null && r.from() > r.to()) {
                throw new InvalidRequestException("filter." + field.name() + "=" + v + ": from is after to");
            }
            ranges.add(r);
        }
        return new FieldCondition(field, values, ranges);
    }

    /** The configured bucket labelled {@code v} ({@link DeclaredField#ranges()}), or {@code null}. */
    private static FacetRange bucket(DeclaredField field, String v) {
        for (FacetRange r : field.ranges()) {
            if (r.label().equals(v.strip())) {
                return r;
            }
        }
        return null;
    }

    /** The highest value below an exclusive end: the day before, or the next lower double. */
    private static double below(DeclaredField field, double to) {
        return field.type() == FieldType.DATE ? to - 1 : Math.nextDown(to);
    }

    private static Double point(DeclaredField field, String v) {
        if (field.type() == FieldType.DATE) {
            Long day = DeclaredValues.day(v.strip());
            if (day == null) {
                throw new InvalidRequestException("filter." + field.name() + ": '" + abbreviate(v)
                        + "' is not a date or range: write 2024-05-01 or 2024-01-01..2024-06-30");
            }
            return day.doubleValue();
        }
        try {
            double d = new BigDecimal(v.strip()).doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new InvalidRequestException("filter." + field.name() + ": '" + abbreviate(v)
                + "' is not a number or range: write 3 or 1..5 (either end may be empty)");
    }

    private static String abbreviate(String v) {
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
