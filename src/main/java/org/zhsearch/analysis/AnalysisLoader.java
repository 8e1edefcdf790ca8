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
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizerFactory;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;
import org.zhsearch.api.AnalysisConfig;
import org.zhsearch.api.Token;

/**
 * Builds an {@link Analysis} from an {@link AnalysisConfig}: reads the user dictionary, the synonyms and the
 * question words, and assembles the chains from stock Lucene factories by their SPI names. Generated texts (the
 * traditional → simplified mapping, the user dictionary's merge rules, the normalised synonyms) are handed to the
 * factories as named resources, as a Solr or OpenSearch configuration would name files.
 */
final class AnalysisLoader {
    /** Name of the user dictionary's merge rules among the analysis resources. */
    static final String USER_DICT_RULES = "userdict-rules.txt";
    /** Name of the (normalised) synonyms among the analysis resources. */
    static final String SYNONYMS = "synonyms.txt";

    private AnalysisLoader() {}

    /**
     * Builds the analysis {@code config} describes, reading its files. On an unreadable file or a bad synonym rule
     * throws {@link IllegalArgumentException} or {@link UncheckedIOException} with a message naming the file.
     */
    static Analysis load(AnalysisConfig config) {
        Resources resources = new Resources();
        boolean fold = config.foldTraditional();
        if (fold) {
            resources.put(TraditionalSimplified.RESOURCE, TraditionalSimplified.mappingText());
        }
        try {
            Analyzer base = words(normalizing(resources, fold), false);
            UserDictionary dict = UserDictionary.load(config.userDict(), base, fold);
            Analyzer words = base;
            boolean userDict = dict.ruleCount() > 0;
            if (userDict) {
                resources.put(USER_DICT_RULES, dict.rules());
                words = words(normalizing(resources, fold), true);
            }
            Analyzer chars = chars(normalizing(resources, fold));
            Analysis.IndexChains index = new Analysis.IndexChains(
                    words(CustomAnalyzer.builder(resources), userDict), chars(CustomAnalyzer.builder(resources)));
            QuerySynonyms synonyms = QuerySynonyms.none();
            int synonymRules = 0;
            String rules = readSynonyms(config.synonyms(), fold);
            if (rules != null) {
                synonymRules = (int) rules.lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .count();
            }
            if (synonymRules > 0) {
                resources.put(SYNONYMS, rules);
                Analyzer expander;
                try {
                    expander = normalizing(resources, fold)
                            .withTokenizer("icu", "cjkAsWords", "false")
                            .addTokenFilter(
                                    "synonymGraph",
                                    "synonyms",
                                    SYNONYMS,
                                    "expand",
                                    "true",
                                    "tokenizerFactory",
                                    ICUTokenizerFactory.class.getName(),
                                    "tokenizerFactory.cjkAsWords",
                                    "false")
                            .build();
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(config.synonyms() + ": " + rootMessage(e), e);
                }
                synonyms = new QuerySynonyms(expander, words, fold);
            }
            Analysis.Loaded loaded =
                    new Analysis.Loaded(config, dict.words().size(), dict.ruleCount(), synonymRules, dict.problems());
            Analyzer ranking = words;
            Supplier<RegionalVariants> variants = new LoadedOnce<>(() -> config.regionalVariants()
                    ? RegionalVariants.load(fold, phrase -> isOneWord(ranking, phrase))
                    : RegionalVariants.none());
            return new Analysis(
                    loaded, words, chars, index, synonyms, QuestionWords.load(config.questionWords(), fold), variants);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build analyzer", e);
        }
    }

    /** Whether the ranking analyzer cuts {@code phrase} as one word of its dictionary. */
    private static boolean isOneWord(Analyzer words, String phrase) {
        List<Token> tokens = Analysis.tokens(words, "words", phrase);
        return tokens.size() == 1 && tokens.get(0).start() == 0 && tokens.get(0).end() == phrase.length();
    }

    private static Analyzer chars(CustomAnalyzer.Builder b) throws IOException {
        return b.withTokenizer("icu", "cjkAsWords", "false")
                .addTokenFilter("cjkBigram", "outputUnigrams", "true")
                .addTokenFilter(OneGramPerCharFilterFactory.class)
                .build();
    }

    private static Analyzer words(CustomAnalyzer.Builder b, boolean userDict) throws IOException {
        b.withTokenizer(SmartChineseTokenizerFactory.class)
                .addTokenFilter("stop", "words", "stopwords.txt", "ignoreCase", "true");
        if (userDict) {
            b.addTokenFilter("synonymGraph", "synonyms", USER_DICT_RULES).addTokenFilter("flattenGraph");
        }
        return b.build();
    }

    private static CustomAnalyzer.Builder normalizing(Resources resources, boolean fold) throws IOException {
        CustomAnalyzer.Builder b =
                CustomAnalyzer.builder(resources).addCharFilter("icuNormalizer2", "name", "nfkc_cf", "mode", "compose");
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
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
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
            return text != null
                    ? new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))
                    : classpath.openResource(resource);
        }

        @Override
        public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
            return classpath.findClass(cname, expectedType);
        }
    }
}
