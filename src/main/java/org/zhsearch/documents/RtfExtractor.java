package org.zhsearch.documents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rich Text Format as Word and WPS write it for Chinese, by our own reader ({@link RtfReader}) rather than the
 * JDK's {@code RTFEditorKit}, which decodes {@code \'hh} escapes one byte at a time and so garbles every GBK and
 * Big5 character (measured: README "Word, ODF, RTF and EPUB documents").
 */
final class RtfExtractor implements DocumentExtractor {
    @Override
    public ExtractedDocument extract(Path file, ExtractionLimits limits) throws UnusableDocument, IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            in.mark(8);
            String magic = new String(in.readNBytes(5), StandardCharsets.ISO_8859_1);
            if (!magic.equals("{\\rtf")) {
                throw new UnusableDocument("not an RTF file: it does not start with {\\rtf; open and save it again");
            }
            in.reset();
            Blocks blocks = new Blocks(limits);
            new RtfReader(in, blocks).read();
            return blocks.build();
        }
    }
}
