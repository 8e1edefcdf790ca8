package org.zhsearch.corpus;

/** A whole file cannot be turned into articles; the message is the {@code SkippedFile} reason. */
final class SkipException extends RuntimeException {
    SkipException(String reason) {
        super(reason, null, false, false);
    }
}
