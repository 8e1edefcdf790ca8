package org.zhsearch.documents;

import java.util.List;
import java.util.Map;

/**
 * What one document file holds.
 *
 * @param properties the document's own metadata, by the keys {@link #TITLE}, {@link #AUTHOR}, {@link #DATE}
 *                   (ISO {@code yyyy-MM-dd} or {@code yyyy-MM-ddTHH:mm:ss}), {@link #SUBJECT}, {@link #KEYWORDS};
 *                   absent keys were not present (or blank)
 * @param blocks     the text in reading order
 * @param problems   what could not be read while the rest was kept (a damaged page, text cut at the size limit), in
 *                   words a user can act on; empty when the whole document was read
 */
public record ExtractedDocument(Map<String, String> properties, List<TextBlock> blocks, List<String> problems) {
    public static final String TITLE = "title";
    public static final String AUTHOR = "author";
    public static final String DATE = "date";
    public static final String SUBJECT = "subject";
    public static final String KEYWORDS = "keywords";

    public ExtractedDocument {
        properties = Map.copyOf(properties);
        blocks = List.copyOf(blocks);
        problems = List.copyOf(problems);
    }
}
