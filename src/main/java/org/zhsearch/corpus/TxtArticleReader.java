package org.zhsearch.corpus;

import java.util.List;
import org.zhsearch.api.Article;

/**
 * The plain-text news format: one paragraph per non-blank line, short unpunctuated lines are headings
 * ({@link HeadingRules}), and the header, footer and editors lines of {@link NewsMetadata} are metadata.
 */
final class TxtArticleReader {
    private TxtArticleReader() {
    }

    static Article parse(String id, String text) {
        ArticleBuilder article = new ArticleBuilder(id);
        String footerDate = null;
        boolean firstLine = true;
        for (String raw : Texts.lines(Texts.stripBom(text))) {
            String line = Texts.trim(raw);
            if (line.isEmpty()) {
                continue;
            }
            if (firstLine) {
                firstLine = false;
                NewsMetadata.Header header = NewsMetadata.header(line);
                if (header != null) {
                    article.date(header.date()).source(header.source());
                    continue;
                }
            }
            NewsMetadata.Footer footer = NewsMetadata.footer(line);
            if (footer != null) {
                if (article.publication() == null) {
                    article.publication(footer.publication()).page(footer.page());
                    footerDate = footer.date();
                }
                continue;
            }
            List<String> editors = NewsMetadata.editors(line);
            if (editors != null) {
                article.editors(editors);
                continue;
            }
            if (HeadingRules.isHeading(line)) {
                article.heading(line);
            } else {
                article.paragraph(line);
            }
        }
        if (article.date() == null) {
            article.date(footerDate);
        }
        return article.build();
    }
}
