package org.zhsearch.documents;

import java.io.IOException;
import java.nio.file.Path;

/** Extracts one document format. Implementations are stateless and thread-safe. */
public interface DocumentExtractor {
    /**
     * Reads {@code file} within {@code limits}.
     *
     * @throws UnusableDocument if nothing usable can be extracted (the reason says why and what to do)
     * @throws IOException      if the file cannot be read at all
     */
    ExtractedDocument extract(Path file, ExtractionLimits limits) throws UnusableDocument, IOException;
}
