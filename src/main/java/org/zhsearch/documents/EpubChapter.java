package org.zhsearch.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One XHTML chapter of a book, by the HTML reader's rules ({@code corpus.HtmlArticleReader}): {@code h1}–{@code h6}
 * headings, {@code p} paragraphs, {@code li} list items, an element inside one already taken not repeated, and
 * {@code script style nav header footer noscript template} dropped; in addition each table row ({@code tr}) is a
 * block and {@code figcaption} and a table's {@code caption} are captions.
 */
final class EpubChapter {
    private static final String DROPPED = "script, style, nav, header, footer, noscript, template";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, tr, figcaption, caption";

    private EpubChapter() {}

    static void read(Document doc, Blocks blocks) throws UnusableDocument {
        doc.select(DROPPED).remove();
        Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : doc.body().select(BLOCKS)) {
            if (blocks.full()) {
                return;
            }
            if (insideTaken(e, taken)) {
                continue;
            }
            taken.add(e);
            switch (e.normalName()) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> blocks.add(e.text(), TextBlock.Kind.HEADING);
                case "li" -> blocks.add(e.text(), TextBlock.Kind.LIST_ITEM);
                case "figcaption", "caption" -> blocks.add(e.text(), TextBlock.Kind.CAPTION);
                case "tr" -> {
                    List<String> cells = new ArrayList<>();
                    for (Element cell : e.select("> th, > td")) {
                        cells.add(cell.text());
                    }
                    blocks.row(cells);
                }
                default -> blocks.add(e.text(), TextBlock.Kind.BODY);
            }
        }
    }

    private static boolean insideTaken(Element e, Set<Element> taken) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (taken.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
