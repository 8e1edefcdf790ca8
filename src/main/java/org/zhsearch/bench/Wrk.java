package org.zhsearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drives wrk (Debian package {@code wrk}) with a Lua script that cycles through a list of request paths. */
final class Wrk {
    private Wrk() {
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/wrk"));
    }

    /** Runs wrk for {@code seconds} with {@code connections} connections (2 threads) and summarises its report. */
    static String run(String base, List<String> paths, int connections, int seconds) throws Exception {
        Path script = Files.createTempFile("zhsearch-wrk", ".lua");
        StringBuilder lua = new StringBuilder("paths = {\n");
        for (String p : paths) {
            lua.append("  \"").append(p.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
        }
        lua.append("}\ncounter = 0\nrequest = function()\n  counter = counter + 1\n"
                + "  return wrk.format(\"GET\", paths[(counter % #paths) + 1])\nend\n");
        Files.writeString(script, lua, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("/usr/bin/wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                "-s", script.toString(), base).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Files.deleteIfExists(script);
        return String.format("HTTP via wrk, %d connections, %d s: %s req/s, p50 %s, p99 %s, non-2xx %s, socket errors %s",
                connections, seconds, find(report, "Requests/sec:\\s+(\\S+)"), find(report, "\\s50%\\s+(\\S+)"),
                find(report, "\\s99%\\s+(\\S+)"), orZero(find(report, "Non-2xx or 3xx responses:\\s+(\\d+)")),
                orZero(find(report, "Socket errors:\\s+(.*)")));
    }

    private static String orZero(String s) {
        return s.equals("?") ? "0" : s;
    }

    private static String find(String text, String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : "?";
    }
}
