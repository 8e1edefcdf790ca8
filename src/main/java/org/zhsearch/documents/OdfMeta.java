package org.zhsearch.documents;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** An OpenDocument's {@code meta.xml}: title, subject, keywords, initial creator (else creator), creation date. */
final class OdfMeta {
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";

    private OdfMeta() {}

    static void read(XMLStreamReader r, Blocks blocks) throws XMLStreamException {
        List<String> keywords = new ArrayList<>();
        String creator = null;
        String initialCreator = null;
        while (r.hasNext()) {
            if (r.next() != XMLStreamReader.START_ELEMENT) {
                continue;
            }
            String ns = r.getNamespaceURI();
            String name = r.getLocalName();
            if (DC.equals(ns) && name.equals("title")) {
                blocks.property(ExtractedDocument.TITLE, XmlStreams.elementText(r));
            } else if (DC.equals(ns) && name.equals("subject")) {
                blocks.property(ExtractedDocument.SUBJECT, XmlStreams.elementText(r));
            } else if (DC.equals(ns) && name.equals("creator")) {
                creator = XmlStreams.elementText(r);
            } else if (META.equals(ns) && name.equals("initial-creator")) {
                initialCreator = XmlStreams.elementText(r);
            } else if (META.equals(ns) && name.equals("keyword")) {
                keywords.add(XmlStreams.elementText(r).trim());
            } else if (META.equals(ns) && name.equals("creation-date")) {
                blocks.property(ExtractedDocument.DATE, IsoDates.leading(XmlStreams.elementText(r)));
            }
        }
        blocks.property(ExtractedDocument.AUTHOR, initialCreator != null ? initialCreator : creator);
        blocks.property(ExtractedDocument.KEYWORDS, String.join(", ", keywords));
    }
}
