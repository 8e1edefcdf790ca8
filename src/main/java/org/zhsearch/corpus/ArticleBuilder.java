package org.zhsearch.corpus;

import java.util.ArrayList;
import java.util.List;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;

/** Collects paragraphs (numbering them and carrying the current section) and metadata into an {@link Article}. */
final class ArticleBuilder {
    private final String id;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<String> editors = new ArrayList<>();
    private String section;
    private String title;
    private String date;
    private String source;
    private String publication;
    private String page;

    ArticleBuilder(String id) {
        this.id = id;
    }

    /** Adds a heading paragraph: its section is itself, and it becomes the section of what follows. */
    ArticleBuilder heading(String text) {
        String t = Texts.trim(text);
        if (!t.isEmpty()) {
            section = t;
            paragraphs.add(new Paragraph(paragraphs.size() + 1, t, t, Paragraph.HEADING));
        }
        return this;
    }

    /** Adds a body paragraph under the current section; blank text is ignored. */
    ArticleBuilder paragraph(String text) {
        return paragraph(section, text, Paragraph.BODY);
    }

    /** Adds a paragraph of a non-heading {@code role} under the current section; blank text is ignored. */
    ArticleBuilder paragraphWithRole(String text, String role) {
        return paragraph(section, text, role);
    }

    /**
     * Adds a paragraph with an explicit section (blank means none); does not change the current section. It is a
     * heading when its section is its own text (how JSON articles mark headings), else body.
     */
    ArticleBuilder paragraph(String paragraphSection, String text) {
        return paragraphOnPage(paragraphSection, text, null);
    }

    /**
     * As {@link #paragraph(String, String)}, starting on {@code sourcePage} of the source document ({@code null}
     * without pages); the pieces of a long paragraph all carry it.
     */
    ArticleBuilder paragraphOnPage(String paragraphSection, String text, Integer sourcePage) {
        boolean heading =
                paragraphSection != null && Texts.trim(paragraphSection).equals(Texts.trim(text));
        return paragraph(paragraphSection, text, heading ? Paragraph.HEADING : Paragraph.BODY, sourcePage);
    }

    private ArticleBuilder paragraph(String paragraphSection, String text, String role) {
        return paragraph(paragraphSection, text, role, null);
    }

    private ArticleBuilder paragraph(String paragraphSection, String text, String role, Integer sourcePage) {
        String t = Texts.trim(text);
        if (!t.isEmpty()) {
            String s = paragraphSection == null || Texts.trim(paragraphSection).isEmpty()
                    ? null
                    : Texts.trim(paragraphSection);
            for (String piece : LongParagraphs.split(t)) {
                paragraphs.add(new Paragraph(paragraphs.size() + 1, s, piece, role, sourcePage));
            }
        }
        return this;
    }

    /**
     * Adds a block of a document: a heading (which becomes the current section) or a paragraph of {@code role} under
     * the current section, starting on {@code sourcePage} ({@code null} without pages).
     */
    ArticleBuilder block(String text, String role, Integer sourcePage) {
        String t = Texts.trim(text);
        if (t.isEmpty()) {
            return this;
        }
        if (Paragraph.HEADING.equals(role)) {
            section = t;
            paragraphs.add(new Paragraph(paragraphs.size() + 1, t, t, Paragraph.HEADING, sourcePage));
            return this;
        }
        for (String piece : LongParagraphs.split(t)) {
            paragraphs.add(new Paragraph(paragraphs.size() + 1, section, piece, role, sourcePage));
        }
        return this;
    }

    ArticleBuilder title(String value) {
        title = clean(value);
        return this;
    }

    ArticleBuilder date(String normalisedDate) {
        date = clean(normalisedDate);
        return this;
    }

    ArticleBuilder source(String value) {
        source = clean(value);
        return this;
    }

    ArticleBuilder publication(String value) {
        publication = clean(value);
        return this;
    }

    ArticleBuilder page(String value) {
        page = clean(value);
        return this;
    }

    ArticleBuilder editors(List<String> names) {
        names.stream().map(ArticleBuilder::clean).filter(n -> n != null).forEach(editors::add);
        return this;
    }

    boolean hasParagraphs() {
        return !paragraphs.isEmpty();
    }

    String date() {
        return date;
    }

    String publication() {
        return publication;
    }

    Article build() {
        String t = title != null ? title : HeadingRules.title(paragraphs, Texts.baseName(id));
        return new Article(id, t, date, source, publication, page, editors, paragraphs);
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String t = Texts.trim(value);
        return t.isEmpty() ? null : t;
    }
}
