package org.zhsearch.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.engine.Filters;
import org.zhsearch.schema.FieldCondition;
import org.zhsearch.schema.FieldOrder;

/**
 * A request's declared-field parts checked against the configuration, before the engine is asked: each filter,
 * facet and sort names a declared field that allows it, and each filter value fits the field's type — else an
 * {@link org.zhsearch.api.InvalidRequestException} naming the field.
 *
 * @param filters the request's filters, built-in and declared
 * @param facets  the declared fields to count by
 * @param order   the declared field to sort by, or {@code null}
 * @param shown   the declared fields hits show
 */
record DeclaredSearch(Filters filters, List<DeclaredField> facets, FieldOrder order, List<String> shown) {
    static DeclaredSearch of(SearchRequest request, DeclaredFields declared) {
        List<FieldCondition> conditions = new ArrayList<>();
        request.filters()
                .forEach((name, values) ->
                        conditions.add(FieldCondition.of(declared.require(name, DeclaredField.Use.FILTER), values)));
        List<DeclaredField> facets = new ArrayList<>();
        request.fieldFacets().forEach(name -> facets.add(declared.require(name, DeclaredField.Use.FACET)));
        FieldOrder order = null;
        if (request.sortBy() != null) {
            boolean desc = request.sortBy().startsWith("-");
            String name = desc ? request.sortBy().substring(1) : request.sortBy();
            order = new FieldOrder(declared.require(name, DeclaredField.Use.SORT), desc);
        }
        List<String> shown = declared.fields().stream()
                .filter(f -> f.allows(DeclaredField.Use.SHOW))
                .map(DeclaredField::name)
                .toList();
        Filters filters =
                new Filters(request.from(), request.to(), request.source(), request.publication(), conditions);
        return new DeclaredSearch(filters, facets, order, shown);
    }

    /** The shown fields' values of a hit's article; {@code null} when no field is shown (no {@code fields} key). */
    Map<String, Object> show(Map<String, Object> stored) {
        if (shown.isEmpty()) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : shown) {
            Object v = stored.get(name);
            if (v != null) {
                out.put(name, v);
            }
        }
        return out;
    }
}
