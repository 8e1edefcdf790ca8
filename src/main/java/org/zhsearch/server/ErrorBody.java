package org.zhsearch.server;

import org.zhsearch.api.ErrorCode;

/**
 * The body of every 4xx/5xx response. The code is an {@link ErrorCode}, never free text; it is written as its wire
 * name (see {@link JsonMapping}).
 *
 * @param error   what kind of error, e.g. {@code invalid_parameter}
 * @param message what went wrong and what to do instead
 */
record ErrorBody(ErrorCode error, String message) {}
