package org.zhsearch.api;

/** A request parameter is out of range or malformed; the message names the parameter and allowed values. */
public class InvalidRequestException extends ZhsearchException {
    public InvalidRequestException(String message) {
        super(ErrorCode.INVALID_PARAMETER, message);
    }
}
