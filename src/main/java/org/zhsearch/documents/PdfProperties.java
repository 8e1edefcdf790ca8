package org.zhsearch.documents;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** A PDF's document information dictionary as {@link ExtractedDocument} properties. */
final class PdfProperties {
    private PdfProperties() {}

    static Map<String, String> of(PDDocument doc) {
        Map<String, String> p = new HashMap<>();
        PDDocumentInformation info = doc.getDocumentInformation();
        if (info == null) {
            return p;
        }
        put(p, ExtractedDocument.TITLE, info.getTitle());
        put(p, ExtractedDocument.AUTHOR, info.getAuthor());
        put(p, ExtractedDocument.SUBJECT, info.getSubject());
        put(p, ExtractedDocument.KEYWORDS, info.getKeywords());
        Calendar created;
        try {
            created = info.getCreationDate();
        } catch (RuntimeException e) {
            created = null; // a malformed date is no reason to lose the text
        }
        if (created != null) {
            put(
                    p,
                    ExtractedDocument.DATE,
                    created.toInstant()
                            .atZone(created.getTimeZone().toZoneId())
                            .toLocalDateTime()
                            .truncatedTo(ChronoUnit.SECONDS)
                            .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        }
        return p;
    }

    private static void put(Map<String, String> p, String key, String value) {
        if (value != null && !value.isBlank()) {
            p.put(key, value.strip());
        }
    }
}
