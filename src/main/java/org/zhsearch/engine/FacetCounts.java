package org.zhsearch.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.Limits;

/**
 * The most frequent values of one facet, offered one distinct value at a time with its final count: keeps only the
 * best {@link Limits#FACET_VALUES}, so however many values an index holds, a facet costs that many entries.
 */
public final class FacetCounts {
    /** Most frequent first, equal counts by value ({@link String#compareTo}, the same on every engine). */
    public static final Comparator<FacetValue> ORDER =
            Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value);

    private final int cap;
    /** The worst kept value on top, to be dropped when a better one comes. */
    private final PriorityQueue<FacetValue> kept = new PriorityQueue<>(ORDER.reversed());

    public FacetCounts() {
        this(Limits.FACET_VALUES);
    }

    /** Keeps the best {@code cap} values (a declared field's {@code top}). */
    public FacetCounts(int cap) {
        this.cap = cap;
    }

    /** Offers a value with its count; each value must be offered once. Counts below 1 are ignored. */
    public void add(String value, long count) {
        if (count < 1) {
            return;
        }
        kept.add(new FacetValue(value, count));
        if (kept.size() > cap) {
            kept.poll();
        }
    }

    /** The kept values in {@link #ORDER}. */
    public List<FacetValue> top() {
        List<FacetValue> out = new ArrayList<>(kept);
        out.sort(ORDER);
        return out;
    }
}
