package org.zhsearch.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.SkippedFile;
import org.zhsearch.documents.DocumentExtractor;
import org.zhsearch.documents.DocumentFormats;
import org.zhsearch.documents.ExtractedDocument;
import org.zhsearch.documents.ExtractionLimits;
import org.zhsearch.documents.TextBlock;
import org.zhsearch.documents.UnusableDocument;

/**
 * A document file (PDF, Word, ODF, RTF, EPUB) as one article: its blocks become paragraphs (headings open sections,
 * each paragraph keeps the page it starts on), its properties give the title and date, and author, subject and
 * keywords feed declared fields of those names. An unusable document is a skip with the extractor's reason; what an
 * extractor could not read while keeping the rest is a kept problem.
 */
final class DocumentArticles {
    /** Document properties that feed a declared field of the same name, when one is declared. */
    private static final List<String> FIELD_PROPERTIES =
            List.of(ExtractedDocument.AUTHOR, ExtractedDocument.SUBJECT, ExtractedDocument.KEYWORDS);

    private DocumentArticles() {}

    static List<SkippedFile> read(CorpusFile file, Consumer<Article> sink, long maxFileBytes, DeclaredFields declared) {
        String extension = file.path().getFileName().toString().replaceFirst(".*\\.", "");
        DocumentExtractor extractor = DocumentFormats.forExtension(extension).orElseThrow();
        ExtractedDocument doc;
        try {
            if (Files.size(file.path()) > maxFileBytes) {
                return List.of(new SkippedFile(file.id(), "file is larger than " + CorpusReader.size(maxFileBytes)));
            }
            if (Files.size(file.path()) == 0) {
                return List.of(new SkippedFile(file.id(), "empty file (0 bytes)"));
            }
            doc = extractor.extract(file.path(), ExtractionLimits.DEFAULT);
        } catch (UnusableDocument e) {
            return List.of(new SkippedFile(file.id(), e.getMessage()));
        } catch (IOException e) {
            return List.of(new SkippedFile(file.id(), "cannot read: " + IoErrors.describe(e)));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a library's bug on a malformed file must cost that file only
            return List.of(new SkippedFile(file.id(), "cannot parse: " + e));
        }
        Article article = toArticle(file.id(), doc, declared);
        if (article.paragraphs().isEmpty()) {
            return List.of(new SkippedFile(file.id(), "no text in the document"));
        }
        List<SkippedFile> problems = new ArrayList<>();
        article = ArticleFields.check(article, declared, file.id(), Map.of(), problems);
        sink.accept(article);
        doc.problems().forEach(p -> problems.add(SkippedFile.kept(file.id(), p)));
        return problems;
    }

    static Article toArticle(String id, ExtractedDocument doc, DeclaredFields declared) {
        ArticleBuilder builder = new ArticleBuilder(id);
        for (TextBlock block : doc.blocks()) {
            builder.block(block.text(), role(block.kind()), block.page());
        }
        Map<String, String> properties = doc.properties();
        builder.title(properties.get(ExtractedDocument.TITLE));
        String date = properties.get(ExtractedDocument.DATE);
        builder.date(date == null ? null : Dates.normalize(date));
        Article article = builder.build();
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String name : FIELD_PROPERTIES) {
            String value = properties.get(name);
            if (value != null && !value.isBlank() && declared.get(name) != null) {
                fields.put(name, value);
            }
        }
        return fields.isEmpty() ? article : article.withFields(fields);
    }

    private static String role(TextBlock.Kind kind) {
        return switch (kind) {
            case HEADING -> Paragraph.HEADING;
            case BODY -> Paragraph.BODY;
            case LIST_ITEM -> Paragraph.LIST_ITEM;
            case TABLE_ROW -> Paragraph.TABLE_ROW;
            case CAPTION -> Paragraph.CAPTION;
        };
    }
}
