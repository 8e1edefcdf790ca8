package org.zhsearch.api;

/** The order of a search's hits. Equal keys fall back to relevance, then article id, then paragraph. */
public enum SearchSort {
    /** Best match first (the default). */
    RELEVANCE("relevance"),
    /** Oldest article date first; paragraphs without a date last. */
    DATE("date"),
    /** Newest article date first; paragraphs without a date last. */
    DATE_DESC("-date");

    private final String label;

    SearchSort(String label) {
        this.label = label;
    }

    /** The name used in the HTTP API and on the command line: {@code relevance}, {@code date} or {@code -date}. */
    public String label() {
        return label;
    }

    /** The order named {@code label}. */
    public static SearchSort of(String label) {
        for (SearchSort s : values()) {
            if (s.label.equals(label.strip())) {
                return s;
            }
        }
        throw new InvalidRequestException(
                "sort must be relevance, date or -date, got '" + UserInput.abbreviate(label) + "'");
    }
}
