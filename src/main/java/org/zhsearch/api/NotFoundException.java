package org.zhsearch.api;

/** The requested article (or index) does not exist. */
public class NotFoundException extends ZhsearchException {
    public NotFoundException(String message) {
        super(ErrorCode.NOT_FOUND, message);
    }
}
