package org.zhsearch.server;

/**
 * The body of every 4xx/5xx response.
 *
 * @param error   stable machine-readable code, e.g. {@code invalid_parameter}
 * @param message what went wrong and what to do instead
 */
record ErrorBody(String error, String message) {
}
