package org.zhsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering README "Architecture" describes, enforced: every package of the library sits in a layer, and imports
 * only packages of lower layers — never one of its own layer, never one above. A fully-qualified name written in code
 * ({@code org.zhsearch.engine.RebuildGuard.check(…)}) counts as an import; comments and string literals do not. On
 * top of that the HTTP server, the CLI and the configuration see no Lucene, nothing imports the embedded engine's
 * storage {@code index} but the embedded engine, and nothing in the library uses test code.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/zhsearch");
    private static final List<String> INTERNALS = List.of(
            "org.apache.lucene.",
            "org.zhsearch.analysis.",
            "org.zhsearch.corpus.",
            "org.zhsearch.index.",
            "org.zhsearch.search.",
            "org.zhsearch.engine.",
            "org.zhsearch.query.");

    /**
     * The layers, lowest first ({@code ""} is the facade package {@code org.zhsearch}). Determined from the import
     * graph of 2026-12: api is used by all; the leaves above it use only api (analysis and vocabulary use pinyin); the engine seam
     * speaks in query trees and analysis values; search (engine-neutral) and index (the embedded engine's storage,
     * which hands back the seam's StoredHit) sit on the seam; the two engines on those; the facade picks an engine;
     * the server and then the CLI (which starts the server) use the facade.
     */
    static final List<List<String>> LAYERS = List.of(
            List.of("api"),
            List.of("documents"),
            List.of("config", "corpus", "pinyin", "query", "schema", "writes"),
            List.of("analysis", "build", "vocabulary"),
            List.of("engine"),
            List.of("index", "search"),
            List.of("engine.embedded", "engine.opensearch"),
            List.of(""),
            List.of("server"),
            List.of("cli"));

    /**
     * Imports that break the layering and are known, as "from -> to" package pairs, each with who removes it: a merge
     * that removes one deletes its entry here. Empty now: the one the refactoring of issue 23 expected
     * ({@code index.IndexBuilder} → {@code engine.RebuildGuard}) is no break, since index sits above the engine seam.
     */
    private static final Set<String> KNOWN_BREAKS = Set.of();

    private static final Pattern REFERENCE =
            Pattern.compile("\\borg\\.zhsearch((?:\\.[a-z_][a-z0-9_]*)*)(?:\\.([A-Z*]))?");

    @Test
    void everyPackageImportsOnlyPackagesOfLowerLayers() throws IOException {
        Map<String, Integer> layerOf = new java.util.HashMap<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String pkg : LAYERS.get(i)) {
                layerOf.put(pkg, i);
            }
        }
        List<String> breaks = new ArrayList<>();
        Set<String> unplaced = new TreeSet<>();
        for (Path f : javaFiles()) {
            String from = packageOf(f);
            if (!layerOf.containsKey(from)) {
                unplaced.add(from);
                continue;
            }
            for (String to : referencedPackages(Files.readString(f))) {
                if (to.equals(from)) {
                    continue;
                }
                Integer target = layerOf.get(to);
                boolean ok = target != null && target < layerOf.get(from);
                if (!ok && !KNOWN_BREAKS.contains(from + " -> " + to)) {
                    breaks.add(MAIN.relativize(f) + ": " + label(from) + " (layer " + layerOf.get(from) + ") uses "
                            + label(to) + " (layer " + target + ")");
                }
            }
        }
        assertThat(unplaced).as("packages to place in LAYERS").isEmpty();
        assertThat(breaks)
                .as("imports of a package of the same or a higher layer")
                .isEmpty();
    }

    @Test
    void onlyTheEmbeddedEngineImportsItsStorage() throws IOException {
        for (Path f : javaFiles()) {
            String from = packageOf(f);
            if (!from.equals("index") && !from.equals("engine.embedded")) {
                assertThat(referencedPackages(Files.readString(f)))
                        .as(f.toString())
                        .doesNotContain("index");
            }
        }
    }

    @Test
    void theRuleSeesFullyQualifiedNamesButNotCommentsOrStrings() {
        String source = """
                package org.zhsearch.index;
                import org.zhsearch.api.Article;
                import static org.zhsearch.schema.FieldValues.epochDay;
                // org.zhsearch.server.Foo in a comment
                /* org.zhsearch.cli.Main */
                class X {
                    String s = "org.zhsearch.search.Searching \\" org.zhsearch.config.X";
                    char c = '"';
                    void f() { org.zhsearch.engine.RebuildGuard.check(null); org.zhsearch.ZhSearch.open(); }
                    java.util.List<org.zhsearch.corpus.CorpusReader> l;
                }
                """;
        assertThat(referencedPackages(source))
                .containsExactlyInAnyOrder("index", "api", "schema", "engine", "", "corpus");
    }

    @Test
    void serverCliAndConfigImportOnlyTheFacadeAndTheApi() throws IOException {
        for (String pkg : List.of("server", "cli", "config")) {
            List<String> imports = importsIn(pkg);
            assertThat(imports).as(pkg).isNotEmpty();
            assertThat(imports).as(pkg).noneMatch(i -> INTERNALS.stream().anyMatch(i::contains));
        }
    }

    /** Rooms a reader can hold in mind: a class that outgrows this is split, not stretched (issue 23). */
    static final int MAX_LINES = 300;

    @Test
    void noSourceFileOfTheLibraryIsLongerThan300Lines() throws IOException {
        for (Path f : javaFiles()) {
            assertThat(Files.readAllLines(f)).as(f + " (lines)").hasSizeLessThanOrEqualTo(MAX_LINES);
        }
    }

    @Test
    void theLibraryNeverUsesBenchmarkCodeOrExitsTheProcessOutsideTheCliMain() throws IOException {
        for (Path f : javaFiles()) {
            String source = Files.readString(f);
            assertThat(source).as(f.toString()).doesNotContain("org.zhsearch.bench");
            if (!f.endsWith(Path.of("cli/Main.java"))) {
                assertThat(source).as(f.toString()).doesNotContain("System.exit(");
            }
        }
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The package of a source file relative to {@code org.zhsearch}, dotted ({@code ""} for the facade). */
    private static String packageOf(Path file) {
        Path dir = MAIN.relativize(file).getParent();
        return dir == null ? "" : dir.toString().replace(java.io.File.separatorChar, '.');
    }

    private static String label(String pkg) {
        return pkg.isEmpty() ? "org.zhsearch" : pkg;
    }

    /** The packages (relative to {@code org.zhsearch}) that code outside comments and string literals names. */
    static Set<String> referencedPackages(String source) {
        Set<String> out = new TreeSet<>();
        Matcher m = REFERENCE.matcher(codeOnly(source));
        while (m.find()) {
            // "org.zhsearch.engine.embedded.X" → engine.embedded; "org.zhsearch.ZhSearch" → the facade
            out.add(m.group(1).isEmpty() ? "" : m.group(1).substring(1));
        }
        return out;
    }

    /** {@code source} with comments, string and character literals and text blocks blanked out. */
    private static String codeOnly(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            String end = null;
            if (source.startsWith("//", i)) {
                end = "\n";
            } else if (source.startsWith("/*", i)) {
                end = "*/";
            } else if (source.startsWith("\"\"\"", i)) {
                end = "\"\"\"";
            } else if (c == '"' || c == '\'') {
                end = String.valueOf(c);
            }
            if (end == null) {
                out.append(c);
                i++;
                continue;
            }
            int j = i + (end.equals("\n") ? 2 : end.equals("*/") ? 2 : end.length());
            while (j < n && !source.startsWith(end, j)) {
                j += source.charAt(j) == '\\' && !end.equals("\n") && !end.equals("*/") ? 2 : 1;
            }
            out.append(' ');
            i = Math.min(n, j + end.length());
        }
        return out.toString();
    }

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
}
