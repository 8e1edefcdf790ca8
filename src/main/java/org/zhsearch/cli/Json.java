package org.zhsearch.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.Hit;
import org.zhsearch.api.SearchResult;

/**
 * JSON output of the CLI, shaped exactly like the HTTP API's bodies: the api records serialised by component
 * name, {@code matchingParagraphs} omitted when {@code null} (paragraph grouping), {@code facets} when not asked for.
 */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .addMixIn(Hit.class, HitMixin.class)
            .addMixIn(SearchResult.class, SearchResultMixin.class);

    private Json() {}

    /** One line of compact JSON. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** {@code facets} only when asked for, as in the HTTP API. */
    abstract static class SearchResultMixin {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract java.util.Map<String, java.util.List<FacetValue>> facets();
    }

    /** Jackson mix-in for {@link Hit}: the api package stays free of Jackson annotations. */
    abstract static class HitMixin {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Integer matchingParagraphs();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract java.util.List<String> matched();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract java.util.Map<String, Object> fields();
    }
}
