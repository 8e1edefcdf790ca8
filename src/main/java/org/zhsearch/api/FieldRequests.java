package org.zhsearch.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The shape checks of a request's declared-field filters, facets and sort ({@link SearchRequest}): bounded, so a
 * request never grows memory with its size; whether the names are declared and the values fit their types is
 * checked against the configuration when the search runs.
 */
final class FieldRequests {
    /** Most declared fields one request filters by. */
    static final int MAX_FILTER_FIELDS = 16;
    /** Most values (OR) of one filter. */
    static final int MAX_FILTER_VALUES = 32;
    /** Longest filter value or range. */
    static final int MAX_VALUE_CHARS = 200;
    /** Most declared facets of one request. */
    static final int MAX_FACETS = 16;

    private FieldRequests() {}

    static Map<String, List<String>> filters(Map<String, List<String>> given) {
        if (given == null || given.isEmpty()) {
            return Map.of();
        }
        if (given.size() > MAX_FILTER_FIELDS) {
            throw new InvalidRequestException("at most " + MAX_FILTER_FIELDS + " fields may be filtered by");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        given.forEach((name, values) -> {
            List<String> kept = new ArrayList<>();
            for (String v : values == null ? List.<String>of() : values) {
                if (v != null && !v.isBlank()) {
                    Limits.requireAtMost("filter." + UserInput.abbreviate(name), v.strip(), MAX_VALUE_CHARS);
                    kept.add(v.strip());
                }
            }
            if (kept.size() > MAX_FILTER_VALUES) {
                throw new InvalidRequestException("filter." + UserInput.abbreviate(name) + " has " + kept.size()
                        + " values; send at most " + MAX_FILTER_VALUES);
            }
            if (!kept.isEmpty()) {
                out.put(name, List.copyOf(kept));
            }
        });
        return Collections.unmodifiableMap(out);
    }

    static List<String> facets(List<String> given) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        if (given.size() > MAX_FACETS) {
            throw new InvalidRequestException("at most " + MAX_FACETS + " declared fields may be faceted");
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String name : given) {
            if (!out.add(name.strip())) {
                throw new InvalidRequestException("facets names " + UserInput.abbreviate(name) + " twice");
            }
        }
        return List.copyOf(out);
    }

    static String sortBy(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        Limits.requireAtMost("sort", given.strip(), 80);
        return given.strip();
    }

    /** {@code facets=} split into built-in facets and declared names, in order; a name twice is refused. */
    static SearchRequest withFacetNames(SearchRequest r, String commaSeparated) {
        java.util.Set<Facet> builtIn = java.util.EnumSet.noneOf(Facet.class);
        List<String> declared = new ArrayList<>();
        if (commaSeparated != null && !commaSeparated.isBlank()) {
            for (String raw : commaSeparated.split(",", -1)) {
                String name = raw.strip();
                boolean isBuiltIn = List.of("source", "year", "publication").contains(name);
                if (isBuiltIn ? !builtIn.add(Facet.of(name)) : declared.contains(name)) {
                    throw new InvalidRequestException("facets names " + UserInput.abbreviate(name) + " twice");
                }
                if (name.isEmpty()) {
                    Facet.of(name); // refused, naming what facets may be
                }
                if (!isBuiltIn) {
                    declared.add(name);
                }
            }
        }
        return r.withFacets(builtIn).withFieldFacets(declared.toArray(String[]::new));
    }

    /** {@code sort=}: {@code relevance}, {@code date}, {@code -date}, or a declared field {@code name} / {@code -name}. */
    static SearchRequest withSortLabel(SearchRequest r, String label) {
        if (label == null || label.isBlank()) {
            return r.withSort(SearchSort.RELEVANCE).withSortBy(null);
        }
        String l = label.strip();
        boolean builtIn = List.of("relevance", "date", "-date").contains(l);
        return builtIn
                ? r.withSort(SearchSort.of(l)).withSortBy(null)
                : r.withSort(SearchSort.RELEVANCE).withSortBy(l);
    }
}
