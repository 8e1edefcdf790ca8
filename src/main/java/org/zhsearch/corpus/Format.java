package org.zhsearch.corpus;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.zhsearch.documents.DocumentFormats;

/** The corpus file formats, recognised by file name extension (case-insensitive). */
enum Format {
    TXT,
    MARKDOWN,
    HTML,
    JSONL,
    /** PDF, Word, ODF, RTF, EPUB: read by {@link org.zhsearch.documents.DocumentFormats}. */
    DOCUMENT;

    /** The extensions read, for messages: {@code .txt, .md, …, .pdf, …}. */
    static String extensionList() {
        StringBuilder out = new StringBuilder(".txt, .md, .markdown, .html, .htm, .jsonl");
        DocumentFormats.extensions().forEach(e -> out.append(", .").append(e));
        return out.toString();
    }

    static Optional<Format> of(Path path) {
        Path name = path.getFileName();
        return name == null ? Optional.empty() : of(name.toString());
    }

    static Optional<Format> of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(
                switch (extension) {
                    case "txt" -> TXT;
                    case "md", "markdown" -> MARKDOWN;
                    case "html", "htm" -> HTML;
                    case "jsonl" -> JSONL;
                    default -> DocumentFormats.forExtension(extension).isPresent() ? DOCUMENT : null;
                });
    }
}
