package org.zhsearch.documents;

import java.nio.file.Path;

/** Not yet written: every file is reported as unusable. */
final class DocxExtractor implements DocumentExtractor {
    @Override
    public ExtractedDocument extract(Path file, ExtractionLimits limits) throws UnusableDocument {
        throw new UnusableDocument("DOCX documents are not read yet");
    }
}
