package org.zhsearch.server;

import org.zhsearch.api.ZhsearchException;

/** An error the HTTP layer itself reports, with its status: auth, body limits, media types, conflicts. */
final class HttpProblem extends ZhsearchException {
    private final int status;

    HttpProblem(int status, String code, String message) {
        super(code, message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static HttpProblem unauthorized(String message) {
        return new HttpProblem(401, "unauthorized", message);
    }

    static HttpProblem writesDisabled() {
        return new HttpProblem(403, "writes_disabled",
                "writes are disabled on this server; start it with an admin token (ZHSEARCH_ADMIN_TOKEN) "
                        + "to enable them");
    }

    static HttpProblem conflict(String code, String message) {
        return new HttpProblem(409, code, message);
    }

    static HttpProblem unsupportedMediaType(String message) {
        return new HttpProblem(415, "unsupported_media_type", message);
    }
}
