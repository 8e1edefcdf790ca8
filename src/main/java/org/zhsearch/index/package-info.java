/**
 * The embedded engine's storage, used only by {@code engine.embedded}: the schema
 * ({@link org.zhsearch.schema.ParagraphField}) as Lucene documents and back
 * ({@link org.zhsearch.index.ParagraphDocuments}; an article's own values are stored on its first paragraph only and
 * read from there once per article of a request, {@link org.zhsearch.index.ArticleDocuments}), bulk builds and the generation swap protocol
 * ({@link org.zhsearch.index.IndexHome}), the live, refreshed index ({@link org.zhsearch.index.LiveIndex}), and the
 * writer's lock and journal. Every writer uses {@link org.zhsearch.index.ZhsearchCodec} (stock codec, smaller
 * stored-field chunks for cheap hit loading) and analyses with the owning instance's analysis
 * ({@link org.zhsearch.index.IndexAnalyzer}). The OpenSearch engine, search and everything above it import nothing
 * of it ({@code ArchitectureTest}). Internal to zhsearch; use the {@code ZhSearch} facade.
 *
 * <p>Durability design (issue 22): one process per home is the writer ({@link org.zhsearch.index.WriterLock});
 * only it appends to, cuts, compacts or replays the journal ({@link org.zhsearch.index.WriteJournal}); everyone
 * reads it through {@link org.zhsearch.index.JournalFile}, taking complete lines only. Records are numbered and a
 * generation's commit records the last number in it ({@code CommitData.JOURNAL_SEQ}), so "replay what the
 * generation lacks" is one rule for take-over, switching, fallback and adoption — a byte offset would not survive
 * compaction. Alternatives not taken: a lock shared by readers (a reader would block the writer's compaction), and
 * replay by readers into an in-memory overlay (deletes of the base generation cannot be expressed without a writer).
 *
 * <p>Updates ({@link org.zhsearch.index.CorpusWrites}) write corpus articles into the served generation in place,
 * committed but not journalled (the corpus, not the journal, is their source), under the build lock and as the
 * writer; the generation's corpus manifest is {@link org.zhsearch.index.ManifestFile} beside its Lucene files, so a
 * fallback generation keeps the manifest that matches it. Not taken: the manifest in the commit user data (atomic
 * with the commit, but every API write's commit would rewrite megabytes of it on a large corpus).
 */
package org.zhsearch.index;
