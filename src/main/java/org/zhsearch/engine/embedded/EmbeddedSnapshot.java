package org.zhsearch.engine.embedded;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.Facet;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.SearchSort;
import org.zhsearch.engine.EngineQuery;
import org.zhsearch.engine.EngineSnapshot;
import org.zhsearch.engine.Filters;
import org.zhsearch.engine.KeywordKind;
import org.zhsearch.engine.Page;
import org.zhsearch.engine.RelatedQuery;
import org.zhsearch.engine.SampledParagraph;
import org.zhsearch.index.HeldSearcher;
import org.zhsearch.schema.FieldOrder;
import org.zhsearch.schema.Fields;
import org.zhsearch.vocabulary.Vocabulary;

/** The embedded engine's snapshot: one Lucene searcher acquired at open and released at close. */
final class EmbeddedSnapshot implements EngineSnapshot {
    private final HeldSearcher held;
    private final IndexVocabulary vocabulary;

    EmbeddedSnapshot(HeldSearcher held, IndexVocabulary vocabulary) {
        this.held = held;
        this.vocabulary = vocabulary;
    }

    @Override
    public Page search(
            EngineQuery query,
            Filters filters,
            Grouping grouping,
            SearchSort sort,
            FieldOrder order,
            int offset,
            int limit) {
        return LuceneSearch.search(held.searcher(), query, filters, grouping, sort, order, offset, limit);
    }

    @Override
    public Map<String, List<FacetValue>> fieldFacets(
            EngineQuery query, Filters filters, Grouping grouping, List<DeclaredField> fields) {
        return LuceneSearch.fieldFacets(held.searcher(), query, filters, grouping, fields);
    }

    @Override
    public long paragraphs() {
        return held.searcher().getIndexReader().numDocs();
    }

    @Override
    public long count(EngineQuery query, Filters filters) {
        return LuceneSearch.count(held.searcher(), query, filters);
    }

    @Override
    public Map<Facet, List<FacetValue>> facets(
            EngineQuery query, Filters filters, Grouping grouping, Set<Facet> facets) {
        return LuceneSearch.facets(held.searcher(), query, filters, grouping, facets);
    }

    @Override
    public Page related(RelatedQuery query, Filters filters, Grouping grouping, int offset, int limit) {
        return LuceneSearch.related(held.searcher(), query, filters, grouping, offset, limit);
    }

    @Override
    public Map<String, Long> keywordsStartingWith(KeywordKind kind, String prefix, int max) {
        String field = switch (kind) {
            case TITLE -> Fields.TITLE;
            case SECTION -> Fields.SECTION;
        };
        return Suggester.keywordsStartingWith(held.searcher(), field, prefix, max);
    }

    @Override
    public List<SampledParagraph> sample(EngineQuery query, int limit) {
        return Suggester.sample(held.searcher(), query, limit);
    }

    @Override
    public Vocabulary vocabulary() {
        return vocabulary.of(held.searcher().getIndexReader());
    }

    @Override
    public void close() {
        held.close();
    }
}
