package org.zhsearch.documents;

/**
 * A document that cannot be indexed, with the reason in words a user can act on ("encrypted: …", "no text layer
 * (scanned pages?): run OCR first, e.g. ocrmypdf", "zip bomb: …"). The corpus reader reports it as a skipped file.
 */
public final class UnusableDocument extends Exception {
    public UnusableDocument(String reason) {
        super(reason, null, false, false);
    }

    public UnusableDocument(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }
}
