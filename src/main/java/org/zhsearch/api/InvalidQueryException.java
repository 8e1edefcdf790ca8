package org.zhsearch.api;

/** The query text cannot be understood; the message explains how to write it. */
public class InvalidQueryException extends ZhsearchException {
    public InvalidQueryException(String message) {
        super(ErrorCode.INVALID_QUERY, message);
    }
}
