package org.zhsearch.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.Hit;
import org.zhsearch.api.SearchResult;

/**
 * The Jackson mapper of the HTTP API: record components as they are, nulls kept except where noted. The CLI's
 * {@code --json} output uses it too, so the two print the same JSON.
 */
public final class JsonMapping {
    private JsonMapping() {}

    /** A new mapper (thread-safe once built; the server and each CLI run make one). */
    public static ObjectMapper create() {
        return JsonMapper.builder()
                .addMixIn(Hit.class, HitMixin.class)
                .addMixIn(ErrorCode.class, ErrorCodeMixin.class)
                .addMixIn(SearchResult.class, SearchResultMixin.class)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
    }

    /**
     * {@code matchingParagraphs} exists only for {@code group=article}; paragraph hits omit it. {@code matched}
     * exists only on related hits; {@code fields} only when some declared field is shown.
     */
    abstract static class HitMixin {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Integer matchingParagraphs();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract java.util.List<String> matched();

        /** Only when the configuration declares fields to show ({@code use = show}). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract java.util.Map<String, Object> fields();
    }

    /**
     * {@code facets} exists only when the request asked for facets; {@code notice} only when the query was searched
     * as its literal words; {@code variants} only when one was found.
     */
    abstract static class SearchResultMixin {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract java.util.Map<String, java.util.List<FacetValue>> facets();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract SearchResult.Notice notice();

        /** Only when a regional variant of a term occurs in the hits (README "Regional vocabulary"). */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract java.util.Map<String, java.util.List<String>> variants();
    }

    /** An error code is written as its wire name ({@code invalid_query}), not as its constant's name. */
    abstract static class ErrorCodeMixin {
        @JsonValue
        abstract String code();
    }
}
