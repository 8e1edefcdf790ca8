package org.zhsearch.engine.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.zhsearch.analysis.CurrentAnalysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.IndexStats;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.PutResult;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.build.BuildTarget;
import org.zhsearch.build.SyncTarget;
import org.zhsearch.engine.Engine;
import org.zhsearch.engine.EngineSnapshot;
import org.zhsearch.engine.IndexFormat;
import org.zhsearch.index.CorpusWrites;
import org.zhsearch.index.DeclaredDocuments;
import org.zhsearch.index.GenerationBuild;
import org.zhsearch.index.IndexHome;
import org.zhsearch.index.LiveIndex;
import org.zhsearch.index.ManifestFile;
import org.zhsearch.index.ParagraphDocuments;
import org.zhsearch.index.StoredArticles;
import org.zhsearch.schema.Fields;

/**
 * The engine that keeps a Lucene index in a directory of this machine: generations built by
 * {@link GenerationBuild} (through the one rebuild pipeline), served and written by {@link LiveIndex}, searched by
 * {@link LuceneSearch} through one held searcher per request ({@link EmbeddedSnapshot}).
 */
public final class EmbeddedEngine implements Engine {
    private final IndexHome home;
    private final CurrentAnalysis analysis;
    private final LiveIndex index;
    private final DeclaredFields declared;
    private final IndexVocabulary vocabulary = new IndexVocabulary();

    private EmbeddedEngine(IndexHome home, CurrentAnalysis analysis, LiveIndex index, DeclaredFields declared) {
        this.home = home;
        this.analysis = analysis;
        this.index = index;
        this.declared = declared;
    }

    /** Opens (creating an empty index if there is none) the index under {@code indexHome}. */
    public static EmbeddedEngine open(Path indexHome, CurrentAnalysis analysis) {
        return open(indexHome, analysis, DeclaredFields.NONE);
    }

    /** Opens the index under {@code indexHome}, indexing the {@code declared} fields of what is written. */
    public static EmbeddedEngine open(Path indexHome, CurrentAnalysis analysis, DeclaredFields declared) {
        IndexHome home = new IndexHome(indexHome);
        return new EmbeddedEngine(home, analysis, LiveIndex.open(home, analysis, declared), declared);
    }

    @Override
    public String fieldTypeProblem() {
        return index.withSearcher(s -> {
            try {
                var commit = ((DirectoryReader) s.getIndexReader()).getIndexCommit();
                return DeclaredDocuments.typeChange(commit.getUserData(), declared);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public String formatProblem() {
        return index.withSearcher(s -> {
            try {
                var commit = ((DirectoryReader) s.getIndexReader()).getIndexCommit();
                return IndexFormat.problem(commit.getUserData().get(IndexFormat.KEY));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** True when {@code indexHome} holds a complete index generation (live, or to adopt if CURRENT is damaged). */
    public static boolean exists(Path indexHome) {
        return new IndexHome(indexHome).hasIndex();
    }

    @Override
    public IndexReport rebuild(Path corpus, IndexOptions options, ProgressListener listener) {
        IndexReport report = Engine.super.rebuild(corpus, options, listener);
        refresh(); // the switch: this instance, the writer, replays the journal into the new generation
        return report;
    }

    @Override
    public BuildTarget newBuild(Path corpus, IndexOptions options) {
        // this instance writes during the build: it, not the build, must hold the writer lock (and replays the
        // journal into the new generation when it switches); if another process is the writer, that one does
        try {
            index.becomeWriter();
        } catch (ZhsearchException e) {
            if (e.errorCode() != ErrorCode.INDEX_LOCKED) {
                throw e;
            }
        }
        return GenerationBuild.open(home, analysis.get(), options.withFields(declared), corpus);
    }

    @Override
    public SyncTarget newSync(IndexOptions options) {
        return CorpusWrites.open(index);
    }

    @Override
    public boolean put(Article article) {
        return index.replace(article);
    }

    @Override
    public List<PutResult> putAll(List<Article> articles) {
        return index.replaceAll(articles);
    }

    @Override
    public boolean delete(String id) {
        return index.delete(id);
    }

    @Override
    public EngineSnapshot snapshot() {
        return new EmbeddedSnapshot(index.acquire(), vocabulary);
    }

    @Override
    public Optional<Article> article(String id) {
        return index.withSearcher(s -> {
            var docs = StoredArticles.documents(s, new Term(Fields.ARTICLE_ID, id));
            return docs.isEmpty() ? Optional.empty() : Optional.of(ParagraphDocuments.toArticle(docs));
        });
    }

    @Override
    public IndexStats stats() {
        return index.withSearcher(s -> {
            try {
                long articles = s.count(new TermQuery(new Term(Fields.FIRST, Fields.YES)));
                return new IndexStats(
                        articles,
                        s.getIndexReader().numDocs(),
                        index.sizeBytes(),
                        index.builtAt(),
                        ManifestFile.rootOf(index).orElse(null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public Health health() {
        boolean serving = index.withSearcher(s -> s.getIndexReader().getRefCount() > 0);
        return new Health(serving, index.writeFailure());
    }

    @Override
    public void refresh() {
        index.refresh();
    }

    @Override
    public boolean buildRunning() {
        return home.buildRunning();
    }

    @Override
    public void becomeWriter() {
        index.becomeWriter();
    }

    @Override
    public void close() {
        index.close();
    }
}
