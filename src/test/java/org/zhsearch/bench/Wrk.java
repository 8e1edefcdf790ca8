package org.zhsearch.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drives wrk (Debian package {@code wrk}) with a Lua script that cycles through a list of request paths. */
final class Wrk {
    private Wrk() {}

    /** One wrk run: counts, throughput and latencies in milliseconds (mean from wrk's "Avg"). */
    record Result(
            int connections,
            long requests,
            double seconds,
            double perSecond,
            double p50Ms,
            double meanMs,
            double p99Ms,
            long non2xx,
            String socketErrors) {
        @Override
        public String toString() {
            return String.format(
                    "%d connection(s): %,.0f req/s, p50 %.2f ms, mean %.2f ms, p99 %.2f ms, "
                            + "%d requests, non-2xx %d, socket errors %s",
                    connections,
                    perSecond,
                    p50Ms,
                    meanMs,
                    p99Ms,
                    requests,
                    non2xx,
                    socketErrors.isEmpty() ? "none" : socketErrors);
        }
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/wrk"));
    }

    /** Runs wrk for {@code seconds} with {@code connections} connections (one thread each, at most 2). */
    static Result run(String base, List<String> paths, int connections, int seconds) throws Exception {
        Path script = Files.createTempFile("zhsearch-wrk", ".lua");
        try {
            StringBuilder lua = new StringBuilder("paths = {\n");
            for (String p : paths) {
                lua.append("  \"")
                        .append(p.replace("\\", "\\\\").replace("\"", "\\\""))
                        .append("\",\n");
            }
            lua.append("}\ncounter = 0\nrequest = function()\n  counter = counter + 1\n"
                    + "  return wrk.format(\"GET\", paths[(counter % #paths) + 1])\nend\n");
            Files.writeString(script, lua, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(
                            "/usr/bin/wrk",
                            "-t" + Math.min(2, connections),
                            "-c" + connections,
                            "-d" + seconds + "s",
                            "--latency",
                            "-s",
                            script.toString(),
                            base)
                    .redirectErrorStream(true)
                    .start();
            String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return parse(connections, report);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    static Result parse(int connections, String report) {
        Matcher done =
                Pattern.compile("(\\d+) requests in ([\\d.]+)(us|ms|s|m)").matcher(report);
        if (!done.find()) {
            throw new IllegalStateException("unexpected wrk output:\n" + report);
        }
        long requests = Long.parseLong(done.group(1));
        double seconds = millis(done.group(2), done.group(3)) / 1000;
        String non2xx = find(report, "Non-2xx or 3xx responses:\\s+(\\d+)");
        return new Result(
                connections,
                requests,
                seconds,
                requests / seconds,
                latency(report, "\\s50%\\s+([\\d.]+)(us|ms|s)"),
                latency(report, "Latency\\s+([\\d.]+)(us|ms|s)"),
                latency(report, "\\s99%\\s+([\\d.]+)(us|ms|s)"),
                non2xx.isEmpty() ? 0 : Long.parseLong(non2xx),
                find(report, "Socket errors:\\s+(.*)").strip());
    }

    private static double latency(String report, String regex) {
        Matcher m = Pattern.compile(regex).matcher(report);
        return m.find() ? millis(m.group(1), m.group(2)) : Double.NaN;
    }

    private static double millis(String value, String unit) {
        double v = Double.parseDouble(value);
        return switch (unit) {
            case "us" -> v / 1000;
            case "ms" -> v;
            case "s" -> v * 1000;
            case "m" -> v * 60_000;
            default -> throw new IllegalArgumentException(unit);
        };
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
