package org.zhsearch.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.Facet;
import org.zhsearch.api.FacetValue;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;

/**
 * Searches while a writer keeps putting and deleting articles, for checking that one result describes one index
 * state. Every written article has one paragraph with both words of {@link #QUERY} (an exact hit) and one with only
 * the first (a related hit), and a source. So in any one state, with W written articles live: total = related total
 * = the sum of the source facet's counts = W, by paragraph and by article, and every hit is on the page. A result
 * assembled from reads of different states breaks one of these as soon as a write lands between two reads: with a
 * searcher (or a request to the alias) per engine call, as before issue 23, 18 of 257 embedded searches and 34 of 100
 * OpenSearch searches disagreed.
 */
public final class WritesDuringSearches {
    static final String QUERY = "冰灯 游客";
    /** Few enough that the totals stay below {@link SearchRequest#RELATED_BELOW} (related results are asked for). */
    private static final int IDS = 4;

    private static final int MIN_SEARCHES = 100;

    private WritesDuringSearches() {}

    /** What a run saw. */
    public record Outcome(int searches, int writes, int nonEmpty, List<String> disagreements) {}

    /**
     * Runs searches on {@code zh} while another thread writes, until {@code wantedWrites} writes landed and 100
     * searches ran, or {@code atMost} passed (writes are durable, so slow on a busy disk); the writer's failure throws.
     */
    public static Outcome run(ZhSearch zh, int wantedWrites, Duration atMost) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger writes = new AtomicInteger();
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(
                () -> {
                    Random random = new Random(23);
                    try {
                        while (!stop.get()) {
                            int k = random.nextInt(IDS);
                            if (random.nextBoolean()) {
                                zh.put(article(k));
                            } else {
                                zh.delete("pit/" + k);
                            }
                            writes.incrementAndGet();
                        }
                    } catch (Throwable t) {
                        writerFailure.set(t);
                    }
                },
                "pit-writer");
        writer.start();
        int searches = 0;
        int nonEmpty = 0;
        List<String> disagreements = new ArrayList<>();
        long end = System.nanoTime() + atMost.toNanos();
        try {
            while ((writes.get() < wantedWrites || searches < MIN_SEARCHES)
                    && System.nanoTime() < end
                    && writerFailure.get() == null) {
                Grouping g = searches % 2 == 0 ? Grouping.PARAGRAPH : Grouping.ARTICLE;
                SearchResult r = zh.search(SearchRequest.of(QUERY).withGroup(g).withFacets(Facet.SOURCE));
                searches++;
                nonEmpty += r.total() > 0 ? 1 : 0;
                String problem = disagreement(r);
                if (problem != null) {
                    disagreements.add(g + ": " + problem);
                }
            }
        } finally {
            stop.set(true);
            writer.join();
            for (int k = 0; k < IDS; k++) {
                zh.delete("pit/" + k);
            }
        }
        if (writerFailure.get() != null) {
            throw new AssertionError("the writer failed", writerFailure.get());
        }
        return new Outcome(searches, writes.get(), nonEmpty, disagreements);
    }

    /** What in {@code r} does not describe one index state, or null. */
    static String disagreement(SearchResult r) {
        long facetSum = r.facets().get(Facet.SOURCE.label()).stream()
                .mapToLong(FacetValue::count)
                .sum();
        if (r.total() != r.relatedTotal()
                || r.total() != facetSum
                || r.hits().size() != r.total()
                || r.related().size() != r.relatedTotal()) {
            return "total " + r.total() + ", hits " + r.hits().size() + ", related total " + r.relatedTotal()
                    + ", related hits " + r.related().size() + ", source facet sum " + facetSum;
        }
        return null;
    }

    private static Article article(int k) {
        return new Article(
                "pit/" + k,
                "节庆消息" + k,
                "2024-01-0" + (k + 1),
                "来源" + (k % 3),
                null,
                null,
                List.of(),
                List.of(new Paragraph(1, null, "哈尔滨的冰灯吸引了许多游客。"), new Paragraph(2, null, "冰灯在夜里亮起来。")));
    }
}
