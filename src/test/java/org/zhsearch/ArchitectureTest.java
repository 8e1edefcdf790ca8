package org.zhsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering README "Architecture" describes: the HTTP server, the CLI and the configuration see only the facade
 * and the public records — no Lucene, no engine, no internals — and nothing in the library uses test code.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/zhsearch");
    private static final List<String> INTERNALS = List.of("org.apache.lucene.", "org.zhsearch.analysis.",
            "org.zhsearch.corpus.", "org.zhsearch.index.", "org.zhsearch.search.", "org.zhsearch.engine.",
            "org.zhsearch.query.");

    private static List<String> importsIn(String pkg) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.startsWith("import ")) {
                        out.add(f.getFileName() + ": " + line);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void serverCliAndConfigImportOnlyTheFacadeAndTheApi() throws IOException {
        for (String pkg : List.of("server", "cli", "config")) {
            List<String> imports = importsIn(pkg);
            assertThat(imports).as(pkg).isNotEmpty();
            assertThat(imports).as(pkg).noneMatch(i -> INTERNALS.stream().anyMatch(i::contains));
        }
    }

    @Test
    void theLibraryNeverUsesBenchmarkCodeOrExitsTheProcessOutsideTheCliMain() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                assertThat(source).as(f.toString()).doesNotContain("org.zhsearch.bench");
                if (!f.endsWith(Path.of("cli/Main.java"))) {
                    assertThat(source).as(f.toString()).doesNotContain("System.exit(");
                }
            }
        }
    }
}
