package org.zhsearch.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.zhsearch.documents.RtfState.Destination;

/**
 * A streaming RTF reader. Bytes of text and {@code \'hh} escapes are collected and decoded together in the current
 * font's code page ({@code \fcharset}, else the document's {@code \ansicpg}), so a GBK or Big5 character written as
 * two escapes stays one character; &#92;uN is a UTF-16 unit followed by &#92;ucN fallback characters that
 * are skipped. Groups that are not text — font and colour tables, pictures, objects, headers and footers, field
 * instructions, list labels and every {@code \*} destination we do not know — are skipped; the stylesheet names the
 * heading and caption styles, {@code \info} gives the properties. Footnotes follow the body; annotations are
 * dropped. One instance per document.
 */
final class RtfReader {
    private static final Set<String> SKIPPED = Set.of(
            "colortbl",
            "pict",
            "object",
            "header",
            "headerl",
            "headerr",
            "headerf",
            "footer",
            "footerl",
            "footerr",
            "footerf",
            "fldinst",
            "listtext",
            "pntext",
            "pntxta",
            "pntxtb",
            "xe",
            "tc",
            "txe",
            "shp",
            "shpinst",
            "nonshppict",
            "filetbl",
            "revtbl",
            "rsidtbl",
            "listtable",
            "listoverridetable",
            "generator",
            "operator",
            "comment",
            "doccomm",
            "annotation",
            "atnid",
            "atnauthor",
            "bkmkstart",
            "bkmkend",
            "datafield");

    private final InputStream in;
    private final Blocks blocks;
    private final RtfText text;
    private final Deque<RtfState> saved = new ArrayDeque<>();
    private RtfState state = new RtfState();
    private int pushedBack = -1;
    private int fallbackToSkip;
    private boolean trailToSkip;
    private boolean ignorable;
    private long bytesRead;

    RtfReader(InputStream in, Blocks blocks) {
        this.in = in;
        this.blocks = blocks;
        this.text = new RtfText(blocks);
    }

    void read() throws IOException, UnusableDocument {
        int c;
        while ((c = next()) >= 0 && !blocks.full()) {
            if (c != '\\') {
                trailToSkip = false;
            }
            if (c == '{') {
                text.flushBytes(state);
                saved.push(state);
                state = state.copy();
                fallbackToSkip = 0;
            } else if (c == '}') {
                text.flushBytes(state);
                if (saved.isEmpty()) {
                    break; // the end of the document
                }
                RtfState inner = state;
                state = saved.pop();
                text.groupClosed(inner, state);
                fallbackToSkip = 0;
            } else if (c == '\\') {
                controlWord();
            } else if (c == '\r' || c == '\n') {
                // line ends in RTF source are not text
            } else if (fallbackToSkip > 0) {
                fallbackToSkip--;
            } else if (!state.skipped()) {
                text.addByte(c, state);
            }
        }
        if (!saved.isEmpty() && !blocks.full()) {
            blocks.problem("truncated: the RTF file ends inside " + saved.size()
                    + " open group(s); the text before the cut is kept");
        }
        text.flushBytes(state);
        text.endOfDocument(state);
    }

    private void controlWord() throws IOException, UnusableDocument {
        int c = next();
        if (c < 0) {
            return;
        }
        if (c != '\'') {
            trailToSkip = false;
        }
        if (!Character.isLetter(c)) {
            controlSymbol(c);
            return;
        }
        StringBuilder word = new StringBuilder();
        while (c >= 0 && c < 128 && Character.isLetter(c)) {
            word.append((char) c);
            c = next();
        }
        Integer param = null;
        if (c == '-' || (c >= '0' && c <= '9')) {
            StringBuilder digits = new StringBuilder();
            do {
                digits.append((char) c);
                c = next();
            } while (c >= '0' && c <= '9' && digits.length() < 11);
            param = parse(digits.toString());
        }
        if (c != ' ' && c >= 0) {
            pushedBack = c;
        }
        String name = word.toString();
        if (name.equals("bin")) {
            skipBytes(param == null ? 0 : param);
            return;
        }
        if (name.equals("u") && param != null) {
            if (!state.skipped()) {
                text.addChar((char) (param < 0 ? param + 65536 : param), state);
            }
            fallbackToSkip = state.unicodeSkip;
            return;
        }
        text.flushBytes(state);
        boolean wasIgnorable = ignorable;
        ignorable = false;
        if (destination(name, wasIgnorable)) {
            return;
        }
        if (!state.skipped()) {
            text.command(name, param, state);
        }
    }

    /** Handles a destination word; true if it was one. */
    private boolean destination(String name, boolean ignorableGroup) {
        Destination d = switch (name) {
            case "fonttbl" -> Destination.FONTS;
            case "stylesheet" -> Destination.STYLES;
            case "info" -> Destination.INFO;
            case "title" -> Destination.TITLE;
            case "author" -> Destination.AUTHOR;
            case "subject" -> Destination.SUBJECT;
            case "keywords" -> Destination.KEYWORDS;
            case "creatim" -> Destination.CREATED;
            case "footnote" -> Destination.NOTE;
            default -> null;
        };
        if (name.equals("upr")) {
            // {upr{ANSI text}{*ud{Unicode text}}}: the Unicode version is read, the ANSI one skipped
            state.beforeUpr = state.destination;
            state.destination = Destination.SKIPPED;
            return true;
        }
        if (name.equals("ud") && state.beforeUpr != null) {
            state.destination = state.beforeUpr;
            return true;
        }
        if (d == null && (SKIPPED.contains(name) || ignorableGroup)) {
            d = Destination.SKIPPED;
        }
        if (d == null) {
            return false;
        }
        if (!state.skipped()) {
            state.destination = d;
        }
        return true;
    }

    private void controlSymbol(int c) throws IOException, UnusableDocument {
        switch (c) {
            case '\'' -> {
                int value = parseHex(next(), next());
                if (fallbackToSkip > 0) {
                    fallbackToSkip--;
                    // uc1 with a two-byte GBK or Big5 fallback (u20013 'd6 'd0): the trail byte is fallback too
                    trailToSkip = fallbackToSkip == 0 && value >= 0x81 && text.doubleByte(state);
                } else if (trailToSkip) {
                    trailToSkip = false;
                } else if (!state.skipped() && value >= 0) {
                    text.addByte(value, state);
                }
            }
            case '*' -> ignorable = true;
            case '\\', '{', '}' -> {
                if (fallbackToSkip > 0) {
                    fallbackToSkip--;
                } else if (!state.skipped()) {
                    text.addByte(c, state);
                }
            }
            case '~' -> text.addChar('\u00A0', state);
            case '_' -> text.addChar('-', state);
            case '\r', '\n' -> {
                text.flushBytes(state);
                if (!state.skipped()) {
                    text.command("par", null, state);
                }
            }
            default -> {
                // \- optional hyphen, \| and \: formula and index marks: not text
            }
        }
    }

    private int next() throws IOException, UnusableDocument {
        if (pushedBack >= 0) {
            int c = pushedBack;
            pushedBack = -1;
            return c;
        }
        if ((++bytesRead & 0xFFFF) == 0) {
            blocks.checkTime();
        }
        return in.read();
    }

    private void skipBytes(long n) throws IOException, UnusableDocument {
        if (pushedBack >= 0 && n > 0) {
            pushedBack = -1;
            n--;
        }
        for (long i = 0; i < n && next() >= 0; i++) {
            // binary data of a picture or object
        }
    }

    private static Integer parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int parseHex(int hi, int lo) {
        int h = Character.digit(hi, 16);
        int l = Character.digit(lo, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }
}
