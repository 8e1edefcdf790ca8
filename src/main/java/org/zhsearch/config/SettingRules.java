package org.zhsearch.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The rule of each kind of setting value, and the error naming the key, its origin and the rule when broken. */
final class SettingRules {
    private SettingRules() {}

    static String text(Setting s) {
        return s == null ? "" : s.value().trim();
    }

    static ConfigException bad(Setting s, String rule) {
        return new ConfigException("invalid " + s.origin() + ": '" + s.value().trim() + "' — " + rule);
    }

    static String optional(Setting s) {
        String v = text(s);
        return v.isEmpty() ? null : v;
    }

    /** An OpenSearch index or alias name: lower case letters, digits, '-' and '_', not starting with '-' or '_'. */
    static String name(Setting s, String dflt) {
        String v = text(s);
        if (v.isEmpty()) {
            return dflt;
        }
        if (!v.matches("[a-z0-9][a-z0-9_-]{0,200}")) {
            throw bad(s, "must be lower-case letters, digits, '-' or '_', starting with a letter or digit");
        }
        return v;
    }

    static List<String> urls(Setting s) {
        String v = text(s);
        if (v.isEmpty()) {
            return List.of("http://127.0.0.1:9200");
        }
        List<String> out = new ArrayList<>();
        for (String part : v.split(",")) {
            String url = part.trim();
            if (url.isEmpty()) {
                continue;
            }
            try {
                URI uri = new URI(url);
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw bad(s, "'" + url + "' is not an http(s)://host:port address");
                }
            } catch (URISyntaxException e) {
                throw bad(s, "'" + url + "' is not an http(s)://host:port address");
            }
            out.add(url);
        }
        return out;
    }

    static String oneOf(Setting s, String dflt, List<String> allowed) {
        String v = text(s);
        if (v.isEmpty()) {
            return dflt;
        }
        if (!allowed.contains(v)) {
            throw bad(s, "must be one of " + String.join(", ", allowed));
        }
        return v;
    }

    static int integer(Setting s, int dflt, int min, int max) {
        return (int) longValue(s, dflt, min, max);
    }

    static long longValue(Setting s, long dflt, long min, long max) {
        String v = text(s);
        if (v.isEmpty()) {
            return dflt;
        }
        String rule = "must be a whole number between " + min + " and " + max;
        try {
            long n = Long.parseLong(v.replace("_", ""));
            if (n < min || n > max) {
                throw bad(s, rule);
            }
            return n;
        } catch (NumberFormatException e) {
            throw bad(s, rule);
        }
    }

    static String bindAddress(Setting s) {
        String v = text(s);
        if (v.isEmpty()) {
            return ZhsearchConfig.DEFAULT_BIND;
        }
        if (!v.matches("[A-Za-z0-9.:\\-\\[\\]%]+")) {
            throw bad(s, "must be a host name or IP address such as 127.0.0.1 or 0.0.0.0");
        }
        return v;
    }

    static Path path(Setting s, Path dflt) {
        String v = text(s);
        if (v.isEmpty()) {
            return dflt;
        }
        try {
            return Path.of(v);
        } catch (InvalidPathException e) {
            throw bad(s, "must be a directory path: " + e.getReason());
        }
    }

    static String token(Setting s) {
        String v = text(s);
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() < ZhsearchConfig.MIN_TOKEN_CHARS || v.chars().anyMatch(c -> c <= ' ' || c >= 127)) {
            throw new ConfigException(
                    "invalid " + s.origin() + ": the admin token must be at least " + ZhsearchConfig.MIN_TOKEN_CHARS
                            + " printable ASCII characters without spaces (leave it empty to disable writes)");
        }
        return v;
    }

    static List<String> origins(Setting s) {
        String v = text(s);
        List<String> out = new ArrayList<>();
        if (v.isEmpty()) {
            return out;
        }
        for (String part : v.split(",")) {
            String origin = part.trim();
            if (origin.isEmpty()) {
                continue;
            }
            if (!origin.equals("*") && !isOrigin(origin)) {
                throw new ConfigException("invalid " + s.origin() + ": '" + origin + "' is not an origin — list"
                        + " origins such as https://example.org or http://localhost:3000, comma-separated, or *");
            }
            out.add(origin);
        }
        return out;
    }

    static boolean isOrigin(String origin) {
        try {
            URI u = new URI(origin);
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
                    && u.getHost() != null
                    && (u.getRawPath() == null || u.getRawPath().isEmpty())
                    && u.getRawQuery() == null
                    && u.getRawFragment() == null
                    && u.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A raw value and where it came from, for error messages. */
    record Setting(String value, String origin) {}
}
