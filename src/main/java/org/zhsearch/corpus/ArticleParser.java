package org.zhsearch.corpus;

import org.zhsearch.api.Article;

/** Parses single articles from text, for callers that receive articles rather than files (e.g. HTTP PUT). */
public final class ArticleParser {
    private ArticleParser() {}

    /**
     * Parses {@code text} in the plain-text news format: optional {@code 发布时间:… 来源:…} header, one paragraph
     * per non-blank line, short unpunctuated lines as section headings, {@code 《 人民日报 》( 2023年10月27日 04 版)}
     * and {@code (责编:…)} lines as metadata, and a leading {@code ---} front-matter block ({@link FrontMatter}) as
     * metadata and declared-field values (unchecked: the caller checks them). Never throws; text without paragraphs
     * gives an article with none, titled after {@code id}'s file name.
     *
     * @param id   the article id, e.g. {@code news/2024-03-01.txt}
     * @param text the whole article
     */
    public static Article parseText(String id, String text) {
        FrontMatter fm = FrontMatter.of(Texts.stripBom(text == null ? "" : text));
        return ArticleFields.withFrontMatter(TxtArticleReader.parse(id, fm.body()), fm);
    }

    /**
     * Parses one JSON article {@code {"id","title","date","source","publication","page","editors":[…],
     * "paragraphs":[…]}} whose paragraphs are strings or {@code {"section","text"}} objects. Its id is the JSON
     * {@code "id"} if present and non-blank, else {@code fallbackId}.
     *
     * @throws CorpusFormatException if the JSON is invalid, not an object, has no non-blank paragraphs, a field
     *                               has the wrong type or {@code "date"} is not a date; the message says which
     */
    public static Article parseJson(String fallbackId, String json) {
        return JsonArticleParser.parse(fallbackId, json, true, message -> {});
    }
}
