/**
 * The index schema both engines share, described once as data: the fields of a paragraph document
 * ({@link org.zhsearch.schema.ParagraphField}: name, {@link org.zhsearch.schema.FieldKind kind}, stored or not,
 * derived or not, {@link org.zhsearch.schema.FieldUse what reads it} — filters, facets, sorts, grouping, ranking,
 * search, suggestions — and for analysed fields their {@link org.zhsearch.schema.TextAnalysis}), and the values an
 * article gives them ({@link org.zhsearch.schema.ArticleValues}, {@link org.zhsearch.schema.FieldValues}). The names
 * are also constants ({@link org.zhsearch.schema.Fields}) for code that names one field.
 *
 * <p>Design. Each engine translates the schema into its own words and imports nothing of the other:
 * {@code engine.opensearch.IndexSchema} derives the whole mapping from the kinds, and {@code ParagraphJson} writes
 * every field's value; the embedded engine's storage ({@code index.ParagraphDocuments}) translates field by field,
 * because Lucene cannot change a field's structures in segments already written, so some of its fields keep
 * choices of older indexes ({@code Fields} lists them). Kinds are neutral (keyword, value, flag, long, sort key, rank
 * feature, text, terms), not an engine's types; a derived field ({@code id}, {@code year}) may be left out by an
 * engine that computes it when read. Both engines cut text in our Java code, so the analyses here name our chains,
 * not an engine's analyzers. Golden files ({@code src/test/resources/org/zhsearch/schema}) hold both translations:
 * a change to either is deliberate (an OpenSearch mapping change needs existing indexes migrated).
 *
 * <p>Declared fields (the user's own, {@code api.DeclaredFields}) are described the same way: {@link
 * org.zhsearch.schema.DeclaredValues} says which index field and {@link org.zhsearch.schema.FieldKind kind} each type
 * becomes and how values are read, {@link org.zhsearch.schema.FieldCondition} and
 * {@link org.zhsearch.schema.FieldOrder} are a request's filters and order on them, checked against the type; the
 * embedded engine ({@code index.DeclaredDocuments}, {@code DeclaredFieldQueries}) and the OpenSearch engine
 * ({@code IndexSchema.declared}, {@code OpenSearchQueryMapper}) translate the same description.
 *
 * <p>A declared {@code text} field is searched as the title is ({@link org.zhsearch.schema.DeclaredValues#wordsField}:
 * its words, presence only, as {@link org.zhsearch.schema.ParagraphField#TITLE_WORDS}): it only ranks — a query
 * term whose words are all in it earns the title bonus times the field's weight ({@code engine.RankingPlanner}) —
 * and never decides a match, so the body's exact recall (which paragraphs are hits, totals, facets, related
 * results) is unchanged. Its words live apart from the stored value, so an index built before takes them without
 * a rebuild.
 *
 * <p>Imports nothing of ours but {@code api}.
 */
package org.zhsearch.schema;
