package org.zhsearch.corpus;

import java.util.ArrayList;
import java.util.List;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;

/**
 * The plain-text news format: one paragraph per non-blank line, each with a role decided from the line and its
 * neighbours ({@link ParagraphRoles}: headings, body, list items, table rows, captions, code), and the header,
 * footer and editors lines of {@link NewsMetadata} are metadata.
 */
final class TxtArticleReader {
    private TxtArticleReader() {}

    static Article parse(String id, String text) {
        ArticleBuilder article = new ArticleBuilder(id);
        String footerDate = null;
        boolean firstLine = true;
        List<String> lines = new ArrayList<>();
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
            lines.add(line);
        }
        List<String> roles = ParagraphRoles.of(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (roles.get(i).equals(Paragraph.HEADING)) {
                article.heading(lines.get(i));
            } else {
                article.paragraphWithRole(lines.get(i), roles.get(i));
            }
        }
        if (article.date() == null) {
            article.date(footerDate);
        }
        return article.build();
    }
}
