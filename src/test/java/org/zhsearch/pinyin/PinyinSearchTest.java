package org.zhsearch.pinyin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;

/**
 * Searching the words of the committed test set by their full pinyin, their initials and a begun last syllable
 * finds the paragraph that contains each word and marks the word's characters. Each word sits in a sentence of its
 * own (written for this test), so SmartChinese cuts it in context, as in real text. Pinyin finds whole words of
 * the index's cut, so the words counted are those the sentence's cut keeps as whole words (one, or a run:
 * 重|命名), not 音乐 in 音乐|会; the others are reported.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PinyinSearchTest {
    private static final String[] SENTENCES = {
        "本节介绍%s的基本用法。", "请先阅读有关%s的说明，再继续操作。", "在这种情况下，%s会影响最终结果。", "手册的附录列出了%s相关的条目。"
    };
    private static final int WORDS_PER_ARTICLE = 10;

    @TempDir
    static Path tmp;

    private ZhSearch zh;
    private List<PinyinReaderTest.Reading> words;
    /** The test words that their sentence's cut keeps as whole words (one or a run). */
    private final Set<String> wholeWords = new HashSet<>();

    @BeforeAll
    void indexOneSentencePerWord() throws IOException {
        words = PinyinReaderTest.testSet();
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (int a = 0; a * WORDS_PER_ARTICLE < words.size(); a++) {
            StringBuilder text = new StringBuilder("拼音测试第" + a + "篇\n");
            for (int i = a * WORDS_PER_ARTICLE; i < Math.min(words.size(), (a + 1) * WORDS_PER_ARTICLE); i++) {
                String sentence = String.format(
                        SENTENCES[i % SENTENCES.length], words.get(i).word());
                text.append(sentence).append('\n');
                String word = words.get(i).word();
                if (wordsAt(sentence, sentence.indexOf(word), word.length())) {
                    wholeWords.add(word);
                }
            }
            Files.writeString(corpus.resolve("a" + a + ".txt"), text);
        }
        ZhSearch.build(corpus, tmp.resolve("index"), IndexOptions.defaults(), ProgressListener.NONE);
        zh = ZhSearch.open(tmp.resolve("index"));
    }

    @AfterAll
    void close() {
        zh.close();
    }

    /** Whether the cut of {@code sentence} has a word start at {@code start} and a word end at its end. */
    private static boolean wordsAt(String sentence, int start, int length) {
        var tokens = org.zhsearch.analysis.Analysis.builtIn().tokens(sentence);
        return tokens.stream().anyMatch(t -> t.start() == start)
                && tokens.stream().anyMatch(t -> t.end() == start + length);
    }

    /** Full pinyin, initials and (when the last syllable starts with a consonant) the last cut to its letter. */
    private static List<String> typedForms(PinyinReaderTest.Reading r) {
        String[] syllables = r.syllables().split(" ");
        List<String> forms = new ArrayList<>();
        forms.add(String.join("", syllables));
        StringBuilder initials = new StringBuilder();
        for (String s : syllables) {
            initials.append(s.charAt(0));
        }
        forms.add(initials.toString());
        String last = syllables[syllables.length - 1];
        if ("aeo".indexOf(last.charAt(0)) < 0) {
            forms.add(String.join("", List.of(syllables).subList(0, syllables.length - 1)) + last.charAt(0));
        }
        return forms;
    }

    @Test
    void fullPinyinInitialsAndBegunSyllablesFindEveryWordAndMarkIt() {
        int expected = 0;
        List<String> missed = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        List<String> notWords = new ArrayList<>();
        for (PinyinReaderTest.Reading r : words) {
            if (!wholeWords.contains(r.word())) {
                notWords.add(r.word());
                continue;
            }
            for (String typed : typedForms(r)) {
                expected++;
                Hit hit = hitContaining(typed, r.word());
                if (hit == null) {
                    missed.add(typed + " → " + r.word());
                    continue;
                }
                assertThat(hit.match()).isEqualTo(Hit.PINYIN);
                if (!Pattern.compile("<mark>[^<]*" + Pattern.quote(r.word()) + "[^<]*</mark>")
                        .matcher(hit.highlight())
                        .find()) {
                    unmarked.add(typed + " → " + hit.highlight());
                }
            }
        }
        double recall = 1 - missed.size() / (double) expected;
        System.out.printf(
                "pinyin recall on the test set: %d/%d searches (%.3f); missed %s; not marked %s; not one word in"
                        + " their sentence %s%n",
                expected - missed.size(), expected, recall, missed, unmarked, notWords);
        assertThat(notWords.size()).isLessThan(words.size() / 10); // the test still covers most of the set
        assertThat(recall).isGreaterThanOrEqualTo(0.98);
        assertThat(unmarked).isEmpty();
    }

    /** The hit whose text contains {@code word} among all exact hits for {@code typed}, or null. */
    private Hit hitContaining(String typed, String word) {
        Set<String> seen = new HashSet<>();
        for (int offset = 0; offset <= SearchRequest.MAX_OFFSET; offset += SearchRequest.MAX_LIMIT) {
            SearchResult r = zh.search(SearchRequest.of(typed)
                    .withMode(SearchMode.EXACT)
                    .withLimit(SearchRequest.MAX_LIMIT)
                    .withOffset(offset));
            for (Hit h : r.hits()) {
                if (h.text().contains(word) && seen.add(h.id())) {
                    return h;
                }
            }
            if (offset + SearchRequest.MAX_LIMIT >= r.total()) {
                return null;
            }
        }
        return null;
    }
}
