package org.zhsearch.relevance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.AnalysisConfig;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.InvalidQueryException;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;

/** This checkout's zhsearch as a user sees it: the exact hits, then (when there are few) the related ones. */
final class CurrentRanker implements Ranker {
    private final ZhSearch zhsearch;

    CurrentRanker(Path corpus, Path indexHome, Path configDir) {
        AnalysisConfig dictionaries = AnalysisConfig.in(configDir);
        ZhSearch.build(corpus, indexHome, dictionaries, IndexOptions.defaults(), new ProgressListener() {});
        zhsearch = ZhSearch.open(indexHome, dictionaries);
    }

    @Override
    public String name() {
        return "zhsearch (this checkout)";
    }

    @Override
    public List<String> top10(String query) {
        SearchResult result;
        try {
            result = zhsearch.search(SearchRequest.of(query));
        } catch (InvalidQueryException e) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (Hit hit : shown(result)) {
            if (ids.size() < Scores.DEPTH) {
                ids.add(hit.id());
            }
        }
        return ids;
    }

    /** The top 10 related results (empty when exact hits fill the first page), for pooling only. */
    List<String> relatedTop10(String query) {
        try {
            return zhsearch.search(SearchRequest.of(query)).related().stream()
                    .limit(Scores.DEPTH)
                    .map(Hit::id)
                    .toList();
        } catch (InvalidQueryException e) {
            return List.of();
        }
    }

    private static List<Hit> shown(SearchResult result) {
        List<Hit> all = new ArrayList<>(result.hits());
        all.addAll(result.related());
        return all;
    }

    @Override
    public long exactTotal(String query) {
        try {
            return zhsearch.search(SearchRequest.of(query)).total();
        } catch (InvalidQueryException e) {
            return 0;
        }
    }

    @Override
    public java.util.Set<String> allExactHits(String query) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        try {
            for (int offset = 0; offset <= SearchRequest.MAX_OFFSET; offset += SearchRequest.MAX_LIMIT) {
                SearchResult page = zhsearch.search(SearchRequest.of(query)
                        .withLimit(SearchRequest.MAX_LIMIT)
                        .withOffset(offset));
                page.hits().forEach(h -> ids.add(h.id()));
                if (offset + SearchRequest.MAX_LIMIT >= page.total()) {
                    break;
                }
            }
        } catch (InvalidQueryException e) {
            return ids;
        }
        return ids;
    }

    @Override
    public void close() {
        zhsearch.close();
    }
}
