package org.zhsearch.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys file ({@code auth.keysFile}): one key per line as {@code name scope secret}, separated by spaces or
 * tabs; blank lines and lines starting with {@code #} are ignored. Names are 1–64 letters, digits, {@code _} or
 * {@code -} and unique; the scope is {@code read}, {@code write} or {@code admin}; a secret is at least
 * {@value AccessKey#MIN_SECRET_CHARS} printable ASCII characters and no two keys share one. A file that breaks
 * any rule is refused whole, with the line number — never with the secret — in the message.
 */
public final class KeysFile {
    /** A keys file larger than this is refused (it holds a few lines; anything bigger is the wrong file). */
    public static final int MAX_BYTES = 1 << 20;

    private static final String NAME = "[A-Za-z0-9_-]{1,64}";

    private KeysFile() {}

    /** Reads and checks {@code file}; throws {@link ConfigException} saying why when it cannot be used. */
    public static List<AccessKey> read(Path file) {
        return parse(bytes(file), file.toString());
    }

    /** The raw content of {@code file}, to tell whether it changed; a {@link ConfigException} if unreadable. */
    public static byte[] bytes(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("keys file " + file + " does not exist or is not a file (auth.keysFile)");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigException("keys file " + file + " is larger than " + MAX_BYTES
                        + " bytes; it should hold one line per key");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException("cannot read keys file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Checks the file content {@code bytes}; {@code origin} names it in messages. */
    public static List<AccessKey> parse(byte[] bytes, String origin) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException("keys file " + origin + " is not valid UTF-8 — save it as UTF-8", e);
        }
        List<AccessKey> keys = new ArrayList<>();
        Map<String, Integer> lineOfName = new HashMap<>();
        Map<String, Integer> lineOfSecret = new HashMap<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int n = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("[ \t]+");
            if (fields.length != 3) {
                throw bad(origin, n, "expected three fields 'name scope secret', found " + fields.length);
            }
            String name = fields[0];
            KeyScope scope = KeyScope.ofLabel(fields[1]);
            String secret = fields[2];
            if (!name.matches(NAME)) {
                throw bad(origin, n, "the name must be 1–64 letters, digits, '_' or '-'");
            }
            if (scope == null) {
                throw bad(origin, n, "key '" + name + "' has an unknown scope; use read, write or admin");
            }
            if (secret.length() < AccessKey.MIN_SECRET_CHARS || secret.chars().anyMatch(c -> c <= ' ' || c >= 127)) {
                throw bad(
                        origin,
                        n,
                        "the secret of key '" + name + "' must be at least " + AccessKey.MIN_SECRET_CHARS
                                + " printable ASCII characters (e.g. openssl rand -hex 24)");
            }
            Integer earlier = lineOfName.putIfAbsent(name, n);
            if (earlier != null) {
                throw bad(
                        origin, n, "the name '" + name + "' is already used on line " + earlier + "; names are unique");
            }
            earlier = lineOfSecret.putIfAbsent(secret, n);
            if (earlier != null) {
                throw bad(
                        origin,
                        n,
                        "key '" + name + "' has the same secret as line " + earlier
                                + "; give every key its own secret");
            }
            keys.add(new AccessKey(name, scope, secret));
        }
        return List.copyOf(keys);
    }

    private static ConfigException bad(String origin, int line, String why) {
        return new ConfigException("keys file " + origin + ", line " + line + ": " + why);
    }
}
