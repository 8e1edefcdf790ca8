package org.zhsearch.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.InvalidRequestException;
import org.zhsearch.api.Limits;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.config.ZhsearchConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code zhsearch search}: runs one query against the local index and prints the hits. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Search the index from the shell. Matches are highlighted in colour on a terminal;"
                    + " --json prints exactly the JSON of the HTTP API's GET /api/search.",
            "Query syntax: each word is found as an exact substring of the paragraph; space-separated words"
                    + " must all match; \"quoted phrases\", -excluded words, OR and parentheses work too."
        },
        footer = {
            "",
            "Examples:",
            "  zhsearch search 主题教育",
            "  zhsearch search '乡村振兴 -电商' --from 2024-01-01 --to 2024-12-31 --limit 20",
            "  zhsearch search 科技创新 --group article --json",
            "  zhsearch search 乡村振兴 --facets source,year"
        })
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    ZhsearchCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERY", description = "the query, e.g. 主题教育")
    String query;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "10",
            description = "hits to show, 1–" + SearchRequest.MAX_LIMIT + " (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(
            names = "--offset",
            paramLabel = "N",
            defaultValue = "0",
            description = "hits to skip, for paging (default: ${DEFAULT-VALUE})")
    int offset;

    @Option(
            names = "--from",
            paramLabel = "YYYY-MM-DD",
            converter = DateConverter.class,
            description = "only articles dated on or after this day")
    LocalDate from;

    @Option(
            names = "--to",
            paramLabel = "YYYY-MM-DD",
            converter = DateConverter.class,
            description = "only articles dated on or before this day")
    LocalDate to;

    @Option(names = "--source", paramLabel = "S", description = "only articles with this source, e.g. sp20241125")
    String source;

    @Option(names = "--publication", paramLabel = "P", description = "only articles of this publication, e.g. 人民日报")
    String publication;

    @Option(
            names = "--group",
            paramLabel = "paragraph|article",
            defaultValue = "paragraph",
            description = "one hit per matching paragraph, or one (best) per article (default: ${DEFAULT-VALUE})")
    Grouping group;

    @Option(
            names = "--mode",
            paramLabel = "related|exact",
            defaultValue = "related",
            description = "related: when exact hits are fewer than " + SearchRequest.RELATED_BELOW + ", also show "
                    + "related results of the relaxed query; exact: exact hits only (default: ${DEFAULT-VALUE})")
    SearchMode mode;

    @Option(
            names = "--sort",
            paramLabel = "relevance|date|-date|NAME|-NAME",
            defaultValue = "relevance",
            description = "order of the hits: best match first, oldest or newest article first, or by a declared"
                    + " sortable field (-NAME: descending; articles without a value last) (default: ${DEFAULT-VALUE})")
    String sort;

    @Option(
            names = "--filter",
            paramLabel = "NAME=VALUE",
            description = "only articles whose declared field NAME holds VALUE; for dates and numbers VALUE may be a"
                    + " range FROM..TO (either end empty); repeat for more values (any of them) or fields (all)")
    List<String> filters = new ArrayList<>();

    @Option(
            names = "--facets",
            paramLabel = "source,year,publication,NAME",
            description = "also count all exact matches (articles with --group article) by these, comma-separated,"
                    + " built-in and declared fields mixed; the " + Limits.FACET_VALUES
                    + " most frequent values of each")
    String facets;

    @Option(
            names = "--related-offset",
            paramLabel = "N",
            defaultValue = "0",
            description = "related results to skip, 0–" + SearchRequest.MAX_OFFSET
                    + ": the next page of related results (default: ${DEFAULT-VALUE})")
    int relatedOffset;

    @Option(
            names = "--strict",
            description = "refuse a query that does not parse (an unbalanced quote or parenthesis, a lone operator)"
                    + " with exit code 2, instead of searching its literal words")
    boolean strict;

    @Option(names = "--json", description = "print the result as JSON (same as the HTTP API)")
    boolean json;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        SearchRequest request = SearchRequest.of(query)
                .withLimit(limit)
                .withOffset(offset)
                .withDates(from, to)
                .withSource(source)
                .withPublication(publication)
                .withGroup(group)
                .withMode(mode)
                .withSortLabel(sort)
                .withFacetNames(facets)
                .withStrictSyntax(strict)
                .withRelatedOffset(relatedOffset);
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (String f : filters) {
            int eq = f.indexOf('=');
            if (eq < 1) {
                throw new InvalidRequestException("--filter takes NAME=VALUE, got '" + f + "'");
            }
            byField.computeIfAbsent(f.substring(0, eq).strip(), k -> new ArrayList<>())
                    .add(f.substring(eq + 1));
        }
        for (Map.Entry<String, List<String>> e : byField.entrySet()) {
            request = request.withFilter(e.getKey(), e.getValue().toArray(String[]::new));
        }
        ZhsearchConfig config = common.load(parent.env(), Map.of(), false);
        SearchResult result;
        try (ZhSearch zh = Indexes.openExisting(config)) {
            result = zh.search(request);
        }
        if (json) {
            spec.commandLine().getOut().println(Json.write(result));
            spec.commandLine().getOut().flush();
        } else {
            new HitPrinter(spec.commandLine().getOut(), Terminal.interactive()).print(request, result);
        }
        return 0;
    }

    /** ISO dates with a message that shows the expected form. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException(
                        "'" + value + "' is not a date; write it as YYYY-MM-DD, " + "e.g. 2024-11-25");
            }
        }
    }
}
