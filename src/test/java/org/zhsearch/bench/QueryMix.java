package org.zhsearch.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.zhsearch.api.Article;
import org.zhsearch.api.Grouping;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.SearchRequest;

/**
 * A fixed, seeded mix of queries drawn from a corpus, by class: CJK substrings of 2–6 characters, 2–3-term AND,
 * quoted phrases, source/date-filtered, grouped by article, rare spans and a very common character.
 */
final class QueryMix {
    private QueryMix() {}

    static Map<String, List<SearchRequest>> build(List<Article> articles, int perClass, long seed) {
        Random random = new Random(seed);
        List<Article> withText =
                articles.stream().filter(a -> !a.paragraphs().isEmpty()).toList();
        Map<String, List<SearchRequest>> mix = new LinkedHashMap<>();
        mix.put(
                "substring 2-6",
                repeat(perClass, () -> SearchRequest.of(span(withText, random, 2 + random.nextInt(5)))));
        mix.put("AND 2-3 terms", repeat(perClass, () -> {
            Paragraph p = paragraph(withText, random);
            int terms = 2 + random.nextInt(2);
            StringBuilder q = new StringBuilder();
            for (int i = 0; i < terms; i++) {
                String s = spanOf(p.text(), 2, random);
                if (s != null) {
                    q.append(q.isEmpty() ? "" : " ").append(s);
                }
            }
            return SearchRequest.of(q.isEmpty() ? span(withText, random, 2) : q.toString());
        }));
        mix.put("quoted phrase", repeat(perClass, () -> SearchRequest.of("\"" + span(withText, random, 4) + "\"")));
        mix.put("filtered", repeat(perClass, () -> {
            Article a = withText.get(random.nextInt(withText.size()));
            SearchRequest r = SearchRequest.of(span(withText, random, 2));
            if (a.source() != null) {
                r = r.withSource(a.source());
            }
            java.time.LocalDate from = java.time.LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1000));
            return r.withDates(from, from.plusDays(365));
        }));
        mix.put(
                "group=article",
                repeat(
                        perClass,
                        () -> SearchRequest.of(span(withText, random, 2)).withGroup(Grouping.ARTICLE)));
        mix.put("rare (6 chars)", repeat(perClass, () -> SearchRequest.of(span(withText, random, 6))));
        mix.put("very common", repeat(perClass, () -> SearchRequest.of(random.nextBoolean() ? "的" : "是")));
        return mix;
    }

    private static List<SearchRequest> repeat(int n, java.util.function.Supplier<SearchRequest> s) {
        List<SearchRequest> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(s.get());
        }
        return out;
    }

    private static Paragraph paragraph(List<Article> articles, Random random) {
        Article a = articles.get(random.nextInt(articles.size()));
        return a.paragraphs().get(random.nextInt(a.paragraphs().size()));
    }

    /** A random span of {@code len} ideographs from some paragraph (retries until one is found). */
    static String span(List<Article> articles, Random random, int len) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            String s = spanOf(paragraph(articles, random).text(), len, random);
            if (s != null) {
                return s;
            }
        }
        return "的";
    }

    private static String spanOf(String text, int len, Random random) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String s = RecallCheck.randomSpan(text, len, random);
            if (s != null) {
                return s;
            }
        }
        return null;
    }
}
