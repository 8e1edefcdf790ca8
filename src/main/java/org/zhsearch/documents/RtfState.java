package org.zhsearch.documents;

/** The RTF state a group saves and restores: where text goes, the font, and the paragraph's properties. */
final class RtfState {
    /** Where a group's text goes. */
    enum Destination {
        BODY,
        NOTE,
        FONTS,
        STYLES,
        INFO,
        TITLE,
        AUTHOR,
        SUBJECT,
        KEYWORDS,
        CREATED,
        SKIPPED
    }

    Destination destination = Destination.BODY;
    int font = -1;
    int unicodeSkip = 1;
    boolean inTable;
    boolean inList;
    int outlineLevel = -1;
    int style;
    /** Inside an upr group: the destination its ud part (the Unicode text) restores. */
    Destination beforeUpr;

    RtfState copy() {
        RtfState s = new RtfState();
        s.destination = destination;
        s.font = font;
        s.unicodeSkip = unicodeSkip;
        s.inTable = inTable;
        s.inList = inList;
        s.outlineLevel = outlineLevel;
        s.style = style;
        s.beforeUpr = beforeUpr;
        return s;
    }

    /** {@code \pard}: the paragraph's properties back to their defaults. */
    void resetParagraph() {
        inTable = false;
        inList = false;
        outlineLevel = -1;
        style = 0;
    }

    boolean skipped() {
        return destination == Destination.SKIPPED;
    }
}
