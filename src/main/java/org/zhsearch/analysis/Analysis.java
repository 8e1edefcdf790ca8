package org.zhsearch.analysis;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.zhsearch.api.AnalysisConfig;
import org.zhsearch.api.InvalidQueryException;
import org.zhsearch.api.Token;
import org.zhsearch.pinyin.PinyinReader;

/**
 * The analysis of one zhsearch instance, as an immutable value: the chains built from stock Lucene factories (by
 * their SPI names, exactly as a Solr schema or an OpenSearch mapping would name them) and one filter of ours, the
 * synonyms, the question words and the folding switch. Every chain starts with the same char filters: {@code icuNormalizer2(nfkc_cf)}
 * (full-width → half-width, compatibility ideographs → unified ones, {@code Ａ} → {@code a}) and, unless turned
 * off, {@code mapping} with {@link TraditionalSimplified}'s file (traditional → simplified, per code point). The
 * text shown to users is never altered; {@link #normalized(String)} reproduces these two steps with an offset map.
 *
 * <ul>
 *   <li>{@link #words()} — the ranking field: → {@code hmmChinese} (SmartChinese) → {@code stop} (SmartChinese's
 *       punctuation list) → with a user dictionary, {@code synonymGraph} with its merge rules
 *       ({@link UserDictionary}) → {@code flattenGraph}. Unlike {@code SmartChineseAnalyzer} it has no Porter
 *       stemmer.</li>
 *   <li>{@link #chars()} — the recall field: → {@code icu} tokenizer with {@code cjkAsWords=false} (one token per
 *       ideograph, classified with ICU's current Unicode tables, so even the newest CJK extensions are tokens) →
 *       {@code cjkBigram(outputUnigrams=true)}. Bigrams are only formed between ideographs that are adjacent in
 *       the text, so nothing matches across punctuation or spaces. Dictionaries never touch this field.</li>
 *   <li>{@link #synonymsOf(String)} — query-time synonyms ({@link QuerySynonyms}): → {@code icu} tokenizer →
 *       {@code synonymGraph} with the synonyms file.</li>
 * </ul>
 *
 * <p>An instance never changes: reloading dictionaries builds a new one ({@link #load}), and its owner swaps it in
 * ({@link CurrentAnalysis}), so two indexes in one JVM can use different dictionaries. Loading throws on an
 * unreadable file or a bad synonym rule, so a failed reload leaves the owner's value as it was.
 */
public final class Analysis {
    /**
     * What a configuration loaded.
     *
     * @param userWords     distinct words of the user dictionary
     * @param mergeRules    merge rules generated from them
     * @param synonymRules  rule lines of the synonyms file
     * @param problems      skipped user dictionary lines, each naming file, line and reason
     */
    public record Loaded(
            AnalysisConfig config, int userWords, int mergeRules, int synonymRules, List<String> problems) {}

    private final Loaded loaded;
    private final Analyzer words;
    private final Analyzer chars;
    private final IndexChains index;
    private final QuerySynonyms synonyms;
    private final QuestionWords questionWords;
    private final Supplier<RegionalVariants> variants; // loaded at first use: a build never asks
    private final PinyinReader pinyin = new PinyinReader();

    /** Made by {@link AnalysisLoader}. */
    Analysis(
            Loaded loaded,
            Analyzer words,
            Analyzer chars,
            IndexChains index,
            QuerySynonyms synonyms,
            QuestionWords questionWords,
            Supplier<RegionalVariants> variants) {
        this.loaded = loaded;
        this.words = words;
        this.chars = chars;
        this.index = index;
        this.synonyms = synonyms;
        this.questionWords = questionWords;
        this.variants = variants;
    }

    /**
     * Builds the analysis {@code config} describes, reading its files ({@link AnalysisLoader}). On an unreadable file
     * or a bad synonym rule throws {@link IllegalArgumentException} or {@link UncheckedIOException} with a message
     * naming the file.
     */
    public static Analysis load(AnalysisConfig config) {
        return AnalysisLoader.load(config);
    }

    /** No dictionaries, folding on: what zhsearch does unless configured. */
    public static Analysis builtIn() {
        return load(AnalysisConfig.builtIn());
    }

    /** SmartChinese words (plus user words) for ranking. Thread-safe. */
    public Analyzer words() {
        return words;
    }

    /**
     * Normalised CJK characters, one term each (the bigram it starts, or at a run's end the character), and whole
     * Latin/digit words, for exact substring recall. Thread-safe.
     */
    public Analyzer chars() {
        return chars;
    }

    /**
     * The words and recall chains without their two char filters, for text {@link #normalize}d already: what a
     * build runs, so each paragraph is normalised once (in Java, a few per cent of the char filters' cost) instead
     * of once per chain. The same terms at the same positions as {@link #words()} and {@link #chars()} give the
     * original text ({@code IndexChainsTest}).
     */
    public record IndexChains(Analyzer words, Analyzer chars) {}

    /** The recall chain for {@link #normalize}d text: what an index analyses {@link PrecutText#normalized} with. */
    public Analyzer indexChars() {
        return index.chars();
    }

    /** Other ways of writing a query term according to the synonyms file (never the term itself). */
    public List<String> synonymsOf(String term) {
        return synonyms.alternatives(term);
    }

    /**
     * The term's Taiwan/mainland phrase variants ({@link RegionalVariants}: 軟體 → 软件, 内存 → 記憶體), as query text
     * (never the term itself); empty when it has none or regional variants are off.
     */
    public List<String> variantsOf(String term) {
        String norm = normalize(term);
        if (norm.length() < 2 || variants.get().size() == 0) {
            return List.of();
        }
        Set<Integer> boundaries = new HashSet<>(List.of(0, norm.length()));
        for (Token t : tokens(norm)) {
            boundaries.add(t.start());
            boundaries.add(t.end());
        }
        return variants.get().alternatives(norm, boundaries);
    }

    /** The question and function words a relaxed query leaves out (如何, 怎么, 的 …). */
    public QuestionWords questionWords() {
        return questionWords;
    }

    /** What this value was loaded from and what it holds. */
    public Loaded loaded() {
        return loaded;
    }

    /** Whether traditional characters are folded to simplified ones (the default). */
    public boolean foldsTraditional() {
        return loaded.config().foldTraditional();
    }

    /** {@code s} normalised like the index normalises it (for queries and for checking results). */
    public String normalize(String s) {
        return NormalizedText.normalize(s, foldsTraditional());
    }

    /** {@code original} normalised like the index, with a map back to the original offsets (for highlighting). */
    public NormalizedText normalized(String original) {
        return NormalizedText.of(original, foldsTraditional());
    }

    /** The words of {@code text} as the ranking field indexes them, with offsets and positions. */
    public List<Token> tokens(String text) {
        return tokens(words, "words", text);
    }

    /** The terms {@code analyzer} makes of {@code text} in {@code field}, with offsets and positions. */
    static List<Token> tokens(Analyzer analyzer, String field, String text) {
        List<Token> tokens = new ArrayList<>();
        TokenWalk.walk(analyzer, field, text, ts -> {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            return position ->
                    tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), position));
        });
        return tokens;
    }

    /** How Chinese words read in pinyin (cached per analysis value). */
    public PinyinReader pinyin() {
        return pinyin;
    }

    /**
     * A paragraph's words pre-cut ({@link Precut}) from one SmartChinese pass.
     *
     * @param words      the words field's terms
     * @param normalized the text {@link #normalize}d, for the recall field ({@link #indexChars()})
     */
    public record PrecutText(String words, String normalized) {}

    /** The words of {@code text} pre-cut ({@link Precut}) (titles). */
    public String precutWords(String text) {
        return precut(text).words();
    }

    /** {@code text} normalised once and cut for the words field. */
    public PrecutText precut(String text) {
        String normalized = normalize(text);
        return new PrecutText(Precut.words(index.words(), normalized), normalized);
    }

    /** A term of the recall field at its position. */
    public record Unit(String term, int position) {}

    /**
     * The recall terms that find a text as an exact substring ({@link RecallTerms#phrase}), positions from 0:
     * {@code units} at their positions, where several units at one position are alternatives (any of them matches
     * there), and {@code prefix}, when not null, at the last position: any term that begins with its term (a lone
     * CJK character at the end: its end marker or any bigram it starts).
     */
    public record RecallPhrase(List<Unit> units, Unit prefix) {
        public RecallPhrase {
            units = List.copyOf(units);
        }

        /** Nothing to search for. */
        public boolean isEmpty() {
            return units.isEmpty() && prefix == null;
        }

        /** One term per position and no prefix: a plain term or phrase query. */
        public boolean isPlain() {
            return prefix == null
                    && units.stream().map(Unit::position).distinct().count() == units.size();
        }
    }

    /** The recall terms that find {@code text} as an exact substring; empty when it has nothing searchable. */
    public RecallPhrase recallPhrase(String text) {
        return RecallTerms.phrase(chars, text);
    }

    /**
     * {@code text}'s recall terms pre-cut ({@link Precut}) for OpenSearch, which indexes them with its whitespace
     * analyzer: the same terms at the same positions as our chain gives the embedded index.
     */
    public String precutRecall(String text) {
        return RecallTerms.precut(index.chars(), normalize(text));
    }

    /**
     * {@link #recallPhrase}, or an {@link InvalidQueryException} saying the text has nothing to search for: what
     * every engine's query planner needs for a term.
     */
    public RecallPhrase requireRecallPhrase(String text) {
        RecallPhrase phrase = recallPhrase(text);
        if (phrase.isEmpty()) {
            throw new InvalidQueryException(
                    "'" + text + "' has no letters, digits or Chinese characters to search for");
        }
        return phrase;
    }

    /** True when {@code text} has something the recall field indexes: a letter, a digit or a Chinese character. */
    public boolean isSearchable(String text) {
        return !UserDictionary.tokens(chars, text).isEmpty();
    }

    /**
     * Makes SmartChinese and, {@code forSearches}, the pinyin reader and the regional variants load their tables now
     * (they load lazily, ~0.5–1 s) so the first query or the first paragraph of a build does not wait for them.
     */
    public void warmUp(boolean forSearches) {
        List<Token> words = tokens("中华人民共和国成立了，银行在重庆");
        if (forSearches) { // a build reads no pinyin and no regional variants
            words.forEach(t -> pinyin.read(t.term()));
            variants.get();
        }
    }

    /** A Han (Chinese) character, including the newest extensions. */
    static boolean isHan(int cp) {
        return Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
