package org.zhsearch.corpus;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The corpus file formats, recognised by file name extension (case-insensitive). */
enum Format {
    TXT,
    MARKDOWN,
    HTML,
    JSONL;

    static Optional<Format> of(Path path) {
        Path name = path.getFileName();
        return name == null ? Optional.empty() : of(name.toString());
    }

    static Optional<Format> of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
                    case "txt" -> TXT;
                    case "md", "markdown" -> MARKDOWN;
                    case "html", "htm" -> HTML;
                    case "jsonl" -> JSONL;
                    default -> null;
                });
    }
}
