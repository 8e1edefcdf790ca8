package org.zhsearch.documents;

import java.nio.file.Path;

/** Not yet written: every file is reported as unusable. */
final class PdfExtractor implements DocumentExtractor {
    @Override
    public ExtractedDocument extract(Path file, ExtractionLimits limits) throws UnusableDocument {
        throw new UnusableDocument("PDF documents are not read yet");
    }
}
