package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.TestCorpus;
import org.zhsearch.ZhSearch;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.AnalysisConfig;
import org.zhsearch.api.Article;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.bench.RecallCheck;

/**
 * The recall promise with every Chinese-text feature on: the shipped user dictionary plus words of the fixtures,
 * synonyms that fire on the fixtures, and traditional/simplified folding (the mixed corpus has a Big5 article).
 * A span finds exactly the paragraphs containing it or one of its synonym alternatives; the same span typed in
 * traditional characters finds the same paragraphs (except where it differs in one of the 8 characters that
 * simplified text uses too and so are never folded, such as 著).
 */
class ChineseTextRecallPropertyTest {
    static final long SEED = 20261127L;

    @TempDir
    static Path tmp;

    static ZhSearch zh;
    /** The index's analysis, for the oracle's normalisation and synonyms. */
    static Analysis analysis;

    static List<Article> articles;
    static List<String[]> paragraphs = new ArrayList<>(); // {id, normalised text, original text}

    @BeforeAll
    static void buildIndex() throws Exception {
        Path corpus = TestCorpus.write(tmp.resolve("corpus"));
        TestCorpus.copyTree(Path.of("src/test/resources/corpus/mixed"), corpus.resolve("mixed"));
        Path userDict = Files.writeString(
                tmp.resolve("userdict.txt"),
                Files.readString(Path.of("config/userdict.txt")) + "\n主题教育\n乡村振兴\n人工智能\n千行百业\n河滨公园\n");
        Path synonyms = Files.writeString(tmp.resolve("synonyms.txt"), """
                教育, 培训
                乡村, 农村
                公园, 绿道
                市场, 集市
                群众, 民众
                芯片 => 算力
                """);
        AnalysisConfig dictionaries = AnalysisConfig.of(userDict, synonyms);
        analysis = Analysis.load(dictionaries);
        ZhSearch.build(corpus, tmp.resolve("index"), dictionaries, IndexOptions.defaults(), ProgressListener.NONE);
        zh = ZhSearch.open(tmp.resolve("index"), dictionaries);
        articles = RecallCheck.articles(corpus);
        for (Article a : articles) {
            for (Paragraph p : a.paragraphs()) {
                paragraphs.add(new String[] {a.id() + "#" + p.n(), analysis.normalize(p.text()), p.text()});
            }
        }
    }

    @AfterAll
    static void close() {
        zh.close();
    }

    @Test
    void recallCheckFindsEveryParagraphContainingTheSpan() {
        for (RecallCheck.Row row : RecallCheck.run(zh, articles, 1, 6, 60, SEED)) {
            assertThat(row.queries()).as("spans of length %d", row.length()).isGreaterThan(20);
            assertThat(row.found()).as("recall, length %d", row.length()).isEqualTo(row.expected());
        }
    }

    @Test
    void spansFindExactlyTheParagraphsWithTheSpanOrASynonym() {
        Random random = new Random(SEED);
        int withSynonyms = 0;
        for (int len = 1; len <= 6; len++) {
            for (int q = 0, attempts = 0; q < 60 && attempts < 10_000; attempts++) {
                String span = RecallCheck.randomSpan(paragraphs.get(random.nextInt(paragraphs.size()))[2], len, random);
                if (span == null) {
                    continue;
                }
                q++;
                List<String> forms = new ArrayList<>(List.of(span));
                forms.addAll(analysis.synonymsOf(span));
                withSynonyms += forms.size() > 1 ? 1 : 0;
                Set<String> expected = new HashSet<>();
                for (String[] p : paragraphs) {
                    if (forms.stream().anyMatch(f -> p[1].contains(analysis.normalize(f)))) {
                        expected.add(p[0]);
                    }
                }
                SearchResult r = zh.search(SearchRequest.of(span).withLimit(SearchRequest.MAX_LIMIT));
                assertThat(r.total()).as("total for %s %s", span, forms).isEqualTo(expected.size());
                assertThat(ids(r)).as("paragraphs for %s %s", span, forms).isEqualTo(expected);
            }
        }
        assertThat(withSynonyms).as("spans that had synonyms").isGreaterThan(10);
    }

    @Test
    void aSpanTypedInTraditionalCharactersFindsTheSameParagraphs() {
        Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");
        Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
        Random random = new Random(SEED + 1);
        int changed = 0;
        int unfolded = 0;
        for (int q = 0, attempts = 0; q < 150 && attempts < 10_000; attempts++) {
            String span = RecallCheck.randomSpan(
                    paragraphs.get(random.nextInt(paragraphs.size()))[2], 2 + random.nextInt(4), random);
            if (span == null) {
                continue;
            }
            q++;
            for (String other : List.of(toTraditional.transliterate(span), toSimplified.transliterate(span))) {
                if (!analysis.normalize(other).equals(analysis.normalize(span))) {
                    // ICU's contextual transform vs our per-code-point folding that leaves 8 characters of
                    // simplified text alone: 帶著 (ICU: 带着) is folded to 带著
                    unfolded++;
                    continue;
                }
                changed += other.equals(span) ? 0 : 1;
                assertThat(ids(zh.search(SearchRequest.of(other).withLimit(SearchRequest.MAX_LIMIT))))
                        .as("%s vs %s", other, span)
                        .isEqualTo(ids(zh.search(SearchRequest.of(span).withLimit(SearchRequest.MAX_LIMIT))));
            }
        }
        assertThat(changed).as("spans whose other script differs").isGreaterThan(50);
        assertThat(unfolded).as("spans with a character folding leaves alone").isLessThan(changed / 5);
    }

    private static Set<String> ids(SearchResult r) {
        Set<String> out = new HashSet<>();
        r.hits().stream().map(Hit::id).forEach(out::add);
        assertThat(out).hasSize((int) Math.min(r.total(), SearchRequest.MAX_LIMIT));
        return out;
    }
}
