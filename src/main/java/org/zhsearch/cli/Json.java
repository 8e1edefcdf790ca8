package org.zhsearch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.zhsearch.server.JsonMapping;

/**
 * JSON output of the CLI: the HTTP API's own mapper ({@link JsonMapping}), so {@code --json} prints exactly the
 * API's bodies.
 */
final class Json {
    private static final ObjectMapper MAPPER = JsonMapping.create();

    private Json() {}

    /** One line of compact JSON. */
    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
