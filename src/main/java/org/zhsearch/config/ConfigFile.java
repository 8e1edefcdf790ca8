package org.zhsearch.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Reading the configuration file: UTF-8 (a leading byte order mark ignored), properties syntax, no key twice. */
final class ConfigFile {
    private ConfigFile() {}

    static String read(Path given) {
        Path file = given;
        if (Files.isDirectory(given)) {
            // --config config/ is a natural slip: read the file the directory is expected to hold
            file = given.resolve(ZhsearchConfig.DEFAULT_FILE.getFileName());
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("config file " + given + " is a directory, and it holds no "
                        + ZhsearchConfig.DEFAULT_FILE.getFileName() + " (" + file
                        + ") — pass the configuration file itself with"
                        + " --config");
            }
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("config file " + file + " does not exist — pass an existing file with --config"
                    + " or copy config/zhsearch.properties from the zhsearch distribution");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException("config file " + file + " is not valid UTF-8 — save it as UTF-8", e);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
    }

    static Map<String, String> parse(String text, String name) {
        Properties p = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) { // Properties keeps the last silently: which one did the user mean?
                    throw new ConfigException("key '" + key + "' is set twice in " + name + "; keep one");
                }
                return super.put(key, value);
            }
        };
        try {
            // a UTF-8 byte order mark (Windows editors write one) would otherwise become part of the first key
            p.load(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot parse config file " + name + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new TreeMap<>();
        for (String raw : p.stringPropertyNames()) {
            String key = raw.trim();
            if (!ZhsearchConfig.KEYS.contains(key) && !FieldSettings.isFieldKey(key)) {
                throw new ConfigException("unknown key '" + key + "' in " + name + " — known keys: "
                        + String.join(", ", ZhsearchConfig.KEYS)
                        + ", fields.undeclared and fields.<name>.type|use|label|weight");
            }
            values.put(key, p.getProperty(raw));
        }
        return values;
    }
}
