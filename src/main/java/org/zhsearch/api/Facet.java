package org.zhsearch.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a search can count its matches by ({@link SearchRequest#facets()}): the article's source, the year of its
 * date, or its publication. Articles without that value are not counted; each facet lists at most
 * {@link Limits#FACET_VALUES} values.
 */
public enum Facet {
    /** The article's source, exactly as stored (e.g. {@code sp20241125}). */
    SOURCE("source"),
    /** The year of the article's date (e.g. {@code 2024}); undated articles are not counted. */
    YEAR("year"),
    /** The article's publication (e.g. 人民日报). */
    PUBLICATION("publication");

    private final String label;

    Facet(String label) {
        this.label = label;
    }

    /** The name used in the HTTP API, on the command line and as the key of {@link SearchResult#facets()}. */
    public String label() {
        return label;
    }

    /** The facet named {@code label}. */
    public static Facet of(String label) {
        for (Facet f : values()) {
            if (f.label.equals(label.strip())) {
                return f;
            }
        }
        throw new InvalidRequestException(
                "facets must name source, year or publication, got '" + UserInput.abbreviate(label) + "'");
    }

    /**
     * The facets of a comma-separated list such as {@code source,year}; an unknown name or one named twice is
     * refused. A blank list is no facets.
     */
    public static Set<Facet> listOf(String commaSeparated) {
        Set<Facet> out = EnumSet.noneOf(Facet.class);
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return Collections.unmodifiableSet(out);
        }
        for (String name : commaSeparated.split(",", -1)) {
            if (!out.add(of(name))) {
                throw new InvalidRequestException(
                        "facets names " + name.strip() + " twice; list each of source, year, publication at most once");
            }
        }
        return Collections.unmodifiableSet(out);
    }
}
