package org.zhsearch.api;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The dictionary files an index analyses with. A missing file means none (question words: the built-in list).
 *
 * @param userDict        user dictionary (one word a line), or null
 * @param synonyms        synonyms (Solr synonym format), or null
 * @param questionWords   question and function words dropped when a query is relaxed (one a line), or null for the
 *                        built-in list
 * @param foldTraditional fold traditional characters to simplified ones (on by default; off only to measure)
 * @param regionalVariants search a query's Taiwan/mainland phrase variants too (軟體 also finds 软件; on by default;
 *                        {@code search.variants} in the configuration)
 */
public record AnalysisConfig(
        Path userDict, Path synonyms, Path questionWords, boolean foldTraditional, boolean regionalVariants) {
    /** With regional variants on: the constructor before they existed. */
    public AnalysisConfig(Path userDict, Path synonyms, Path questionWords, boolean foldTraditional) {
        this(userDict, synonyms, questionWords, foldTraditional, true);
    }

    /** File name of the user dictionary in a config directory. */
    public static final String USER_DICT_FILE = "userdict.txt";
    /** File name of the synonyms in a config directory. */
    public static final String SYNONYMS_FILE = "synonyms.txt";
    /** File name of the question words in a config directory. */
    public static final String QUESTION_WORDS_FILE = "question-words.txt";

    /** No dictionaries, the built-in question words, folding on: what zhsearch does unless configured. */
    public static AnalysisConfig builtIn() {
        return new AnalysisConfig(null, null, null, true);
    }

    /**
     * {@code userdict.txt}, {@code synonyms.txt} and {@code question-words.txt} in {@code configDir}; a file missing
     * there means none, but a {@code configDir} that is not a directory is an {@code invalid_config} error (a typo
     * would otherwise run silently without the user dictionary and synonyms).
     */
    public static AnalysisConfig in(Path configDir) {
        if (!Files.isDirectory(configDir)) {
            throw new ZhsearchException(
                    ErrorCode.INVALID_CONFIG,
                    "configuration directory " + configDir.toAbsolutePath().normalize()
                            + (Files.exists(configDir) ? " is not a directory" : " does not exist")
                            + ": give the directory holding " + USER_DICT_FILE + " and " + SYNONYMS_FILE
                            + ", or use AnalysisConfig.builtIn() for none");
        }
        return new AnalysisConfig(
                configDir.resolve(USER_DICT_FILE),
                configDir.resolve(SYNONYMS_FILE),
                configDir.resolve(QUESTION_WORDS_FILE),
                true);
    }

    /** These user dictionary and synonyms files (either may be null), built-in question words, folding on. */
    public static AnalysisConfig of(Path userDict, Path synonyms) {
        return new AnalysisConfig(userDict, synonyms, null, true);
    }

    /** This configuration with regional variants on or off. */
    public AnalysisConfig withRegionalVariants(boolean on) {
        return new AnalysisConfig(userDict, synonyms, questionWords, foldTraditional, on);
    }
}
