package org.zhsearch.documents;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The document formats by file name extension (lower case, without the dot). */
public final class DocumentFormats {
    private static final Map<String, DocumentExtractor> BY_EXTENSION = Map.of(
            "pdf", new PdfExtractor(),
            "docx", new DocxExtractor(),
            "doc", new DocExtractor(),
            "odt", new OdtExtractor(),
            "rtf", new RtfExtractor(),
            "epub", new EpubExtractor());

    private DocumentFormats() {}

    /** The extractor for files ending in {@code .extension} (any case), if that is a document format. */
    public static Optional<DocumentExtractor> forExtension(String extension) {
        return Optional.ofNullable(BY_EXTENSION.get(extension.toLowerCase(Locale.ROOT)));
    }

    /** The document extensions, sorted: for messages that list what is read. */
    public static Set<String> extensions() {
        return new TreeSet<>(BY_EXTENSION.keySet());
    }
}
