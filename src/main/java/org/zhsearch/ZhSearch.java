package org.zhsearch;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.analysis.CurrentAnalysis;
import org.zhsearch.api.AnalysisConfig;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.IndexStats;
import org.zhsearch.api.Limits;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.PutResult;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.api.Token;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.config.Backend;
import org.zhsearch.config.ZhsearchConfig;
import org.zhsearch.corpus.ArticleParser;
import org.zhsearch.engine.Engine;
import org.zhsearch.engine.embedded.EmbeddedEngine;
import org.zhsearch.search.Searching;
import org.zhsearch.search.Suggesting;

/**
 * zhsearch as a library: build an index from a corpus, open it, search it. Thread-safe.
 *
 * <pre>{@code
 * ZhSearch.build(Path.of("corpus"), Path.of("index-data/index"), IndexOptions.defaults(), ProgressListener.NONE);
 * try (ZhSearch zh = ZhSearch.open(Path.of("index-data/index"))) {
 *     SearchResult r = zh.search(SearchRequest.of("主题教育"));
 * }
 * }</pre>
 * Each instance has its own analysis (dictionaries, synonyms, question words): two instances in one JVM may use
 * different ones, and {@link #reloadDictionaries()} changes only its own. Errors a user can fix are
 * {@link org.zhsearch.api.ZhsearchException}s with a message saying how.
 */
public final class ZhSearch implements Closeable {
    /** Longest text {@link #analyze} accepts. */
    public static final int MAX_ANALYZE_CHARS = Limits.ANALYZE_CHARS;

    /** File name of the user dictionary in a config directory. */
    public static final String USER_DICT_FILE = AnalysisConfig.USER_DICT_FILE;
    /** File name of the synonyms in a config directory. */
    public static final String SYNONYMS_FILE = AnalysisConfig.SYNONYMS_FILE;
    /** Question and function words left out of relaxed queries, in the config directory (built-in list if absent). */
    public static final String QUESTION_WORDS_FILE = AnalysisConfig.QUESTION_WORDS_FILE;

    private final Engine engine;
    private final CurrentAnalysis analysis;
    private final DeclaredFields fields;

    private ZhSearch(Engine engine, CurrentAnalysis analysis, DeclaredFields fields) {
        this.engine = engine;
        this.analysis = analysis;
        this.fields = fields;
    }

    /**
     * Builds {@code corpus} into a new generation under {@code indexHome} (built-in analysis), live atomically when
     * complete (a crash leaves the previous one); open instances on the home switch to it within about a second.
     */
    public static IndexReport build(Path corpus, Path indexHome, IndexOptions options, ProgressListener listener) {
        return build(corpus, indexHome, AnalysisConfig.builtIn(), options, listener);
    }

    /** {@link #build(Path, Path, IndexOptions, ProgressListener)} analysing with the dictionaries of {@code dictionaries}. */
    public static IndexReport build(
            Path corpus, Path indexHome, AnalysisConfig dictionaries, IndexOptions options, ProgressListener listener) {
        return build(new Backend.Embedded(indexHome), dictionaries, options.fields(), corpus, options, listener);
    }

    /** True when {@code indexHome} holds a complete, live index generation. */
    public static boolean exists(Path indexHome) {
        return EmbeddedEngine.exists(indexHome);
    }

    /** True when what {@code config} describes holds an index: a live generation, or an alias with an article. */
    public static boolean exists(ZhsearchConfig config) {
        if (config.backend() instanceof Backend.Embedded embedded) {
            return exists(embedded.indexHome());
        }
        try (ZhSearch zh = open(config.backend(), config.analysis(), DeclaredFields.NONE, false)) {
            return zh.stats().articles() > 0;
        }
    }

    /**
     * Builds {@code corpus} into the index {@code config} describes and switches to it atomically; every build (and
     * {@link #rebuild}) is the one pipeline, {@link Engine#rebuild}. Declared types are not compared: a build changes them.
     */
    public static IndexReport build(
            ZhsearchConfig config, Path corpus, IndexOptions options, ProgressListener listener) {
        return build(config.backend(), config.analysis(), config.fields(), corpus, options, listener);
    }

    private static IndexReport build(
            Backend backend,
            AnalysisConfig dictionaries,
            DeclaredFields fields,
            Path corpus,
            IndexOptions options,
            ProgressListener listener) {
        try (ZhSearch zh = open(backend, dictionaries, fields, false)) {
            return zh.rebuild(corpus, options, listener);
        }
    }

    /** Opens the index under {@code indexHome} with the built-in analysis, creating an empty one if absent. */
    public static ZhSearch open(Path indexHome) {
        return open(indexHome, AnalysisConfig.builtIn());
    }

    /**
     * Opens the index under {@code indexHome}; searches use the user dictionary, synonyms and question words in
     * {@code configDir} ({@link AnalysisConfig#in}), and {@link #reloadDictionaries()} re-reads them.
     */
    public static ZhSearch open(Path indexHome, Path configDir) {
        return open(indexHome, AnalysisConfig.in(configDir));
    }

    /** Opens the index under {@code indexHome}, analysing with {@code dictionaries}. */
    public static ZhSearch open(Path indexHome, AnalysisConfig dictionaries) {
        return open(new Backend.Embedded(indexHome), dictionaries, DeclaredFields.NONE, true);
    }

    /**
     * Opens what {@code config} describes: its engine ({@code backend}), the dictionaries next to its file and its
     * declared fields — refused ({@code ConfigException}) when the index has one as another type: rebuild it.
     */
    public static ZhSearch open(ZhsearchConfig config) {
        return open(config.backend(), config.analysis(), config.fields(), true);
    }

    /** The one open: every other delegates here ({@link EngineOpening}). */
    private static ZhSearch open(
            Backend backend, AnalysisConfig dictionaries, DeclaredFields fields, boolean forSearches) {
        CurrentAnalysis analysis = new CurrentAnalysis(AnalysisLoading.load(dictionaries));
        return new ZhSearch(EngineOpening.open(backend, analysis, fields, forSearches), analysis, fields);
    }

    /** The declared fields of this instance's configuration. */
    public DeclaredFields fields() {
        return fields;
    }

    /**
     * The dictionaries in use.
     *
     * @param userDict     user dictionary file (one word a line), or null for none
     * @param synonyms     synonyms file (Solr synonym format), or null for none
     * @param userWords    words loaded from {@code userDict} (0 if the file is missing)
     * @param synonymRules rule lines loaded from {@code synonyms} (0 if the file is missing)
     * @param problems     skipped lines of the user dictionary, each naming the file, line and reason
     */
    public record Dictionaries(Path userDict, Path synonyms, int userWords, int synonymRules, List<String> problems) {}

    /** The dictionaries this instance uses now. */
    public Dictionaries dictionaries() {
        return AnalysisLoading.describe(analysis.get());
    }

    /**
     * Re-reads this instance's dictionary files without a restart: searches, {@link #analyze} and {@link #put} use
     * them from the next call (other instances keep theirs). Paragraphs indexed before keep their old words in the
     * ranking field until the index is rebuilt; recall is unaffected either way. On an unreadable file or a bad
     * synonym rule this throws a {@link ZhsearchException} (code {@code invalid_dictionary}) naming the file and
     * line, and keeps the dictionaries in use.
     */
    public Dictionaries reloadDictionaries() {
        Analysis next = AnalysisLoading.load(analysis.get().loaded().config());
        analysis.set(next);
        return AnalysisLoading.describe(next);
    }

    /**
     * Builds {@code corpus} into a new generation with this instance's analysis and switches to it atomically
     * (articles written through {@link #put} survive it). Refused, like a failure, without touching the live index.
     */
    public IndexReport rebuild(Path corpus, IndexOptions options, ProgressListener listener) {
        return engine.rebuild(corpus, options.withFields(fields), listener);
    }

    /** Runs a search. Throws {@link org.zhsearch.api.InvalidQueryException} for a query that cannot be parsed. */
    public SearchResult search(SearchRequest request) {
        return Searching.search(engine, analysis.get(), fields, request);
    }

    /** The whole article with this id, if indexed. */
    public Optional<Article> article(String id) {
        return engine.article(id);
    }

    /**
     * Adds or replaces an article, durable and searchable on return: true when added, false when it replaced one
     * (decided with the write). A bad {@link Article#fields()} value or undeclared name writes nothing: an
     * {@link InvalidRequestException} names the field.
     */
    public boolean put(Article article) {
        Writes.requireWritable(article);
        return engine.put(Writes.withCheckedFields(article, fields));
    }

    /**
     * Adds or replaces up to {@link Limits#BULK_ARTICLES} articles in order, each whole or not at all, with one durable
     * flush, searchable on return; one {@link PutResult} per article (a refused one says why, the others are written).
     * A store that cannot be written (a full disk) throws {@code index_unwritable}: then none of the batch is kept.
     */
    public List<PutResult> putAll(List<Article> articles) {
        return Writes.putAll(engine, articles, fields);
    }

    /**
     * An article in the plain-text news format, read as the corpus reader reads a {@code .txt} file (header,
     * headings, metadata lines); never throws — text without paragraphs gives an article with none.
     */
    public static Article articleFromText(String id, String text) {
        return ArticleParser.parseText(id, text);
    }

    /**
     * An article from one JSON object, as a line of a {@code .jsonl} corpus file; its id is the JSON {@code "id"}
     * if present, else {@code fallbackId}. Throws {@link ZhsearchException} ({@code invalid_article}) saying what
     * is wrong.
     */
    public static Article articleFromJson(String fallbackId, String json) {
        return ArticleParser.parseJson(fallbackId, json);
    }

    /** Deletes an article; durable when this returns. Returns false if there was no such article. */
    public boolean delete(String id) {
        return engine.delete(id);
    }

    /** The words of {@code text} as the ranking field indexes them: SmartChinese's, with user words merged. */
    public List<Token> analyze(String text) {
        return analyze(analysis.get(), text);
    }

    /** {@link #analyze(String)} with {@code dictionaries}, without any index. */
    public static List<Token> analyze(String text, AnalysisConfig dictionaries) {
        return analyze(AnalysisLoading.load(dictionaries), text);
    }

    private static List<Token> analyze(Analysis analysis, String text) {
        Limits.requireAnalyzable(text);
        return analysis.tokens(text);
    }

    /** Completions of a typed prefix: titles, section headings and frequent words, best first. */
    public List<String> suggest(String prefix, int limit) {
        Limits.requireSuggestion(prefix, limit);
        return Suggesting.suggest(engine, analysis.get(), prefix, limit);
    }

    /** Why writes are refused now (a full disk, an I/O error since the last good write), or null; searches go on. */
    public String writeFailure() {
        return engine.health().writeFailure();
    }

    /** True while a searcher can be acquired on the live index: a liveness probe that reads nothing from disk. */
    public boolean isServing() {
        return engine.health().serving();
    }

    /** Article and paragraph counts, size and build time of the live index. */
    public IndexStats stats() {
        return engine.stats();
    }

    /**
     * Makes this instance the index home's one writer now — normally that happens at its first {@link #put} or
     * {@link #delete}. Servers call it at start, so a second one is refused at once and the journal's writes are
     * replayed before the first request. Throws {@code index_locked} naming the process that is the writer.
     */
    public void becomeWriter() {
        engine.becomeWriter();
    }

    /** True while a build of this index runs elsewhere (the {@code index} command, another server's reindex). */
    public boolean buildRunning() {
        return engine.buildRunning();
    }

    /** Re-reads the index now (normally automatic within a second of any change, in this or another process). */
    public void refresh() {
        engine.refresh();
    }

    @Override
    public void close() {
        engine.close();
    }
}
