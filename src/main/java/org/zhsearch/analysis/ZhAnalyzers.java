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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerFactory;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;

/**
 * The analysis chains of zhsearch, built only from stock Lucene factories (by their SPI names, exactly as a Solr
 * schema or an OpenSearch mapping would name them), so the same chains can later run on SolrCloud or OpenSearch
 * without plugins. Every chain starts with the same char filters: {@code icuNormalizer2(nfkc_cf)} (full-width →
 * half-width, compatibility ideographs → unified ones, {@code Ａ} → {@code a}) and, unless turned off,
 * {@code mapping} with {@link TraditionalSimplified}'s file (traditional → simplified, per code point). The text
 * shown to users is never altered; {@link NormalizedText} reproduces these two steps with an offset map.
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
 * <p>Dictionaries are per process: {@link #configure} builds the new chains (reading the files) and then swaps
 * them in atomically; {@link #words()} and {@link #chars()} return stable analyzers that delegate to the current
 * chains, so an IndexWriter holding them sees the change for the documents it analyses next. A configuration that
 * cannot be loaded throws and leaves the previous one in place. Not configured, the chains are the built-in
 * ones: no user words, no synonyms, folding on.
 */
public final class ZhAnalyzers {
    /** Name of the user dictionary's merge rules among the analysis resources. */
    static final String USER_DICT_RULES = "userdict-rules.txt";
    /** Name of the (normalised) synonyms among the analysis resources. */
    static final String SYNONYMS = "synonyms.txt";

    /**
     * What to load.
     *
     * @param userDict        user dictionary file, or null; a missing file is an empty dictionary
     * @param synonyms        synonyms file (Solr format), or null; a missing file means no synonyms
     * @param foldTraditional fold traditional characters to simplified ones (on by default; off only to measure)
     * @param questionWords   question and function words dropped when a query is relaxed (one per line), or
     *                        null for the built-in list ({@link QuestionWords}); a missing file means the built-in list
     */
    public record Config(Path userDict, Path synonyms, boolean foldTraditional, Path questionWords) {
        public Config(Path userDict, Path synonyms, boolean foldTraditional) {
            this(userDict, synonyms, foldTraditional, null);
        }

        /** No dictionaries, folding on: what zhsearch does unless configured. */
        public static Config builtIn() {
            return new Config(null, null, true);
        }
    }

    /**
     * What a configuration loaded.
     *
     * @param userWords     distinct words of the user dictionary
     * @param mergeRules    merge rules generated from them
     * @param synonymRules  rule lines of the synonyms file
     * @param problems      skipped user dictionary lines, each naming file, line and reason
     */
    public record Loaded(Config config, int userWords, int mergeRules, int synonymRules, List<String> problems) {
    }

    private record State(Loaded loaded, Analyzer words, Analyzer chars, QuerySynonyms synonyms,
                         QuestionWords questionWords) {
    }

    private static volatile State state = build(Config.builtIn());
    private static final Analyzer WORDS = new SwitchingAnalyzer(() -> state.words());
    private static final Analyzer CHARS = new SwitchingAnalyzer(() -> state.chars());

    private ZhAnalyzers() {
    }

    /** SmartChinese words (plus user words) for ranking. Thread-safe, shared, follows {@link #configure}. */
    public static Analyzer words() {
        return WORDS;
    }

    /** Normalised CJK unigrams + bigrams and whole Latin/digit words, for exact substring recall. */
    public static Analyzer chars() {
        return CHARS;
    }

    /** Other ways of writing a query term according to the synonyms file (never the term itself). */
    public static List<String> synonymsOf(String term) {
        return state.synonyms().alternatives(term);
    }

    /** The question and function words a relaxed query leaves out (如何, 怎么, 的 …). */
    public static QuestionWords questionWords() {
        return state.questionWords();
    }

    /** What is loaded now. */
    public static Loaded current() {
        return state.loaded();
    }

    /**
     * Loads {@code config} and makes it current for every analyzer of this process. On any error (unreadable
     * file, bad synonym rule) throws {@link IllegalArgumentException} or {@link UncheckedIOException} with a
     * message naming the file, and keeps the current configuration.
     */
    public static synchronized Loaded configure(Config config) {
        State next = build(config);
        NormalizedText.setFoldTraditional(config.foldTraditional());
        state = next;
        return next.loaded();
    }

    /** {@link #configure(Config)} with these files and folding on. */
    public static Loaded configure(Path userDict, Path synonyms) {
        return configure(new Config(userDict, synonyms, true));
    }

    /** Re-reads the files of the current configuration. */
    public static Loaded reload() {
        return configure(state.loaded().config());
    }

    /** Loads SmartChinese's dictionaries now (they load lazily, ~0.5 s) so the first query is not slow. */
    public static void warmUp() {
        UserDictionary.tokens(WORDS, "中华人民共和国成立了");
    }

    /** A Han (Chinese) character, including the newest extensions. */
    static boolean isHan(int cp) {
        return Character.isIdeographic(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static State build(Config config) {
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
                synonyms = new QuerySynonyms(expander, words);
            }
            Loaded loaded = new Loaded(config, dict.words().size(), dict.ruleCount(), synonymRules, dict.problems());
            return new State(loaded, words, chars, synonyms, QuestionWords.load(config.questionWords()));
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
