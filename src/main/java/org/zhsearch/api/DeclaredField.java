package org.zhsearch.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A field of the user's own declared in the configuration ({@code fields.<name>.type|use|label|weight}).
 *
 * @param name   1–64 lower-case letters, digits or {@code _}, starting with a letter, and no built-in name
 * @param type   what its values are
 * @param uses   what a search may do with it: filter, facet, sort, and show (returned in hits)
 * @param label  the search page's label, or the name when none is configured
 * @param weight for {@link FieldType#TEXT}: its weight against the body (1 when not configured); 1 for the others
 * @param top    how many values its facet lists, the most frequent first: 1–{@value #MAX_TOP}, default
 *               {@link Limits#FACET_VALUES}
 * @param ranges for a date or number facet, its buckets ({@code fields.<name>.ranges}): the facet then lists each
 *               bucket in this order with its count (0 when empty), and {@code top} does not apply; empty: exact
 *               values
 */
public record DeclaredField(
        String name, FieldType type, Set<Use> uses, String label, float weight, int top, List<FacetRange> ranges) {
    /** Most values a declared facet may list. */
    public static final int MAX_TOP = 1000;

    /** What a search may do with a declared field; {@code fields.<name>.use} lists them. */
    public enum Use {
        FILTER,
        FACET,
        SORT,
        SHOW;

        /** The name used in the configuration. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /**
     * Names a declared field may not take, compared without case: the built-in article fields, facets and sort
     * orders, and the names of request parameters — a clash would make {@code facets=}, {@code sort=} or a hit
     * ambiguous.
     */
    public static final Set<String> RESERVED = Set.of(
            "id",
            "articleid",
            "title",
            "date",
            "day",
            "datetime",
            "year",
            "source",
            "publication",
            "page",
            "editors",
            "paragraphs",
            "paragraph",
            "text",
            "section",
            "role",
            "n",
            "first",
            "heading",
            "score",
            "relevance",
            "fields",
            "words",
            "chars",
            "pinyin",
            "highlight",
            "snippet",
            "match",
            "matched");

    public DeclaredField {
        String problem = nameProblem(name);
        if (problem != null) {
            throw new InvalidRequestException(problem);
        }
        if (type == null) {
            throw new InvalidRequestException("field " + name + " needs a type: keyword, keywords, date, number, text");
        }
        uses = uses == null || uses.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.of(Use.SHOW))
                : Collections.unmodifiableSet(EnumSet.copyOf(uses));
        if (type == FieldType.TEXT
                && (uses.contains(Use.FILTER) || uses.contains(Use.FACET) || uses.contains(Use.SORT))) {
            throw new InvalidRequestException("field " + name + " is text: it can only be shown (use = show)");
        }
        if (type == FieldType.KEYWORDS && uses.contains(Use.SORT)) {
            throw new InvalidRequestException(
                    "field " + name + " holds several values (keywords): it cannot be sorted by; drop sort from use");
        }
        if (!(weight > 0 && weight <= 100)) {
            throw new InvalidRequestException("field " + name + " weight must be above 0 and at most 100");
        }
        if (weight != 1 && type != FieldType.TEXT) {
            throw new InvalidRequestException("field " + name + " has a weight, but only text fields are weighted");
        }
        label = label == null || label.isBlank() ? name : label.strip();
        if (top < 1 || top > MAX_TOP) {
            throw new InvalidRequestException("field " + name + " top must be between 1 and " + MAX_TOP);
        }
        ranges = ranges == null ? List.of() : List.copyOf(ranges);
        if (!ranges.isEmpty() && (!type.ranged() || !uses.contains(Use.FACET))) {
            throw new InvalidRequestException(
                    "field " + name + " has ranges, but only date and number fields with facet in use have them");
        }
        try {
            FacetRange.check(ranges);
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException("field " + name + ": " + e.getMessage());
        }
    }

    /** A field whose facet lists its {@code top} most frequent exact values. */
    public DeclaredField(String name, FieldType type, Set<Use> uses, String label, float weight, int top) {
        this(name, type, uses, label, weight, top, List.of());
    }

    /** A field whose facet lists the {@link Limits#FACET_VALUES} most frequent values. */
    public DeclaredField(String name, FieldType type, Set<Use> uses, String label, float weight) {
        this(name, type, uses, label, weight, Limits.FACET_VALUES, List.of());
    }

    /** Why {@code name} cannot name a declared field, or {@code null} when it can. */
    public static String nameProblem(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return "field name '" + UserInput.abbreviate(String.valueOf(name)) + "' is not allowed: use 1-64 lower-case"
                    + " letters, digits or _, starting with a letter (author, doc_no)";
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            return "field name '" + name + "' is a built-in field, facet or sort name; choose another (built-in: "
                    + String.join(", ", new java.util.TreeSet<>(RESERVED)) + ")";
        }
        return null;
    }

    /** Whether a search may {@code use} this field so. */
    public boolean allows(Use use) {
        return uses.contains(use);
    }
}
