package org.zhsearch.documents;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhsearch.documents.RtfState.Destination;

/**
 * What {@link RtfReader} finds, turned into blocks: text bytes decoded per code page, paragraphs with their kind
 * (outline level or heading style → heading, caption style → caption, {@code \ls} → list item), table cells and
 * rows, the font table's code pages, the stylesheet's names and the {@code \info} properties.
 */
final class RtfText {
    private final Blocks blocks;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private int pendingCodePage;
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder note = new StringBuilder();
    private final StringBuilder meta = new StringBuilder();
    private final StringBuilder cell = new StringBuilder();
    private final List<String> cells = new ArrayList<>();
    private final Map<Integer, Integer> fontCodePages = new HashMap<>();
    private final Map<Integer, String> styleNames = new HashMap<>();
    private final Map<Integer, Integer> styleOutlines = new HashMap<>();
    private int documentCodePage = 1252;
    private int defaultFont = -1;
    private int definingFont = -1;
    private int definingStyle;
    private final int[] created = new int[3];

    RtfText(Blocks blocks) {
        this.blocks = blocks;
    }

    void addByte(int b, RtfState s) {
        int codePage = codePage(s);
        if (pending.size() > 0 && codePage != pendingCodePage) {
            flushBytes(s);
        }
        pendingCodePage = codePage;
        pending.write(b);
    }

    void addChar(char c, RtfState s) {
        flushBytes(s);
        StringBuilder target = target(s);
        if (target != null) {
            target.append(c);
        }
    }

    void flushBytes(RtfState s) {
        if (pending.size() == 0) {
            return;
        }
        StringBuilder target = target(s);
        if (target != null) {
            target.append(pending.toString(RtfCharsets.ofCodePage(pendingCodePage)));
        }
        pending.reset();
    }

    void command(String word, Integer param, RtfState s) throws UnusableDocument {
        int n = param == null ? 0 : param;
        switch (word) {
            case "ansicpg" -> documentCodePage = n;
            case "deff" -> defaultFont = n;
            case "uc" -> s.unicodeSkip = Math.max(0, n);
            case "f" -> {
                if (s.destination == Destination.FONTS) {
                    definingFont = n;
                } else {
                    s.font = n;
                }
            }
            case "fcharset" -> fontCodePages.putIfAbsent(definingFont, RtfCharsets.codePageOfFontCharset(n));
            case "cpg" -> fontCodePages.put(definingFont, n);
            case "yr" -> created[0] = n;
            case "mo" -> created[1] = n;
            case "dy" -> created[2] = n;
            default -> {
                if (s.destination == Destination.STYLES) {
                    style(word, n);
                } else if (s.destination == Destination.BODY || s.destination == Destination.NOTE) {
                    text(word, n, s);
                }
            }
        }
    }

    private void style(String word, int n) {
        switch (word) {
            case "s" -> definingStyle = n;
            case "ds", "ts", "cs" -> definingStyle = -1;
            case "outlinelevel" -> styleOutlines.put(definingStyle, n);
            default -> {
                // formatting of the style: not needed
            }
        }
    }

    private void text(String word, int n, RtfState s) throws UnusableDocument {
        switch (word) {
            case "par" -> endParagraph(s);
            case "pard" -> s.resetParagraph();
            case "plain" -> s.font = defaultFont;
            case "s" -> s.style = n;
            case "outlinelevel" -> s.outlineLevel = n;
            case "intbl" -> s.inTable = true;
            case "ls" -> s.inList = true;
            case "cell", "nestcell" -> {
                cell.append(' ').append(target(s));
                target(s).setLength(0);
                cells.add(cell.toString());
                cell.setLength(0);
            }
            case "row", "nestrow" -> endRow();
            case "line", "tab" -> addChar(' ', s);
            case "lquote" -> addChar('‘', s);
            case "rquote" -> addChar('’', s);
            case "ldblquote" -> addChar('“', s);
            case "rdblquote" -> addChar('”', s);
            case "bullet" -> addChar('•', s);
            case "endash" -> addChar('–', s);
            case "emdash" -> addChar('—', s);
            default -> {
                // character formatting and layout: not text
            }
        }
    }

    /** A group closed: a style entry, an info field or a footnote may be complete. */
    void groupClosed(RtfState inner, RtfState outer) throws UnusableDocument {
        if (inner.destination == outer.destination) {
            if (inner.destination == Destination.STYLES && definingStyle >= 0) {
                styleNames.put(
                        definingStyle,
                        meta.toString().replaceFirst(";\\s*$", "").trim());
            }
            if (inner.destination == Destination.STYLES) {
                meta.setLength(0);
                definingStyle = 0;
            }
            return;
        }
        switch (inner.destination) {
            case TITLE -> blocks.property(ExtractedDocument.TITLE, meta.toString());
            case AUTHOR -> blocks.property(ExtractedDocument.AUTHOR, meta.toString());
            case SUBJECT -> blocks.property(ExtractedDocument.SUBJECT, meta.toString());
            case KEYWORDS -> blocks.property(ExtractedDocument.KEYWORDS, meta.toString());
            case CREATED ->
                blocks.property(
                        ExtractedDocument.DATE,
                        IsoDates.of(
                                String.valueOf(created[0]), String.valueOf(created[1]), String.valueOf(created[2])));
            case NOTE -> endParagraph(inner);
            default -> {
                // nothing collected
            }
        }
        meta.setLength(0);
    }

    void endOfDocument(RtfState s) throws UnusableDocument {
        RtfState body = s.copy();
        body.destination = Destination.BODY;
        endParagraph(body);
        endRow();
    }

    private void endParagraph(RtfState s) throws UnusableDocument {
        StringBuilder target = target(s);
        if (target == null) {
            return;
        }
        String text = target.toString();
        target.setLength(0);
        if (s.destination == Destination.NOTE) {
            blocks.note(text);
        } else if (s.inTable) {
            cell.append(' ').append(text);
        } else {
            blocks.add(text, kindOf(s));
        }
    }

    private void endRow() throws UnusableDocument {
        if (!cells.isEmpty() || !cell.isEmpty()) {
            if (!cell.isEmpty()) {
                cells.add(cell.toString());
                cell.setLength(0);
            }
            blocks.row(List.copyOf(cells));
            cells.clear();
        }
    }

    private TextBlock.Kind kindOf(RtfState s) {
        int level = s.outlineLevel >= 0 ? s.outlineLevel : styleOutlines.getOrDefault(s.style, -1);
        if (level >= 0 && level < 9) {
            return TextBlock.Kind.HEADING;
        }
        TextBlock.Kind byStyle = StyleNames.kindOf(styleNames.get(s.style));
        if (byStyle != null) {
            return byStyle;
        }
        return s.inList ? TextBlock.Kind.LIST_ITEM : TextBlock.Kind.BODY;
    }

    private StringBuilder target(RtfState s) {
        return switch (s.destination) {
            case BODY -> body;
            case NOTE -> note;
            case STYLES, TITLE, AUTHOR, SUBJECT, KEYWORDS -> meta;
            default -> null;
        };
    }

    /** True if text in {@code s} is in a double-byte code page (GBK, Big5, Shift-JIS, Korean). */
    boolean doubleByte(RtfState s) {
        int codePage = codePage(s);
        return codePage == 936 || codePage == 950 || codePage == 932 || codePage == 949 || codePage == 54936;
    }

    private int codePage(RtfState s) {
        int font = s.font >= 0 ? s.font : defaultFont;
        int codePage = fontCodePages.getOrDefault(font, 0);
        return codePage != 0 ? codePage : documentCodePage;
    }
}
