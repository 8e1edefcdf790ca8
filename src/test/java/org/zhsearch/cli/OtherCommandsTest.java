package org.zhsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stats, analyze, the top-level command and its error handling. */
class OtherCommandsTest {
    @TempDir
    Path tmp;

    @Test
    void statsShowsCountsOfTheLiveIndex() throws IOException {
        String index = indexFixture();

        Cli.Result text = Cli.run("stats", "--index", index);
        Cli.Result json = Cli.run("stats", "--json", "--index", index);

        assertThat(text.exit()).isZero();
        assertThat(text.out())
                .contains("articles    2")
                .contains("paragraphs  8")
                .contains("built       2");
        JsonNode stats = new ObjectMapper().readTree(json.out());
        assertThat(stats.get("articles").asLong()).isEqualTo(2);
        assertThat(stats.get("paragraphs").asLong()).isEqualTo(8);
        assertThat(stats.get("sizeBytes").asLong()).isPositive();
        assertThat(stats.get("builtAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void statsWithoutAnIndexFailsWithAHint() {
        Cli.Result r = Cli.run("stats", "--index", tmp.resolve("none").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: no index at");
    }

    @Test
    void analyzeListsWordsWithOffsetsWithoutNeedingAnIndex() {
        Path index = tmp.resolve("none");

        Cli.Result r = Cli.run("analyze", "推动主题教育", "--index", index.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("推动主题教育 → 3 tokens")
                .contains("   0  0–2     推动")
                .contains("   1  2–4     主题")
                .contains("   2  4–6     教育");
        assertThat(index).doesNotExist();
    }

    @Test
    void analyzeAsJsonIsTheHttpApiShape() throws IOException {
        Cli.Result r = Cli.run(
                "analyze", "主题教育", "--json", "--index", tmp.resolve("none").toString());

        JsonNode token = new ObjectMapper().readTree(r.out()).get("tokens").get(1);
        assertThat(token.get("term").asText()).isEqualTo("教育");
        assertThat(token.get("start").asInt()).isEqualTo(2);
        assertThat(token.get("end").asInt()).isEqualTo(4);
        assertThat(token.get("position").asInt()).isEqualTo(1);
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithASuggestion() {
        Cli.Result r = Cli.run("serach", "主题");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("error: Unmatched arguments")
                .contains("search")
                .contains("Try 'zhsearch --help' for more information.");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.Result r = Cli.run("stats", "--colour");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: Unknown option: '--colour'").contains("Try 'zhsearch stats --help'");
    }

    @Test
    void aBadValueInTheEnvironmentIsAUsageErrorNamingTheVariable() {
        Cli.Result r = Cli.run(
                java.util.Map.of("ZHSEARCH_PORT", "seventy"),
                "stats",
                "--index",
                tmp.resolve("x").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo("error: invalid environment variable ZHSEARCH_PORT: 'seventy' — must be a whole"
                        + " number between 0 and 65535\n");
    }

    @Test
    void aMissingConfigFileIsAUsageError() {
        Cli.Result r =
                Cli.run("stats", "--config", tmp.resolve("nope.properties").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("config file").contains("does not exist");
    }

    @Test
    void withoutArgumentsTheHelpIsPrinted() {
        Cli.Result r = Cli.run();

        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .startsWith("Usage: zhsearch")
                .contains("index")
                .contains("serve")
                .contains("search")
                .contains("analyze")
                .contains("stats")
                .contains("reload-dictionaries")
                .contains("Examples:");
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        // every subcommand the CLI registers, so a new one cannot be forgotten here
        for (String command :
                Main.commandLine(java.util.Map.of()).getSubcommands().keySet()) {
            if (command.equals("help")) {
                continue;
            }
            Cli.Result r = Cli.run(command, "--help");

            assertThat(r.exit()).isZero();
            assertThat(r.out())
                    .startsWith("Usage: zhsearch " + command)
                    .contains("--config")
                    .contains("--index")
                    .contains("Examples:\n  zhsearch " + command);
        }
    }

    private String indexFixture() throws IOException {
        Path corpus = Cli.writeCorpus(tmp.resolve("corpus"));
        String index = tmp.resolve("index").toString();
        assertThat(Cli.run("index", "--corpus", corpus.toString(), "--index", index)
                        .exit())
                .isZero();
        return index;
    }
}
