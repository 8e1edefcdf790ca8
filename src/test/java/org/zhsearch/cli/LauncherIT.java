package org.zhsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher, {@code bin/zhsearch}, on the built jar, as a user runs it: stderr carries only what concerns the
 * command (progress of {@code index}), never a JVM or library warning, and a port clash is one error line.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("bin/zhsearch").toAbsolutePath();
    private static final long TIMEOUT_S = 180;

    @TempDir
    Path tmp;

    Path corpus;
    Path index;

    record Run(int exit, String out, String err) {}

    @BeforeEach
    void writeCorpus() throws IOException {
        corpus = Cli.writeCorpus(tmp.resolve("corpus"));
        index = tmp.resolve("index");
    }

    @Test
    void ordinaryCommandsWriteNoWarningOrUnrelatedLineToStderr() throws Exception {
        Run indexed = zhsearch("index", "--corpus", corpus.toString(), "--index", index.toString());
        Run searched = zhsearch("search", "量子计算", "--index", index.toString());
        Run stats = zhsearch("stats", "--index", index.toString());
        Run analyzed = zhsearch("analyze", "量子计算机");

        assertThat(indexed.exit()).as(indexed.err()).isZero();
        // index reports its progress on stderr: those lines only, nothing about ports, tokens or the JVM
        for (String line : indexed.err().lines().toList()) {
            assertThat(line).matches("indexing \\d+ files.*|\\d+/\\d+ files.*");
        }
        for (Run run : List.of(searched, stats, analyzed)) {
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).isNotBlank();
            assertThat(run.err()).isEmpty();
        }
        for (Run run : List.of(indexed, searched, stats, analyzed)) {
            assertThat(run.out() + run.err()).doesNotContain("\u001b[").doesNotContain("WARNING");
        }
    }

    @Test
    void aPortClashOnServeIsOneErrorLineAndExitCode1() throws Exception {
        assertThat(zhsearch("index", "--corpus", corpus.toString(), "--index", index.toString())
                        .exit())
                .isZero();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(taken.getLocalPort());
            Run served = zhsearch("serve", "--port", port, "--index", index.toString());

            assertThat(served.exit()).isEqualTo(1);
            // serve announces its configuration (port, tokens concern it), then the one error
            List<String> lines = served.err()
                    .lines()
                    .filter(line -> !line.contains("INFO  CommonOptions: configuration"))
                    .toList();
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0))
                    .contains("port " + port + " on 127.0.0.1 is already in use")
                    .doesNotContain("Javalin");
        }
    }

    @Test
    void helpKeepsTheUrlOnOneLine() throws Exception {
        Run help = zhsearch("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("http://127.0.0.1:7070").doesNotContain("http://127.0.0.1:\n");
        assertThat(help.out().lines())
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    private Run zhsearch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("ZHSEARCH_") || k.equals("JAVA_OPTS"));
        // the launcher takes JAVA_HOME first: this test JVM's JDK (21+)
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(
                    "bin/zhsearch " + String.join(" ", args) + " did not finish in " + TIMEOUT_S + " s");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
