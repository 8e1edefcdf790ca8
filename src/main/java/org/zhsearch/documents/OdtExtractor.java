package org.zhsearch.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * OpenDocument text ({@code .odt}: LibreOffice, WPS, Word's "ODF" export): {@code content.xml} streamed with StAX —
 * {@code text:h} headings, {@code text:p} paragraphs (list items inside {@code text:list}, captions by their style or
 * its parent: Caption, Figure, Table, Illustration), one block per table row — and {@code meta.xml} for the
 * properties. Footnotes and endnotes follow the body; comments ({@code office:annotation}), tracked deletions and
 * generated indexes (a table of contents repeats the headings) are dropped. A paragraph inside a frame (a text box,
 * an image's caption) becomes its own block, before the paragraph holding the frame.
 */
final class OdtExtractor implements DocumentExtractor {
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final Set<String> DROPPED = Set.of(
            "annotation",
            "tracked-changes",
            "table-of-content",
            "alphabetical-index",
            "illustration-index",
            "table-index",
            "object-index",
            "user-index",
            "bibliography",
            "sequence-decls",
            "variable-decls",
            "user-field-decls",
            "note-citation",
            "forms");

    @Override
    public ExtractedDocument extract(Path file, ExtractionLimits limits) throws UnusableDocument, IOException {
        Blocks blocks = new Blocks(limits);
        try (BoundedZip zip = BoundedZip.open(file, "ODT", limits, blocks)) {
            ZipEntry content = zip.entry("content.xml")
                    .orElseThrow(() -> new UnusableDocument("not an OpenDocument text: it has no content.xml"));
            try (InputStream in = zip.open(content)) {
                new Content(XmlStreams.reader(in), blocks).read();
            }
            if (zip.entry("meta.xml").isPresent()) {
                try (InputStream in = zip.open(zip.entry("meta.xml").get())) {
                    OdfMeta.read(XmlStreams.reader(in), blocks);
                }
            }
        } catch (IOException | XMLStreamException e) {
            throw BoundedZip.unusable(e, "ODT");
        }
        return blocks.build();
    }

    /** One pass over content.xml. */
    private static final class Content {
        private final XMLStreamReader r;
        private final Blocks blocks;
        private final Map<String, String> parentStyle = new HashMap<>();
        private int listDepth;

        Content(XMLStreamReader r, Blocks blocks) {
            this.r = r;
            this.blocks = blocks;
        }

        void read() throws XMLStreamException, UnusableDocument {
            while (r.hasNext() && !blocks.full()) {
                int event = r.next();
                if (event == XMLStreamReader.END_ELEMENT && is(TEXT, "list")) {
                    listDepth--;
                }
                if (event != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                if (is(STYLE, "style")) {
                    String parent = r.getAttributeValue(STYLE, "parent-style-name");
                    if (parent != null) {
                        parentStyle.put(r.getAttributeValue(STYLE, "name"), parent);
                    }
                } else if (is(TEXT, "list")) {
                    listDepth++;
                } else if (is(TEXT, "h")) {
                    blocks.add(paragraph(false), TextBlock.Kind.HEADING);
                } else if (is(TEXT, "p")) {
                    TextBlock.Kind kind = styleKind(r.getAttributeValue(TEXT, "style-name"));
                    String text = paragraph(false);
                    blocks.add(
                            text, kind != null ? kind : listDepth > 0 ? TextBlock.Kind.LIST_ITEM : TextBlock.Kind.BODY);
                } else if (is(TABLE, "table-row")) {
                    row();
                } else if (DROPPED.contains(r.getLocalName())) {
                    XmlStreams.skipElement(r);
                }
            }
        }

        /** A row's cells, each the text of its paragraphs joined. */
        private void row() throws XMLStreamException, UnusableDocument {
            List<String> cells = new ArrayList<>();
            int depth = 1;
            while (depth > 0 && r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamReader.START_ELEMENT && is(TABLE, "table-cell")) {
                    cells.add(paragraph(true));
                } else if (event == XMLStreamReader.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    depth--;
                }
            }
            blocks.row(cells);
        }

        /**
         * The text of the element the reader is at (a paragraph, heading or, with {@code flatten}, a table cell,
         * whose paragraphs are joined with spaces). Notes go to the notes; nested paragraphs in frames are their
         * own blocks.
         */
        private String paragraph(boolean flatten) throws XMLStreamException, UnusableDocument {
            StringBuilder text = new StringBuilder();
            int depth = 1;
            while (depth > 0 && r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA) {
                    text.append(r.getText());
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamReader.START_ELEMENT) {
                    if (is(TEXT, "s")) {
                        String count = r.getAttributeValue(TEXT, "c");
                        text.append(" ".repeat(count == null ? 1 : Math.min(Integer.parseInt(count), 100)));
                        XmlStreams.skipElement(r);
                    } else if (is(TEXT, "tab") || is(TEXT, "line-break")) {
                        text.append(' ');
                        XmlStreams.skipElement(r);
                    } else if (is(TEXT, "note")) {
                        note();
                    } else if (DROPPED.contains(r.getLocalName())) {
                        XmlStreams.skipElement(r);
                    } else if (!flatten && (is(TEXT, "p") || is(TEXT, "h"))) {
                        TextBlock.Kind kind = styleKind(r.getAttributeValue(TEXT, "style-name"));
                        blocks.add(paragraph(false), kind != null ? kind : TextBlock.Kind.BODY);
                    } else if (flatten && (is(TEXT, "p") || is(TEXT, "h"))) {
                        text.append(' ');
                        depth++;
                    } else {
                        depth++;
                    }
                }
            }
            return text.toString();
        }

        /** A {@code text:note}: its body's paragraphs are notes; the citation and whitespace around are not text. */
        private void note() throws XMLStreamException, UnusableDocument {
            int depth = 1;
            while (depth > 0 && r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamReader.START_ELEMENT && (is(TEXT, "p") || is(TEXT, "h"))) {
                    blocks.note(paragraph(true));
                } else if (event == XMLStreamReader.START_ELEMENT && is(TEXT, "note-citation")) {
                    XmlStreams.skipElement(r);
                } else if (event == XMLStreamReader.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    depth--;
                }
            }
        }

        /** HEADING or CAPTION when the style, or a style it derives from, says so. */
        private TextBlock.Kind styleKind(String style) {
            for (int i = 0; style != null && i < 8; i++) {
                TextBlock.Kind kind = StyleNames.kindOf(style);
                if (kind != null) {
                    return kind;
                }
                style = parentStyle.get(style);
            }
            return null;
        }

        private boolean is(String namespace, String localName) {
            return localName.equals(r.getLocalName()) && namespace.equals(r.getNamespaceURI());
        }
    }
}
