package org.zhsearch.documents;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one document's blocks, properties and problems within its limits: text past {@code maxChars} is cut (a
 * problem says where), and every block checks the time limit, so a slow document stops as soon as it is over. One
 * instance per extraction (not thread-safe).
 */
final class Blocks {
    /** Table cells are joined with this: visible in a snippet, and a search never matches across two cells. */
    static final String CELL_SEPARATOR = " | ";

    private final ExtractionLimits limits;
    private final long deadline;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final List<TextBlock> notes = new ArrayList<>();
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private long chars;
    private boolean cut;

    Blocks(ExtractionLimits limits) {
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.maxTime().toNanos();
    }

    /** Adds a block of {@code kind} with {@code raw} text cleaned by {@link #clean}; blank text adds nothing. */
    void add(String raw, TextBlock.Kind kind) throws UnusableDocument {
        add(raw, kind, blocks);
    }

    /** Adds a footnote or endnote paragraph: notes follow the body, in their own order. */
    void note(String raw) throws UnusableDocument {
        add(raw, TextBlock.Kind.BODY, notes);
    }

    /** Adds a table row from its cells' texts (blank cells left out). */
    void row(List<String> cells) throws UnusableDocument {
        List<String> texts = new ArrayList<>();
        for (String cell : cells) {
            String text = clean(cell);
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        add(String.join(CELL_SEPARATOR, texts), TextBlock.Kind.TABLE_ROW);
    }

    private void add(String raw, TextBlock.Kind kind, List<TextBlock> to) throws UnusableDocument {
        checkTime();
        String text = clean(raw);
        if (text.isEmpty() || cut) {
            return;
        }
        if (chars + text.length() > limits.maxChars()) {
            int keep = (int) (limits.maxChars() - chars);
            if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
                keep--; // never half a character
            }
            text = text.substring(0, Math.max(keep, 0)).trim();
            cut = true;
            problems.add("text cut at " + limits.maxChars() + " characters (the extraction limit)");
            if (text.isEmpty()) {
                return;
            }
        }
        chars += text.length();
        to.add(new TextBlock(text, kind, null));
    }

    /** True once the text limit was reached: callers may stop reading. */
    boolean full() {
        return cut;
    }

    /** Throws if the document has used up its time. */
    void checkTime() throws UnusableDocument {
        if (System.nanoTime() > deadline) {
            throw new UnusableDocument("took longer than " + seconds(limits.maxTime())
                    + " s to read (the extraction time limit): the document is too large or too complex");
        }
    }

    /** Sets a property from a document's metadata; blank values are left out. */
    void property(String key, String value) {
        if (value != null && !clean(value).isEmpty()) {
            properties.put(key, clean(value));
        }
    }

    void problem(String problem) {
        problems.add(problem);
    }

    ExtractedDocument build() {
        List<TextBlock> all = new ArrayList<>(blocks);
        all.addAll(notes);
        return new ExtractedDocument(properties, all, problems);
    }

    /**
     * One line of text: runs of whitespace become one space, except a run of line breaks only between two CJK
     * characters, which goes (a soft line break inside a Chinese sentence must not split a word); control
     * characters and object placeholders are dropped.
     */
    static String clean(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        boolean onlyBreaks = true;
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n' || c == '\r' || c == 0x0B || c == 0x2028 || c == 0x2029) {
                space = out.length() > 0;
            } else if (Character.isWhitespace(c) || c == 0xA0 || c == 0x3000 || c == 0x200B) {
                space = out.length() > 0;
                onlyBreaks = false;
            } else if (Character.isISOControl(c) || c == 0xFFFC || Character.getType(c) == Character.FORMAT) {
                // object placeholders, field marks, soft hyphens: not text
            } else {
                if (space && !(onlyBreaks && isCjk(out.codePointBefore(out.length())) && isCjk(c))) {
                    out.append(' ');
                }
                space = false;
                onlyBreaks = true;
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    private static long seconds(Duration d) {
        return Math.max(1, d.toSeconds());
    }
}
