package org.zhsearch.api;

/**
 * Base of every error zhsearch reports to its users. {@link #errorCode()} says what kind of error it is, and with it
 * the HTTP status and the CLI's exit code; {@link #code()} is its stable wire name (the {@code error} field of HTTP
 * error bodies); the message says what to do next.
 */
public class ZhsearchException extends RuntimeException {
    private final ErrorCode errorCode;

    public ZhsearchException(ErrorCode errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public ZhsearchException(ErrorCode errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The wire name of {@link #errorCode()}, e.g. {@code invalid_query}. */
    public String code() {
        return errorCode.code();
    }
}
