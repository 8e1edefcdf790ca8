package org.zhsearch.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.Paragraph;
import org.zhsearch.engine.StoredHit;
import org.zhsearch.schema.ArticleValues;
import org.zhsearch.schema.FieldValues;
import org.zhsearch.schema.Fields;
import org.zhsearch.schema.ParagraphField;

/**
 * Maps an {@link Article} to its paragraph documents and back: the schema ({@link ParagraphField}) in Lucene's words.
 * Field by field rather than by kind, because some fields carry choices Lucene cannot change in indexes already
 * written (see {@link Fields}): the facet companions {@code sourceFacet} and {@code publicationFacet}, and
 * {@code publication} stored only; the article's values (title, date, source, publication, page, editors,
 * declared values) are stored, and its title keyword and title's and declared text fields' words indexed, on its
 * first paragraph only, the keywords that filter or facet indexed on every paragraph; the article id and paragraph
 * number are doc values (and the id a keyword), never stored ({@link ParagraphKeys} reads them back); {@code role}
 * is stored only when it cannot be inferred, to save space; and {@code sourcePage} only when the paragraph has one.
 * Derived fields ({@link ParagraphField#derived()}) are not written: hits make the id, facets read the year from
 * the day. {@code ParagraphDocumentsGoldenTest} holds what this writes.
 */
public final class ParagraphDocuments {
    /** Longer titles/sections/sources are stored for display but not indexed as keywords. */
    static final int MAX_KEYWORD_CHARS = ParagraphField.MAX_KEYWORD_CHARS;
    /** Title words (and declared text fields' words) only decide a boost: no frequencies, positions or norms. */
    static final FieldType TITLE_WORDS_TYPE = titleWordsType();

    private ParagraphDocuments() {}

    /** One document per paragraph, with the values of the {@code declared} fields ({@link DeclaredDocuments}). */
    public static List<Document> of(Article article, Analysis analysis, DeclaredFields declared) {
        return of(article, 0, article.paragraphs().size(), analysis, declared);
    }

    /** Documents for paragraphs {@code from} (inclusive) to {@code to} (exclusive), 0-based list indexes. */
    public static List<Document> of(Article article, int from, int to, Analysis analysis, DeclaredFields declared) {
        List<Document> docs = new ArrayList<>(to - from);
        String fieldsJson = DeclaredDocuments.json(article.fields());
        ArticleValues values = ArticleValues.of(article);
        Long day = values.day();
        Long second = values.second();
        Map<String, String> textWords = DeclaredDocuments.textWords(article.fields(), declared, analysis);
        for (Paragraph p : article.paragraphs().subList(from, to)) {
            // the article's own values are stored, and its title's words indexed, on its first paragraph only:
            // hits read them from there, the title bonus joins on it (engine.embedded.InArticleQuery)
            boolean first = p.n() == 1;
            Analysis.PrecutText cut = analysis.precut(p.text());
            Document d = new Document();
            // id and n are doc values only, not stored: readers take them from there (ParagraphKeys); the indexed
            // id term is what replace and delete find an article by
            d.add(new StringField(Fields.ARTICLE_ID, article.id(), Field.Store.NO));
            d.add(new SortedDocValuesField(Fields.ARTICLE_ID, new BytesRef(article.id())));
            d.add(new NumericDocValuesField(Fields.N, p.n())); // also the last tie-break of equal scores
            if (p.n() == 1) {
                d.add(new StringField(Fields.FIRST, Fields.YES, Field.Store.NO));
            }
            if (p.section() != null) {
                addKeyword(d, Fields.SECTION, p.section(), true);
            }
            if (p.role().equals(Paragraph.HEADING)) {
                d.add(new StringField(Fields.HEADING, Fields.YES, Field.Store.NO));
            }
            // indexed for the ranking prior; stored only when it cannot be inferred (see roleOf): body and headings
            // are most paragraphs, and a million-paragraph article is read back whole
            d.add(new StringField(Fields.ROLE, p.role(), isInferred(p) ? Field.Store.NO : Field.Store.YES));
            if (article.title() != null) {
                if (first) {
                    // the title keyword only serves suggestions, which count articles: once per article is enough
                    addKeyword(d, Fields.TITLE, article.title(), true);
                    d.add(new Field(
                            Fields.TITLE_WORDS, titleWords(article.title(), p, cut, analysis), TITLE_WORDS_TYPE));
                }
            }
            d.add(new FeatureField(Fields.FEATURES, Fields.LENGTH_FEATURE, FieldValues.lengthFeature(p.text())));
            if (article.source() != null) {
                addKeyword(d, Fields.SOURCE, article.source(), first); // indexed on every paragraph: the filter
                if (article.source().length() <= MAX_KEYWORD_CHARS) {
                    d.add(new SortedDocValuesField(Fields.SOURCE_FACET, new BytesRef(article.source())));
                }
            }
            if (article.publication() != null && article.publication().length() <= MAX_KEYWORD_CHARS) {
                d.add(new StringField(Fields.PUBLICATION_FACET, article.publication(), Field.Store.NO));
                d.add(new SortedDocValuesField(Fields.PUBLICATION_FACET, new BytesRef(article.publication())));
            }
            if (first) {
                addStored(d, Fields.DATE, article.date());
            }
            if (day != null) {
                d.add(new LongPoint(Fields.DAY, day));
                d.add(new NumericDocValuesField(Fields.DAY, day));
            }
            if (second != null) {
                d.add(new NumericDocValuesField(Fields.DATE_TIME, second));
            }
            if (first) {
                addStored(d, Fields.PUBLICATION, article.publication());
                addStored(d, Fields.PAGE, article.page());
                for (String editor : article.editors()) {
                    d.add(new StoredField(Fields.EDITORS, editor));
                }
            }
            if (p.sourcePage() != null) {
                d.add(new StoredField(Fields.SOURCE_PAGE, p.sourcePage()));
            }
            d.add(new StoredField(Fields.TEXT, p.text()));
            d.add(new TextField(Fields.WORDS, cut.words(), Field.Store.NO));
            d.add(new TextField(Fields.CHARS, cut.normalized(), Field.Store.NO)); // normalised once, for both fields
            DeclaredDocuments.add(d, first, fieldsJson, article.fields(), declared, textWords);
            docs.add(d);
        }
        return docs;
    }

    /**
     * The title's words for the first paragraph {@code first}: that paragraph's own when it is the title's line (a
     * text file's first line is both), else the title cut on its own — SmartChinese once, not twice, per such file.
     */
    private static String titleWords(String title, Paragraph first, Analysis.PrecutText firstCut, Analysis analysis) {
        return title.equals(first.text()) ? firstCut.words() : analysis.precutWords(title);
    }

    private static FieldType titleWordsType() {
        FieldType type = new FieldType();
        type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /**
     * Paragraphs 1 to this many of an article are always written in one IndexWriter call with the first (a bulk
     * build writes a longer article in slices), so they are in the first paragraph's segment.
     */
    public static final int FIRST_BLOCK = 1000;

    /** The stored fields a paragraph has of its own (the rest is its article's, stored on its first paragraph). */
    static final java.util.Set<String> PARAGRAPH_FIELDS =
            java.util.Set.of(Fields.SECTION, Fields.TEXT, Fields.ROLE, Fields.SOURCE_PAGE);

    /**
     * Rebuilds an article from its stored paragraph documents (any order), each with its article id and number
     * added from doc values ({@link ParagraphKeys}); the first paragraph's document (else, when there is none, the
     * first of the list) must hold all stored fields, the others at least {@link #PARAGRAPH_FIELDS}.
     */
    public static Article toArticle(List<Document> docs) {
        Document first = docs.stream().filter(d -> n(d) == 1).findFirst().orElse(docs.getFirst());
        List<Document> sorted = new ArrayList<>(docs);
        sorted.sort((a, b) -> Integer.compare(n(a), n(b)));
        List<Paragraph> paragraphs = new ArrayList<>(sorted.size());
        for (Document d : sorted) {
            paragraphs.add(new Paragraph(n(d), d.get(Fields.SECTION), d.get(Fields.TEXT), roleOf(d), sourcePageOf(d)));
        }
        return new Article(
                first.get(Fields.ARTICLE_ID),
                first.get(Fields.TITLE),
                first.get(Fields.DATE),
                first.get(Fields.SOURCE),
                first.get(Fields.PUBLICATION),
                first.get(Fields.PAGE),
                List.of(first.getValues(Fields.EDITORS)),
                paragraphs,
                DeclaredDocuments.read(first));
    }

    /**
     * A search hit from a stored paragraph document {@code d} and its article's values, stored on the document of
     * the article's first paragraph, {@code article} (which is {@code d} for the first paragraph). All stored fields
     * loaded, with the article id and number added from doc values ({@link ParagraphKeys}).
     */
    public static StoredHit toHit(Document d, Document article, float score, Integer count) {
        // the id is articleId#n, not stored
        return new StoredHit(
                FieldValues.paragraphId(d.get(Fields.ARTICLE_ID), n(d)),
                d.get(Fields.ARTICLE_ID),
                n(d),
                d.get(Fields.SECTION),
                article.get(Fields.TITLE),
                article.get(Fields.DATE),
                article.get(Fields.SOURCE),
                roleOf(d),
                d.get(Fields.TEXT),
                score,
                count,
                DeclaredDocuments.read(article),
                sourcePageOf(d));
    }

    /** The stored page the paragraph starts on; {@code null} when it has none (or was indexed before pages). */
    private static Integer sourcePageOf(Document d) {
        IndexableField f = d.getField(Fields.SOURCE_PAGE);
        return f == null || f.numericValue() == null ? null : f.numericValue().intValue();
    }

    /**
     * The stored document's role: as stored, else heading when its section is its own text, else body (the
     * {@link Paragraph} rule, which is why those two are not stored).
     */
    public static String roleOf(Document d) {
        String role = d.get(Fields.ROLE);
        if (role != null) {
            return role;
        }
        String text = d.get(Fields.TEXT);
        return text != null && text.equals(d.get(Fields.SECTION)) ? Paragraph.HEADING : Paragraph.BODY;
    }

    private static boolean isInferred(Paragraph p) {
        return p.role().equals(p.text().equals(p.section()) ? Paragraph.HEADING : Paragraph.BODY);
    }

    /** The paragraph number of a loaded document ({@link ParagraphKeys} adds it from doc values). */
    public static int n(Document d) {
        return d.getField(Fields.N).numericValue().intValue();
    }

    /**
     * A keyword, stored when {@code stored}; a value too long to be a useful (or legal) keyword term is only
     * stored, or left out.
     */
    private static void addKeyword(Document d, String field, String value, boolean stored) {
        if (value.length() <= MAX_KEYWORD_CHARS) {
            d.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
        } else if (stored) {
            d.add(new StoredField(field, value));
        }
    }

    private static void addStored(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }
}
