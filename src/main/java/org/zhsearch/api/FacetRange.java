package org.zhsearch.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One bucket of a ranged facet ({@code fields.<name>.ranges}): the values from {@code from} inclusive to {@code to}
 * exclusive, so {@code 2000..2010,2010..2020} puts 2010 in the second bucket only.
 *
 * @param label the bucket as written in the configuration ({@code 2000..2010}); the facet lists it so, and
 *              {@code filter.<name>=<label>} selects exactly the bucket's values
 * @param from  the lowest value (epoch day for dates), or {@code null} for an open start
 * @param to    the first value above the bucket (epoch day for dates), or {@code null} for an open end
 */
public record FacetRange(String label, Double from, Double to) {
    /** Most buckets a field may have. */
    public static final int MAX = 100;

    public FacetRange {
        if (label == null || label.isBlank()) {
            throw new InvalidRequestException("a range needs a label");
        }
        if (from != null && to != null && !(from < to)) {
            throw new InvalidRequestException("range " + label + ": from must be below to");
        }
    }

    /** Whether {@code value} (epoch day for dates) lies in the bucket. */
    public boolean contains(double value) {
        return (from == null || value >= from) && (to == null || value < to);
    }

    /**
     * The buckets of {@code spec}, comma-separated {@code from..to} with either end empty ({@code ..2000,2000..2010,
     * 2010..}), ends parsed for {@code type} (a {@code yyyy-MM-dd} date or a number); checked by {@link #check}.
     */
    public static List<FacetRange> parse(FieldType type, String spec) {
        if (spec.chars().filter(c -> c == ',').count() >= MAX) {
            throw new InvalidRequestException("at most " + MAX + " ranges");
        }
        List<FacetRange> out = new ArrayList<>();
        for (String part : spec.split(",", -1)) {
            String label = part.strip();
            if (label.isEmpty()) {
                throw new InvalidRequestException("an empty range in '" + UserInput.abbreviate(spec) + "'");
            }
            int dots = label.indexOf("..");
            if (dots < 0) {
                throw new InvalidRequestException("range '" + UserInput.abbreviate(label)
                        + "' is not from..to (either end may be empty: ..2000, 2000..2010, 2010..)");
            }
            String lo = label.substring(0, dots).strip();
            String hi = label.substring(dots + 2).strip();
            out.add(new FacetRange(label, lo.isEmpty() ? null : end(type, lo), hi.isEmpty() ? null : end(type, hi)));
        }
        check(out);
        return List.copyOf(out);
    }

    /** Refuses buckets that are not sorted and non-overlapping, or more than {@link #MAX}. */
    public static void check(List<FacetRange> ranges) {
        if (ranges.size() > MAX) {
            throw new InvalidRequestException("at most " + MAX + " ranges");
        }
        for (int i = 1; i < ranges.size(); i++) {
            FacetRange a = ranges.get(i - 1);
            FacetRange b = ranges.get(i);
            if (a.to() == null || b.from() == null || a.to() > b.from()) {
                throw new InvalidRequestException("ranges " + a.label() + " and " + b.label()
                        + " overlap or are out of order: list them from the lowest, each starting at or after the"
                        + " end of the one before (from inclusive, to exclusive)");
            }
        }
    }

    private static double end(FieldType type, String v) {
        if (type == FieldType.DATE) {
            try {
                if (v.length() == 10) {
                    return LocalDate.parse(v).toEpochDay();
                }
            } catch (DateTimeParseException e) {
                // the message below
            }
            throw new InvalidRequestException("'" + UserInput.abbreviate(v) + "' is not a date: write 2024-05-01");
        }
        try {
            double d = new BigDecimal(v).doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new InvalidRequestException("'" + UserInput.abbreviate(v) + "' is not a number");
    }
}
