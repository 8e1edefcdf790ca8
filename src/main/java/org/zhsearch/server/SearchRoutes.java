package org.zhsearch.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.FacetRange;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.InvalidRequestException;
import org.zhsearch.api.Limits;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.api.SearchSort;
import org.zhsearch.api.Token;

/** {@code /api/search}, {@code /api/suggest} and {@code /api/analyze}. */
final class SearchRoutes {
    static final int DEFAULT_SUGGESTIONS = 8;
    /** Prefix of a declared-field filter parameter: {@code filter.author=张三}. */
    static final String FILTER = "filter.";

    private final ZhSearch zh;
    private final ObjectMapper mapper;

    SearchRoutes(ZhSearch zh, ObjectMapper mapper) {
        this.zh = zh;
        this.mapper = mapper;
    }

    /**
     * {@code GET /api/search?q=&limit=&offset=&from=&to=&source=&publication=&group=&mode=&sort=&facets=&syntax=&relatedOffset=} and
     * {@code filter.<name>=} (repeated: any of the values).
     */
    void search(Context ctx) {
        String q = Params.requiredText(ctx, "q", Limits.QUERY_CHARS);
        int limit = Params.integer(ctx, "limit", SearchRequest.DEFAULT_LIMIT, 1, SearchRequest.MAX_LIMIT);
        int offset = Params.integer(ctx, "offset", 0, 0, SearchRequest.MAX_OFFSET);
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        String source = Params.optionalText(ctx, "source", Limits.SOURCE_CHARS);
        String publication = Params.optionalText(ctx, "publication", Limits.PUBLICATION_CHARS);
        Grouping group = group(Params.single(ctx, "group"));
        String mode = Params.single(ctx, "mode");
        SearchMode searchMode = mode == null || mode.isBlank() ? SearchMode.RELATED : modeOf(mode);
        SearchRequest request = new SearchRequest(
                        q,
                        limit,
                        offset,
                        from,
                        to,
                        source,
                        group,
                        searchMode,
                        SearchSort.RELEVANCE,
                        publication,
                        Set.of())
                .withSortLabel(Params.single(ctx, "sort"))
                .withFacetNames(Params.single(ctx, "facets"))
                .withStrictSyntax(strictSyntax(Params.single(ctx, "syntax")))
                .withRelatedOffset(Params.integer(ctx, "relatedOffset", 0, 0, SearchRequest.MAX_OFFSET));
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (e.getKey().startsWith(FILTER)) {
                request = request.withFilter(
                        e.getKey().substring(FILTER.length()), e.getValue().toArray(String[]::new));
            }
        }
        SearchResult result = zh.search(request);
        // The hot path: UTF-8 bytes straight from Jackson, not ctx.json's String that is then encoded again.
        ctx.contentType(ContentType.APPLICATION_JSON).result(utf8Json(result));
    }

    private byte[] utf8Json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** {@code GET /api/suggest?q=&limit=}. */
    void suggest(Context ctx) {
        String prefix = Params.requiredText(ctx, "q", Limits.SUGGEST_PREFIX_CHARS);
        int limit = Params.integer(ctx, "limit", DEFAULT_SUGGESTIONS, 1, Limits.SUGGESTIONS);
        ctx.json(new Suggestions(prefix, zh.suggest(prefix, limit)));
    }

    /** {@code GET /api/analyze?text=}. */
    void analyze(Context ctx) {
        analyzeText(ctx, Params.single(ctx, "text"));
    }

    /**
     * {@code POST /api/analyze} with the text as a UTF-8 body (or in the charset Content-Type declares; an unknown
     * one is a 415): the GET form's request line (8 KB) stops Chinese text at about 900 characters, long before the
     * analyzer's own limit.
     */
    void analyzeBody(Context ctx) {
        analyzeText(ctx, new String(ctx.bodyAsBytes(), ContentTypes.charset(ctx.header("Content-Type"))));
    }

    private void analyzeText(Context ctx, String text) {
        ctx.json(new Tokens(zh.analyze(text))); // the library checks the text against Limits.ANALYZE_CHARS
    }

    private static Grouping group(String value) {
        if (value == null || value.isBlank()) {
            return Grouping.PARAGRAPH;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "paragraph" -> Grouping.PARAGRAPH;
            case "article" -> Grouping.ARTICLE;
            default ->
                throw new InvalidRequestException(
                        "group must be paragraph or article, got '" + Params.abbreviate(value) + "'");
        };
    }

    /**
     * {@code syntax=strict}: a query that does not parse is a 400; {@code forgiving} (the default): searched as its
     * literal words with a {@code notice}. Its own parameter because {@code mode} (related or exact) combines with
     * either.
     */
    private static boolean strictSyntax(String value) {
        if (value == null || value.isBlank() || value.equals("forgiving")) {
            return false;
        }
        if (value.equals("strict")) {
            return true;
        }
        throw new InvalidRequestException("syntax must be forgiving or strict, got '" + Params.abbreviate(value) + "'");
    }

    private static SearchMode modeOf(String value) {
        try {
            return SearchMode.of(value);
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException("mode must be related or exact, got '" + Params.abbreviate(value) + "'");
        }
    }

    /**
     * {@code GET /api/fields}: the declared fields, in configuration order — what the page lists in its facet panel
     * and sort menu, with their labels.
     */
    void fields(Context ctx) {
        List<FieldInfo> out = zh.fields().fields().stream()
                .map(f -> new FieldInfo(
                        f.name(),
                        f.type().label(),
                        f.uses().stream().map(DeclaredField.Use::label).toList(),
                        f.label(),
                        f.ranges().isEmpty()
                                ? null
                                : f.ranges().stream().map(FacetRange::label).toList()))
                .toList();
        ctx.json(new FieldList(out));
    }

    /** One declared field as {@code /api/fields} lists it; {@code ranges}: its facet's buckets, absent when none. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record FieldInfo(String name, String type, List<String> use, String label, List<String> ranges) {}

    /** The body of {@code /api/fields}. */
    record FieldList(List<FieldInfo> fields) {}

    /** Completions of {@code query}, best first. */
    record Suggestions(String query, List<String> suggestions) {}

    /** The words of an analysed text. */
    record Tokens(List<Token> tokens) {}
}
