package org.zhsearch.config;

import org.zhsearch.api.ErrorCode;
import org.zhsearch.api.ZhsearchException;

/** A configuration file, environment variable or flag is unknown or has a bad value; the message names it. */
public class ConfigException extends ZhsearchException {
    public ConfigException(String message) {
        super(ErrorCode.INVALID_CONFIG, message);
    }

    public ConfigException(String message, Throwable cause) {
        super(ErrorCode.INVALID_CONFIG, message, cause);
    }
}
