package org.zhsearch.schema;

import java.time.LocalDate;
import java.util.List;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;

/**
 * The values of an article's paragraph documents, derived once per article and the same for both engines.
 *
 * @param article the article
 * @param day {@link ParagraphField#DAY}, or {@code null} when the article has no (valid) date
 * @param second {@link ParagraphField#DATE_TIME}, {@code null} exactly when {@code day} is
 * @param year {@link ParagraphField#YEAR}, {@code null} exactly when {@code day} is
 */
public record ArticleValues(Article article, Long day, Long second, Integer year) {
    /** Derives the date values of {@code article}. */
    public static ArticleValues of(Article article) {
        Long day = FieldValues.epochDay(article.date());
        return new ArticleValues(
                article,
                day,
                FieldValues.epochSecond(article.date()),
                day == null ? null : LocalDate.ofEpochDay(day).getYear());
    }

    /**
     * The value of {@code field} in the document of paragraph {@code p}, or {@code null} when the paragraph has none:
     * a {@code String}, {@code Integer}, {@code Long}, {@code Boolean}, {@code Float}, or a non-empty
     * {@code List<String>} for {@link ParagraphField#EDITORS}. For an analysed field it is the text the engine cuts
     * ({@link ParagraphField#analysis()}).
     */
    public Object value(ParagraphField field, Paragraph p) {
        return switch (field) {
            case ID -> FieldValues.paragraphId(article.id(), p.n());
            case ARTICLE_ID -> article.id();
            case N -> p.n();
            case FIRST -> p.n() == 1;
            case SECTION -> p.section();
            case HEADING -> p.role().equals(Paragraph.HEADING);
            case ROLE -> p.role();
            case TITLE, TITLE_WORDS -> article.title();
            case LENGTH -> FieldValues.lengthFeature(p.text());
            case SOURCE -> article.source();
            case DATE -> article.date();
            case DAY -> day;
            case DATE_TIME -> second;
            case YEAR -> year;
            case PUBLICATION -> article.publication();
            case PAGE -> article.page();
            case SOURCE_PAGE -> p.sourcePage();
            case EDITORS -> article.editors().isEmpty() ? null : List.copyOf(article.editors());
            case TEXT, WORDS, CHARS -> p.text();
        };
    }
}
