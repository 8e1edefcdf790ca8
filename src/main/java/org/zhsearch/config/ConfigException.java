package org.zhsearch.config;

import org.zhsearch.api.ZhsearchException;

/** A configuration file, environment variable or flag is unknown or has a bad value; the message names it. */
public class ConfigException extends ZhsearchException {
    public ConfigException(String message) {
        super("invalid_config", message);
    }

    public ConfigException(String message, Throwable cause) {
        super("invalid_config", message, cause);
    }
}
