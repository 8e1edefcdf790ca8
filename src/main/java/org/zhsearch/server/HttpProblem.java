package org.zhsearch.server;

import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;

/** An error the HTTP layer itself reports: auth, body limits, media types, conflicts. Its code gives its status. */
final class HttpProblem extends ZhsearchException {
    HttpProblem(ErrorCode code, String message) {
        super(code, message);
    }

    static HttpProblem unauthorized(String message) {
        return new HttpProblem(ErrorCode.UNAUTHORIZED, message);
    }

    static HttpProblem unsupportedMediaType(String message) {
        return new HttpProblem(ErrorCode.UNSUPPORTED_MEDIA_TYPE, message);
    }
}
