package org.zhsearch.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerFactory;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;
import org.zhsearch.api.AnalysisConfig;
import org.zhsearch.api.InvalidQueryException;
import org.zhsearch.api.Token;
import org.zhsearch.pinyin.PinyinReader;
import org.zhsearch.pinyin.PinyinText;

/**
 * The analysis of one zhsearch instance, as an immutable value: the chains built only from stock Lucene factories
 * (by their SPI names, exactly as a Solr schema or an OpenSearch mapping would name them), the synonyms, the
 * question words and the folding switch. Every chain starts with the same char filters: {@code icuNormalizer2(nfkc_cf)}
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
    /** Name of the user dictionary's merge rules among the analysis resources. */
    static final String USER_DICT_RULES = "userdict-rules.txt";
    /** Name of the (normalised) synonyms among the analysis resources. */
    static final String SYNONYMS = "synonyms.txt";
    /** Token types of the bigram filter. */
    private static final String CJK_SINGLE = "<SINGLE>";
    private static final String CJK_DOUBLE = "<DOUBLE>";

    /**
     * What a configuration loaded.
     *
     * @param userWords     distinct words of the user dictionary
     * @param mergeRules    merge rules generated from them
     * @param synonymRules  rule lines of the synonyms file
     * @param problems      skipped user dictionary lines, each naming file, line and reason
     */
    public record Loaded(AnalysisConfig config, int userWords, int mergeRules, int synonymRules,
                         List<String> problems) {
    }

    private final Loaded loaded;
    private final Analyzer words;
    private final Analyzer chars;
    private final QuerySynonyms synonyms;
    private final QuestionWords questionWords;
    private final PinyinReader pinyin = new PinyinReader();

    private Analysis(Loaded loaded, Analyzer words, Analyzer chars, QuerySynonyms synonyms,
                     QuestionWords questionWords) {
        this.loaded = loaded;
        this.words = words;
        this.chars = chars;
        this.synonyms = synonyms;
        this.questionWords = questionWords;
    }

    /** No dictionaries, folding on: what zhsearch does unless configured. */
    public static Analysis builtIn() {
        return load(AnalysisConfig.builtIn());
    }

    /** SmartChinese words (plus user words) for ranking. Thread-safe. */
    public Analyzer words() {
        return words;
    }

    /** Normalised CJK unigrams + bigrams and whole Latin/digit words, for exact substring recall. Thread-safe. */
    public Analyzer chars() {
        return chars;
    }

    /** Other ways of writing a query term according to the synonyms file (never the term itself). */
    public List<String> synonymsOf(String term) {
        return synonyms.alternatives(term);
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
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), position));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** How Chinese words read in pinyin (cached per analysis value). */
    public PinyinReader pinyin() {
        return pinyin;
    }

    /** The characters of {@code text} with their readings, read word by word (for pinyin highlighting). */
    public List<PinyinText.Reading> readings(String text) {
        return PinyinText.of(tokens(text), pinyin);
    }

    /**
     * A paragraph's words and pinyin pre-cut ({@link Precut}) from one SmartChinese pass.
     *
     * @param words  the words field's terms
     * @param pinyin the pinyin field's terms
     */
    public record PrecutText(String words, String pinyin) {
    }

    /** The words of {@code text} pre-cut ({@link Precut}), without pinyin (titles). */
    public String precutWords(String text) {
        return wordsPrecut(tokens(text));
    }

    /** {@code text} cut once for the words and pinyin fields. */
    public PrecutText precut(String text) {
        List<Token> tokens = tokens(text);
        Precut.Builder pinyinCut = new Precut.Builder(0);
        PinyinText.walk(tokens, pinyin, (syllables, start, end, position) -> {
            if (!syllables.isEmpty()) {
                pinyinCut.add(syllables.size() == 1 ? syllables.getFirst()
                        : String.join(String.valueOf(Precut.READINGS), syllables), position);
            }
        });
        return new PrecutText(wordsPrecut(tokens), pinyinCut.build());
    }

    /** The tokens' terms at their positions, pre-cut. */
    private static String wordsPrecut(List<Token> tokens) {
        Precut.Builder cut = new Precut.Builder(0);
        tokens.forEach(t -> cut.add(t.term(), t.position()));
        return cut.build();
    }

    /** A term of the recall field at its position. */
    public record Unit(String term, int position) {
    }

    /**
     * The terms that find {@code text} as an exact substring in the recall field, at their positions: the bigrams,
     * the unigrams of ideographs standing alone, and the Latin/digit words — unigrams inside a bigram add nothing.
     * Empty when the text has nothing searchable.
     */
    public List<Unit> recallUnits(String text) {
        record Typed(String term, int position, String type) {
        }
        List<Typed> tokens = new ArrayList<>();
        try (TokenStream ts = chars.tokenStream("chars", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                tokens.add(new Typed(term.toString(), position, type.type()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Unit> units = new ArrayList<>();
        for (Typed t : tokens) {
            boolean coveredByBigram = t.type().equals(CJK_SINGLE) && tokens.stream().anyMatch(o ->
                    o.type().equals(CJK_DOUBLE) && (o.position() == t.position() || o.position() == t.position() - 1));
            if (!coveredByBigram) {
                units.add(new Unit(t.term(), t.position()));
            }
        }
        return units;
    }

    /**
     * {@code text} normalised and re-cut for an engine whose recall chain is the {@code standard} tokenizer with
     * {@code cjk_bigram} (OpenSearch has no ICU tokenizer): our chain's words separated by spaces, ideographs that
     * are adjacent in the text kept adjacent (so the cluster forms the same bigrams), every other boundary a space
     * (so {@code 800kib}, which ICU cuts as 800|kib, is not one token there). What our chain drops is left out.
     */
    public String recallText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        try (TokenStream ts = chars.tokenStream("chars", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int lastEnd = -1;
            boolean lastHan = false;
            while (ts.incrementToken()) {
                if (type.type().equals(CJK_DOUBLE)) {
                    continue;
                }
                boolean han = type.type().equals(CJK_SINGLE) && term.codePoints().allMatch(Analysis::isHan);
                if (!out.isEmpty() && !(han && lastHan && offset.startOffset() == lastEnd)) {
                    out.append(' ');
                }
                out.append(term);
                lastEnd = offset.endOffset();
                lastHan = han;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * {@link #recallUnits}, or an {@link InvalidQueryException} saying the text has nothing to search for: what
     * every engine's query mapper needs for a term.
     */
    public List<Unit> requireRecallUnits(String text) {
        List<Unit> units = recallUnits(text);
        if (units.isEmpty()) {
            throw new InvalidQueryException("'" + text + "' has no letters, digits or Chinese characters to search for");
        }
        return units;
    }

    /** True when {@code text} has something the recall field indexes: a letter, a digit or a Chinese character. */
    public boolean isSearchable(String text) {
        return !UserDictionary.tokens(chars, text).isEmpty();
    }

    /**
     * Makes SmartChinese and the pinyin reader load their dictionaries now (they load lazily, ~0.5–1 s) so the first
     * query or the first paragraph of a build does not wait for them.
     */
    public void warmUp() {
        precut("中华人民共和国成立了，银行在重庆");
    }

    /** A Han (Chinese) character, including the newest extensions. */
    static boolean isHan(int cp) {
        return Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /**
     * Builds the analysis {@code config} describes, reading its files. On an unreadable file or a bad synonym rule
     * throws {@link IllegalArgumentException} or {@link UncheckedIOException} with a message naming the file.
     */
    public static Analysis load(AnalysisConfig config) {
        Resources resources = new Resources();
        boolean fold = config.foldTraditional();
        if (fold) {
            resources.put(TraditionalSimplified.RESOURCE, TraditionalSimplified.mappingText());
        }
        try {
            Analyzer base = words(resources, fold, false);
            UserDictionary dict = UserDictionary.load(config.userDict(), base, fold);
            Analyzer words = base;
            if (dict.ruleCount() > 0) {
                resources.put(USER_DICT_RULES, dict.rules());
                words = words(resources, fold, true);
            }
            Analyzer chars = normalizing(resources, fold)
                    .withTokenizer("icu", "cjkAsWords", "false")
                    .addTokenFilter("cjkBigram", "outputUnigrams", "true")
                    .build();
            QuerySynonyms synonyms = QuerySynonyms.none();
            int synonymRules = 0;
            String rules = readSynonyms(config.synonyms(), fold);
            if (rules != null) {
                synonymRules = (int) rules.lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
            }
            if (synonymRules > 0) {
                resources.put(SYNONYMS, rules);
                Analyzer expander;
                try {
                    expander = normalizing(resources, fold)
                            .withTokenizer("icu", "cjkAsWords", "false")
                            .addTokenFilter("synonymGraph", "synonyms", SYNONYMS, "expand", "true",
                                    "tokenizerFactory", ICUTokenizerFactory.class.getName(),
                                    "tokenizerFactory.cjkAsWords", "false")
                            .build();
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(config.synonyms() + ": " + rootMessage(e), e);
                }
                synonyms = new QuerySynonyms(expander, words, fold);
            }
            Loaded loaded = new Loaded(config, dict.words().size(), dict.ruleCount(), synonymRules, dict.problems());
            return new Analysis(loaded, words, chars, synonyms, QuestionWords.load(config.questionWords(), fold));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build analyzer", e);
        }
    }

    private static Analyzer words(Resources resources, boolean fold, boolean userDict) throws IOException {
        CustomAnalyzer.Builder b = normalizing(resources, fold)
                .withTokenizer("hmmChinese")
                .addTokenFilter("stop", "words", "stopwords.txt", "ignoreCase", "true");
        if (userDict) {
            b.addTokenFilter("synonymGraph", "synonyms", USER_DICT_RULES).addTokenFilter("flattenGraph");
        }
        return b.build();
    }

    private static CustomAnalyzer.Builder normalizing(Resources resources, boolean fold) throws IOException {
        CustomAnalyzer.Builder b = CustomAnalyzer.builder(resources)
                .addCharFilter("icuNormalizer2", "name", "nfkc_cf", "mode", "compose");
        if (fold) {
            b.addCharFilter("mapping", "mapping", TraditionalSimplified.RESOURCE);
        }
        return b;
    }

    /** The synonyms file normalised like the text (so rules match folded, case-folded tokens), or null. */
    private static String readSynonyms(Path file, boolean fold) {
        if (file == null || !Files.exists(file)) {
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return NormalizedText.normalize(text, fold);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + " is not valid UTF-8 — save it as UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !out.toString().contains(t.getMessage())) {
                out.append(out.isEmpty() ? "" : ": ").append(t.getMessage());
            }
        }
        return out.toString();
    }

    /** Generated texts by name, then SmartChinese's own resources (its stopwords.txt). */
    private static final class Resources implements ResourceLoader {
        private final Map<String, String> texts = new HashMap<>();
        private final ResourceLoader classpath = new ClasspathResourceLoader(SmartChineseAnalyzer.class);

        void put(String name, String text) {
            texts.put(name, text);
        }

        @Override
        public InputStream openResource(String resource) throws IOException {
            String text = texts.get(resource);
            return text != null ? new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))
                    : classpath.openResource(resource);
        }

        @Override
        public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
            return classpath.findClass(cname, expectedType);
        }
    }
}
