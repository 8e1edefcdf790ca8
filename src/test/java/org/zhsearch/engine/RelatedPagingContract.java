package org.zhsearch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.Hit;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;

/**
 * Related results page: with {@code relatedOffset} one hit at a time, the pages together are every related result
 * exactly once, {@code relatedTotal} of them, in the order of one page holding them all — by paragraph and by
 * article.
 */
final class RelatedPagingContract {
    private RelatedPagingContract() {}

    static void run(ZhSearch zh, String question) {
        for (Grouping group : Grouping.values()) {
            SearchRequest q = SearchRequest.of(question).withGroup(group);
            SearchResult all = zh.search(q.withLimit(SearchRequest.MAX_LIMIT));
            assertThat(all.total()).as("a question without exact hits").isZero();
            assertThat(all.relatedTotal())
                    .as("%s by %s: enough to page", question, group)
                    .isGreaterThan(1);
            assertThat(all.related()).hasSize((int) all.relatedTotal());

            List<String> paged = new ArrayList<>();
            for (int offset = 0; offset < all.relatedTotal(); offset++) {
                SearchResult page = zh.search(q.withLimit(1).withRelatedOffset(offset));
                assertThat(page.relatedTotal()).isEqualTo(all.relatedTotal());
                assertThat(page.relaxedQuery()).isEqualTo(all.relaxedQuery());
                assertThat(page.related()).hasSize(1);
                paged.add(page.related().get(0).id());
            }
            assertThat(paged)
                    .as("%s by %s, page by page", question, group)
                    .doesNotHaveDuplicates()
                    .containsExactlyElementsOf(
                            all.related().stream().map(Hit::id).toList());
            if (group == Grouping.ARTICLE) {
                assertThat(all.related()).extracting(Hit::articleId).doesNotHaveDuplicates();
            }
            SearchResult beyond = zh.search(q.withRelatedOffset((int) all.relatedTotal()));
            assertThat(beyond.related()).isEmpty();
            assertThat(beyond.relatedTotal()).isEqualTo(all.relatedTotal());
        }
    }
}
