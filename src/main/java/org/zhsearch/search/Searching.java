package org.zhsearch.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.Hit;
import org.zhsearch.api.InvalidQueryException;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.engine.Engine;
import org.zhsearch.engine.EngineQuery;
import org.zhsearch.engine.EngineSnapshot;
import org.zhsearch.engine.Filters;
import org.zhsearch.engine.Page;
import org.zhsearch.engine.RelatedQuery;
import org.zhsearch.engine.StoredHit;
import org.zhsearch.query.ParsedQuery;
import org.zhsearch.query.QueryNode;

/**
 * A search, engine-neutral: parse the (already validated) request, spell out synonyms, ask the engine for one page
 * and the exact total, add related results when exact hits are few, highlight what is returned, and count the
 * exact matches by the requested facets (related results are not counted).
 */
public final class Searching {
    private Searching() {}

    /**
     * Runs {@code request} on one {@link EngineSnapshot} of {@code engine} — pinyin checks, relaxation counts, the
     * page, related results and facets all read one index state, so the totals and counts agree under writes.
     */
    public static SearchResult search(Engine engine, Analysis analysis, SearchRequest request) {
        return search(engine, analysis, DeclaredFields.NONE, request);
    }

    /** As {@link #search(Engine, Analysis, SearchRequest)}, with the {@code declared} fields to filter, count, sort by. */
    public static SearchResult search(
            Engine engine, Analysis analysis, DeclaredFields declared, SearchRequest request) {
        long startNanos = System.nanoTime();
        // a bad query fails before the engine is asked (or, forgiven, is searched as its literal words)
        ParsedQuery parsed = ParsedQuery.of(request.query().strip(), request.strictSyntax());
        DeclaredSearch fields = DeclaredSearch.of(request, declared); // so do unknown fields and bad values
        if (parsed.tree() == null) {
            return nothingToSearch(request, parsed.problem(), startNanos);
        }
        SearchResult result;
        try {
            result = engine.read(
                    snapshot -> search(snapshot, analysis, declared, request, fields, parsed.tree(), startNanos));
        } catch (InvalidQueryException e) { // a term of only punctuation or symbols: no word the index could hold
            if (request.strictSyntax()) {
                throw e;
            }
            String searchable = ParsedQuery.literalWords(request.query(), analysis::isSearchable);
            if (searchable.isEmpty()) {
                return nothingToSearch(request, e.getMessage(), startNanos);
            }
            QueryNode words = ParsedQuery.of(searchable, true).tree();
            return engine.read(snapshot -> search(snapshot, analysis, declared, request, fields, words, startNanos))
                    .withNotice(e.getMessage(), searchable);
        }
        return parsed.problem() == null ? result : result.withNotice(parsed.problem(), parsed.searched());
    }

    /** The forgiving answer to a query without a word to search: no hits, and a notice saying why. */
    private static SearchResult nothingToSearch(SearchRequest request, String problem, long startNanos) {
        long tookMs = (System.nanoTime() - startNanos) / 1_000_000;
        return new SearchResult(request.query(), 0, tookMs, List.of()).withNotice(problem, "");
    }

    private static SearchResult search(
            EngineSnapshot snapshot,
            Analysis analysis,
            DeclaredFields declared,
            SearchRequest request,
            DeclaredSearch fields,
            QueryNode tree,
            long startNanos) {
        QueryNode withPinyin = PinyinAlternatives.add(
                tree,
                literal -> paragraphsMatching(snapshot, analysis, literal) == 0,
                () -> snapshot.vocabulary().pinyin(analysis.pinyin()));
        EngineQuery exact = new EngineQuery(
                Synonyms.expand(withPinyin, analysis), Synonyms.positiveTerms(tree), analysis, declared);
        Filters filters = fields.filters();
        Page page = snapshot.search(
                exact, filters, request.group(), request.sort(), fields.order(), request.offset(), request.limit());
        Highlighter highlighter = Highlighter.forQuery(withPinyin, analysis);
        List<Hit> hits = page.hits().stream()
                .map(h -> hit(
                        h,
                        highlighter,
                        fields,
                        null,
                        withPinyin == tree
                                        || PinyinAlternatives.spelledLiterally(withPinyin, analysis.normalize(h.text()))
                                ? Hit.EXACT
                                : Hit.PINYIN))
                .toList();
        Related related = Related.NONE;
        if (request.mode() == SearchMode.RELATED
                && page.total() < SearchRequest.RELATED_BELOW
                && request.offset() == 0) {
            related = related(snapshot, analysis, tree, exact, fields, request);
        }
        Map<String, List<FacetValue>> facets = facets(snapshot, exact, fields, request);
        long tookMs = (System.nanoTime() - startNanos) / 1_000_000;
        return new SearchResult(
                        request.query(),
                        page.total(),
                        tookMs,
                        hits,
                        related.hits(),
                        related.total(),
                        related.query(),
                        facets)
                .withVariants(Synonyms.variantsFound(tree, analysis, texts(hits, related.hits())));
    }

    private static List<String> texts(List<Hit> hits, List<Hit> related) {
        return Stream.concat(hits.stream(), related.stream()).map(Hit::text).toList();
    }

    /** The facet counts of all exact matches, keyed by facet label; {@code null} when none were asked for. */
    private static Map<String, List<FacetValue>> facets(
            EngineSnapshot snapshot, EngineQuery exact, DeclaredSearch fields, SearchRequest request) {
        if (request.facets().isEmpty() && fields.facets().isEmpty()) {
            return null;
        }
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        if (!request.facets().isEmpty()) {
            snapshot.facets(exact, fields.filters(), request.group(), request.facets())
                    .forEach((facet, values) -> out.put(facet.label(), values));
        }
        out.putAll(snapshot.fieldFacets(exact, fields.filters(), request.group(), fields.facets()));
        return out;
    }

    private record Related(List<Hit> hits, long total, String query) {
        static final Related NONE = new Related(List.of(), 0, null);
    }

    /**
     * The related results: the relaxed query ({@link Relaxation}) minus the exact matches, filtered like the
     * request: {@code limit} hits from {@code relatedOffset} on.
     */
    private static Related related(
            EngineSnapshot snapshot,
            Analysis analysis,
            QueryNode tree,
            EngineQuery exact,
            DeclaredSearch fields,
            SearchRequest request) {
        Filters filters = fields.filters();
        // joining cut-off characters and weighing the words count some texts twice: once each, per search
        Map<QueryNode, Long> counted = new HashMap<>();
        ToLongFunction<QueryNode> paragraphs =
                node -> counted.computeIfAbsent(node, n -> paragraphsMatching(snapshot, analysis, n));
        Optional<Relaxation> relaxed =
                Relaxation.of(tree, analysis, word -> paragraphs.applyAsLong(new QueryNode.Term(word)));
        if (relaxed.isEmpty()) {
            return Related.NONE;
        }
        Relaxation r = relaxed.get().withoutAbsentWords(paragraphs, RelaxationLadder::weight);
        List<RelaxationLadder.Rung> rungs = RelaxationLadder.rungs(r.weights());
        if (rungs.isEmpty()) {
            return Related.NONE;
        }
        List<Float> characterScores = r.characterScores(paragraphs, snapshot::paragraphs);
        Page page = null;
        for (RelaxationLadder.Rung rung : rungs) { // down the ladder until enough paragraphs qualify
            page = snapshot.related(
                    new RelatedQuery(
                            r.words(),
                            r.leaves(),
                            rung.minimumShouldMatch(),
                            exact.match(),
                            analysis,
                            exact.declared(),
                            rung.enough(),
                            r.shares(),
                            characterScores),
                    filters,
                    request.group(),
                    request.relatedOffset(),
                    request.limit());
            if (page.total() >= SearchRequest.RELATED_BELOW) {
                break;
            }
        }
        Highlighter highlighter = Highlighter.forQuery(r.asTree(), analysis);
        List<Hit> hits = page.hits().stream()
                .map(h -> hit(h, highlighter, fields, r.words(), Hit.RELATED))
                .toList();
        return new Related(hits, page.total(), String.join(" ", r.words()));
    }

    /** How many paragraphs of the whole index {@code query} matches (0 for a query with nothing searchable). */
    private static long paragraphsMatching(EngineSnapshot snapshot, Analysis analysis, QueryNode query) {
        try {
            return snapshot.count(new EngineQuery(query, List.of(), analysis), Filters.NONE);
        } catch (InvalidQueryException nothingSearchable) {
            return 0;
        }
    }

    /** {@code relaxedWords} non-null for a related hit (its {@code matched} words). */
    private static Hit hit(
            StoredHit h, Highlighter highlighter, DeclaredSearch fields, List<String> relaxedWords, String match) {
        String text = h.text();
        Highlighter.Marked marked = highlighter.mark(text);
        return new Hit(
                h.id(),
                h.articleId(),
                h.paragraph(),
                h.section(),
                h.title(),
                h.date(),
                h.source(),
                h.score(),
                text,
                marked.highlight(),
                h.count(),
                h.role(),
                marked.snippet(),
                relaxedWords == null ? null : highlighter.matched(text, relaxedWords),
                match,
                fields.show(h.fields()),
                h.sourcePage());
    }
}
