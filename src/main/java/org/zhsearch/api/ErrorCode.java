package org.zhsearch.api;

/**
 * Every error code zhsearch reports, in one place: its wire name (the {@code error} field of HTTP error bodies and
 * {@link ZhsearchException#code()}), the HTTP status it is answered with and the CLI's exit code. Wire names,
 * statuses and exit codes are a contract (the README lists them): add codes, never rename or renumber one.
 * Exit code 2 means the user must fix the command line, the query or the configuration; 1 is any other failure.
 */
public enum ErrorCode {
    INVALID_PARAMETER("invalid_parameter", 400, 2),
    INVALID_QUERY("invalid_query", 400, 2),
    INVALID_ARTICLE("invalid_article", 400, 1),
    INVALID_DICTIONARY("invalid_dictionary", 400, 1),
    /** A malformed request no more specific code covers; also any 4xx status without a code of its own. */
    BAD_REQUEST("bad_request", 400, 1),
    UNAUTHORIZED("unauthorized", 401, 1),
    WRITES_DISABLED("writes_disabled", 403, 1),
    FORBIDDEN("forbidden", 403, 1),
    NOT_FOUND("not_found", 404, 1),
    METHOD_NOT_ALLOWED("method_not_allowed", 405, 1),
    NOT_ACCEPTABLE("not_acceptable", 406, 1),
    REQUEST_TIMEOUT("request_timeout", 408, 1),
    REINDEX_RUNNING("reindex_running", 409, 1),
    REINDEX_UNAVAILABLE("reindex_unavailable", 409, 1),
    BUILD_IN_PROGRESS("build_in_progress", 409, 1),
    CONFLICT("conflict", 409, 1),
    LENGTH_REQUIRED("length_required", 411, 1),
    BODY_TOO_LARGE("body_too_large", 413, 1),
    URI_TOO_LONG("uri_too_long", 414, 1),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", 415, 1),
    RANGE_NOT_SATISFIABLE("range_not_satisfiable", 416, 1),
    TOO_MANY_REQUESTS("too_many_requests", 429, 1),
    REQUEST_HEADER_FIELDS_TOO_LARGE("request_header_fields_too_large", 431, 1),
    /** A server fault; its message is fixed. Also any 5xx status without a code of its own. */
    INTERNAL_ERROR("internal_error", 500, 1),
    NOT_IMPLEMENTED("not_implemented", 501, 1),
    /** Writes are refused for now (full disk, I/O error); searches still work, so a retry later may succeed. */
    INDEX_UNWRITABLE("index_unwritable", 503, 1),
    INDEX_CLOSED("index_closed", 503, 1),
    UNAVAILABLE("unavailable", 503, 1),
    HTTP_VERSION_NOT_SUPPORTED("http_version_not_supported", 505, 1),
    // Failures the library and the CLI report; none is the client's fault should it ever reach HTTP.
    NO_INDEX("no_index", 500, 1),
    INDEX_CORRUPT("index_corrupt", 500, 1),
    INDEX_UNREADABLE("index_unreadable", 500, 1),
    INDEX_LOCKED("index_locked", 500, 1),
    INDEX_FAILED("index_failed", 500, 1),
    CORPUS_NOT_FOUND("corpus_not_found", 500, 1),
    REBUILD_REFUSED("rebuild_refused", 500, 1),
    INTERRUPTED("interrupted", 500, 1),
    INVALID_CONFIG("invalid_config", 500, 2),
    CANNOT_LISTEN("cannot_listen", 500, 1),
    SERVER_UNREACHABLE("server_unreachable", 500, 1),
    RELOAD_FAILED("reload_failed", 500, 1);

    private final String code;
    private final int status;
    private final int exitCode;

    ErrorCode(String code, int status, int exitCode) {
        this.code = code;
        this.status = status;
        this.exitCode = exitCode;
    }

    /** The wire name, e.g. {@code invalid_query}. */
    public String code() {
        return code;
    }

    /** The HTTP status an error with this code is answered with. */
    public int status() {
        return status;
    }

    /** The exit code of a CLI command failing with this code. */
    public int exitCode() {
        return exitCode;
    }
}
