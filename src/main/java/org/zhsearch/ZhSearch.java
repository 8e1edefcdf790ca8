package org.zhsearch;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.zhsearch.analysis.ZhAnalyzers;
import org.zhsearch.api.Article;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.IndexStats;
import org.zhsearch.api.InvalidRequestException;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.api.Token;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.index.Fields;
import org.zhsearch.index.IndexBuilder;
import org.zhsearch.index.IndexHome;
import org.zhsearch.index.LiveIndex;
import org.zhsearch.index.ParagraphDocuments;
import org.zhsearch.search.ParagraphSearcher;
import org.zhsearch.search.Suggester;

/**
 * zhsearch as a library: build an index from a corpus, open it, search it. Thread-safe.
 *
 * <pre>{@code
 * ZhSearch.build(Path.of("corpus"), Path.of("index-data/index"), IndexOptions.defaults(), ProgressListener.NONE);
 * try (ZhSearch zh = ZhSearch.open(Path.of("index-data/index"))) {
 *     SearchResult r = zh.search(SearchRequest.of("主题教育"));
 * }
 * }</pre>
 * Errors a user can fix are {@link org.zhsearch.api.ZhsearchException}s with a message saying how.
 */
public final class ZhSearch implements Closeable {
    /** Longest text {@link #analyze} accepts. */
    public static final int MAX_ANALYZE_CHARS = 10_000;

    /** File name of the user dictionary in a config directory. */
    public static final String USER_DICT_FILE = "userdict.txt";
    /** File name of the synonyms in a config directory. */
    public static final String SYNONYMS_FILE = "synonyms.txt";
    /** Question and function words left out of relaxed queries, in the config directory (built-in list if absent). */
    public static final String QUESTION_WORDS_FILE = "question-words.txt";

    private final LiveIndex index;

    private ZhSearch(LiveIndex index) {
        this.index = index;
    }

    /**
     * Builds a fresh index of {@code corpus} in a new generation under {@code indexHome} and makes it live
     * atomically when complete; a crash mid-way leaves the previous generation live. Open instances of
     * {@link ZhSearch} on the same home switch to the new generation within about a second.
     */
    public static IndexReport build(Path corpus, Path indexHome, IndexOptions options, ProgressListener listener) {
        return IndexBuilder.build(corpus, new IndexHome(indexHome), options, listener);
    }

    /** True when {@code indexHome} holds a complete, live index generation. */
    public static boolean exists(Path indexHome) {
        return new IndexHome(indexHome).live().isPresent();
    }

    /** Opens the live index under {@code indexHome} for searching and writing, creating an empty one if absent. */
    public static ZhSearch open(Path indexHome) {
        // SmartChinese loads its dictionaries lazily (~0.5–1 s): start that now, beside opening the index, so a
        // server is ready sooner and the first query does not pay for it alone
        Thread warm = new Thread(ZhAnalyzers::warmUp, "zhsearch-warm-up");
        warm.setDaemon(true);
        warm.start();
        return new ZhSearch(LiveIndex.open(new IndexHome(indexHome)));
    }

    /**
     * {@link #useDictionaries(Path)} with {@code configDir}, then {@link #open(Path)}: searches use the user
     * dictionary and synonyms in {@code configDir}, and {@link #reloadDictionaries()} re-reads them.
     */
    public static ZhSearch open(Path indexHome, Path configDir) {
        useDictionaries(configDir);
        return open(indexHome);
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
    public record Dictionaries(Path userDict, Path synonyms, int userWords, int synonymRules, List<String> problems) {
    }

    /**
     * Makes this process analyse with {@code configDir/userdict.txt} and {@code configDir/synonyms.txt}, and relax
     * queries with {@code configDir/question-words.txt} (any may be missing; question words then default to the
     * built-in list). Call it before {@link #build} so the ranking field is indexed with the user words.
     */
    public static Dictionaries useDictionaries(Path configDir) {
        return load(() -> ZhAnalyzers.configure(new ZhAnalyzers.Config(configDir.resolve(USER_DICT_FILE),
                configDir.resolve(SYNONYMS_FILE), true, configDir.resolve(QUESTION_WORDS_FILE))));
    }

    /**
     * Makes this process analyse with these dictionary files (null or a missing file: none). Dictionaries are per
     * process and apply at once to searches, {@link #analyze}, {@link #put} and builds started afterwards.
     * User words change how the ranking field is indexed: text indexed before keeps its old words until the next
     * {@link #build} (recall is never affected; ranking of already indexed text is, until the rebuild). Synonyms
     * apply at query time only and need no rebuild. On an unreadable file or a bad synonym rule this throws a
     * {@link ZhsearchException} (code {@code invalid_dictionary}) naming the file and line, and keeps the
     * dictionaries in use.
     */
    public static Dictionaries useDictionaries(Path userDict, Path synonyms) {
        return load(() -> ZhAnalyzers.configure(userDict, synonyms));
    }

    /** The dictionaries this process uses now. */
    public static Dictionaries dictionaries() {
        return describe(ZhAnalyzers.current());
    }

    /**
     * Re-reads the dictionary files in use (see {@link #useDictionaries(Path, Path)}) without a restart: searches
     * and {@link #analyze} use them from the next call. Paragraphs indexed before keep their old words in the
     * ranking field until the index is rebuilt; recall is unaffected either way.
     */
    public Dictionaries reloadDictionaries() {
        return load(ZhAnalyzers::reload);
    }

    private static Dictionaries load(Supplier<ZhAnalyzers.Loaded> configure) {
        try {
            return describe(configure.get());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new ZhsearchException(org.zhsearch.api.ErrorCode.INVALID_DICTIONARY, e.getMessage(), e);
        }
    }

    private static Dictionaries describe(ZhAnalyzers.Loaded loaded) {
        return new Dictionaries(loaded.config().userDict(), loaded.config().synonyms(), loaded.userWords(),
                loaded.synonymRules(), loaded.problems());
    }

    /** Runs a search. Throws {@link org.zhsearch.api.InvalidQueryException} for a query that cannot be parsed. */
    public SearchResult search(SearchRequest request) {
        return index.withSearcher(s -> ParagraphSearcher.search(s, request));
    }

    /** The whole article with this id, if indexed. */
    public Optional<Article> article(String id) {
        return index.withSearcher(s -> {
            var docs = LiveIndex.documents(s, new Term(Fields.ARTICLE_ID, id));
            return docs.isEmpty() ? Optional.empty() : Optional.of(ParagraphDocuments.toArticle(docs));
        });
    }

    /**
     * Adds or replaces an article; durable and searchable when this returns. Returns true when it was added
     * (no article had its id), false when it replaced one — decided atomically with the write.
     */
    public boolean put(Article article) {
        if (article.id() == null || article.id().isBlank()) {
            throw new InvalidRequestException("an article needs a non-empty id");
        }
        if (article.paragraphs().isEmpty()) {
            throw new InvalidRequestException("article " + article.id() + " has no paragraphs; send at least one");
        }
        return index.replace(article);
    }

    /** Deletes an article; durable when this returns. Returns false if there was no such article. */
    public boolean delete(String id) {
        return index.delete(id);
    }

    /** The words of {@code text} as the ranking field indexes them: SmartChinese's, with user words merged. */
    public List<Token> analyze(String text) {
        if (text.length() > MAX_ANALYZE_CHARS) {
            throw new InvalidRequestException("text is " + text.length() + " characters; analyze at most "
                    + MAX_ANALYZE_CHARS);
        }
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = ZhAnalyzers.words().tokenStream(Fields.WORDS, text)) {
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

    /** Completions of a typed prefix: titles, section headings and frequent words, best first. */
    public List<String> suggest(String prefix, int limit) {
        return index.withSearcher(s -> Suggester.suggest(s, prefix, limit));
    }

    /**
     * Why writes cannot be accepted now (the last write failed and the index directory has not taken a write
     * since: full disk, I/O error), or {@code null} when they can. Searches keep working meanwhile.
     */
    public String writeFailure() {
        return index.writeFailure();
    }

    /** True while a searcher can be acquired on the live index: a liveness probe that reads nothing from disk. */
    public boolean isServing() {
        return index.withSearcher(s -> s.getIndexReader().getRefCount() > 0);
    }

    /** Article and paragraph counts, size and build time of the live index. */
    public IndexStats stats() {
        return index.withSearcher(s -> {
            try {
                long articles = s.count(new TermQuery(new Term(Fields.FIRST, Fields.YES)));
                return new IndexStats(articles, s.getIndexReader().numDocs(), index.sizeBytes(), index.builtAt());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Re-reads the index now (normally automatic within a second of any change, in this or another process). */
    public void refresh() {
        try {
            index.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        index.close();
    }
}
