package org.zhsearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
    @TempDir
    static Path tmp;

    static String index;

    @BeforeAll
    static void buildIndex() throws IOException {
        Path corpus = Cli.writeCorpus(tmp.resolve("corpus"));
        index = tmp.resolve("index").toString();
        Cli.Result r = Cli.run("index", "--corpus", corpus.toString(), "--index", index);
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void textOutputShowsHeadingParagraphAndIdOfEachHit() {
        Cli.Result r = Cli.run("search", "量子计算", "--index", index);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .startsWith("4 paragraphs for 量子计算, showing 1–4")
                .contains("\n1. 量子计算实验室取得新进展 · 2024-05-12 · sp20240512\n")
                .contains("\n4. 秋收时节稻谷飘香 · 2023-09-01 · sp20230901\n")
                .contains("   合作社引进了新型收割机，还尝试用量子计算优化灌溉调度 & 施肥方案。")
                .contains("news/nongye.txt#3 · score ");
        assertThat(r.out()).as("no ANSI escapes when not on a terminal").doesNotContain("\u001b[");
    }

    @Test
    void aParagraphWithASourcePageShowsItInTextAndJson(@TempDir Path dir) throws IOException {
        Path corpus = java.nio.file.Files.createDirectories(dir.resolve("corpus"));
        java.nio.file.Files.writeString(corpus.resolve("reports.jsonl"), """
                {"id": "report", "title": "年度报告", "paragraphs": [{"text": "第六页谈到了风电装机。", "sourcePage": 6}]}
                {"id": "memo", "title": "备忘录", "paragraphs": ["备忘录里也提到风电装机。"]}
                """);
        String pagedIndex = dir.resolve("index").toString();
        assertThat(Cli.run("index", "--corpus", corpus.toString(), "--index", pagedIndex)
                        .exit())
                .isZero();

        Cli.Result text = Cli.run("search", "风电装机", "--index", pagedIndex);
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).containsPattern("\n[12]\\. 年度报告 · p\\. 6\n").containsPattern("\n[12]\\. 备忘录\n");

        Cli.Result r = Cli.run("search", "风电装机", "--json", "--index", pagedIndex);
        java.util.Map<String, String> pages = new java.util.HashMap<>();
        new ObjectMapper()
                .readTree(r.out())
                .get("hits")
                .forEach(h -> pages.put(
                        h.get("articleId").asText(), h.get("sourcePage").toString()));
        assertThat(pages).containsOnly(java.util.Map.entry("report", "6"), java.util.Map.entry("memo", "null"));
    }

    @Test
    void aQueryStartingWithAnExclusionIsAQueryNotAnOption() throws IOException {
        Cli.Result all = Cli.run("search", "量子计算", "--json", "--index", index);
        Cli.Result r = Cli.run("search", "-芯片 量子计算", "--json", "--index", index);
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("query").asText()).isEqualTo("-芯片 量子计算");
        assertThat(json.get("total").asLong())
                .isPositive()
                .isLessThanOrEqualTo(
                        new ObjectMapper().readTree(all.out()).get("total").asLong());
        for (JsonNode hit : json.get("hits")) {
            assertThat(hit.get("text").asText()).doesNotContain("芯片");
        }
    }

    @Test
    void jsonOutputIsTheHttpApiShapeWithHighlights() throws IOException {
        Cli.Result r = Cli.run("search", "量子计算", "--json", "--index", index);

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("query").asText()).isEqualTo("量子计算");
        assertThat(json.get("total").asLong()).isEqualTo(4);
        assertThat(json.has("tookMs")).isTrue();
        JsonNode hit = json.get("hits").get(0);
        List<String> fields = new ArrayList<>();
        hit.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactly(
                        "id",
                        "articleId",
                        "paragraph",
                        "section",
                        "title",
                        "date",
                        "source",
                        "score",
                        "text",
                        "highlight",
                        "role",
                        "snippet",
                        "match",
                        "sourcePage");
        for (JsonNode h : json.get("hits")) {
            assertThat(h.get("highlight").asText()).contains("<mark>量子计算</mark>");
        }
        assertThat(r.out().strip()).doesNotContain("\n");
    }

    @Test
    void groupingByArticleReportsMatchingParagraphs() throws IOException {
        Cli.Result r = Cli.run("search", "量子计算", "--group", "article", "--json", "--index", index);

        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("total").asLong()).isEqualTo(2);
        assertThat(json.get("hits").get(0).get("articleId").asText()).isEqualTo("news/keji.txt");
        assertThat(json.get("hits").get(0).get("matchingParagraphs").asInt()).isEqualTo(3);
    }

    @Test
    void filtersByDateAndSourceApply() throws IOException {
        Cli.Result byDate = Cli.run("search", "量子计算", "--from", "2024-01-01", "--json", "--index", index);
        Cli.Result bySource = Cli.run("search", "量子计算", "--source", "sp20230901", "--json", "--index", index);

        ObjectMapper m = new ObjectMapper();
        assertThat(m.readTree(byDate.out()).get("total").asLong()).isEqualTo(3);
        assertThat(m.readTree(bySource.out()).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void noHitsSaysSo() {
        Cli.Result r = Cli.run("search", "火星探测", "--index", index);

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("No paragraph matches 火星探测 (" + tookMs(r.out()) + " ms).\n");
    }

    @Test
    void facetsPrintTheCountsOfAllMatchesPerValue() {
        Cli.Result r =
                Cli.run("search", "量子计算", "--facets", "source,year,publication", "--limit", "1", "--index", index);

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("\nFacets (matching paragraphs per value):\n"
                        + "  source: sp20240512 3 · sp20230901 1\n"
                        + "  year: 2024 3 · 2023 1\n"
                        + "  publication: 人民日报 4\n");
        Cli.Result articles = Cli.run("search", "量子计算", "--facets", "year", "--group", "article", "--index", index);
        assertThat(articles.out()).contains("Facets (matching articles per value):\n  year: 2023 1 · 2024 1\n");
        assertThat(Cli.run("search", "量子计算", "--index", index).out()).doesNotContain("Facets");
    }

    @Test
    void facetsAreInTheJsonOutputOnlyWhenAsked() throws IOException {
        Cli.Result r = Cli.run("search", "量子计算", "--facets", "year", "--json", "--index", index);
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode facets = new ObjectMapper().readTree(r.out()).get("facets");
        assertThat(facets.toString())
                .isEqualTo("{\"year\":[{\"value\":\"2024\",\"count\":3}," + "{\"value\":\"2023\",\"count\":1}]}");
        assertThat(new ObjectMapper()
                        .readTree(Cli.run("search", "量子计算", "--json", "--index", index)
                                .out())
                        .has("facets"))
                .isFalse();
    }

    @Test
    void anUnknownFacetIsAUsageErrorNamingTheChoices() {
        Cli.Result r = Cli.run("search", "量子计算", "--facets", "source,author", "--index", index);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("facets must name source, year or publication, got 'author'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void thePublicationFilterApplies() throws IOException {
        Cli.Result r = Cli.run("search", "量子计算", "--publication", "光明日报", "--json", "--index", index);
        assertThat(new ObjectMapper().readTree(r.out()).get("total").asLong()).isZero();
        Cli.Result all = Cli.run("search", "量子计算", "--publication", "人民日报", "--json", "--index", index);
        assertThat(new ObjectMapper().readTree(all.out()).get("total").asLong()).isEqualTo(4);
    }

    @Test
    void anUnparsableQueryIsAUsageErrorWithStrict() {
        Cli.Result r = Cli.run("search", "(量子", "--strict", "--index", index);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: ").doesNotContain("Exception").doesNotContain("at org.");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnparsableQueryIsSearchedAsItsWordsAndSaysSo() {
        Cli.Result r = Cli.run("search", "(量子", "--index", index);

        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .startsWith("The query does not parse (unbalanced parentheses")
                .contains("searched its words 量子 instead");
        String plain = Cli.run("search", "量子", "--index", index)
                .out()
                .lines()
                .findFirst()
                .orElseThrow();
        String forgiven = r.out().lines().skip(1).findFirst().orElseThrow();
        assertThat(forgiven).startsWith(plain.substring(0, plain.indexOf(" for ")) + " for (量子, showing ");
    }

    @Test
    void aLimitOutOfRangeIsAUsageErrorNamingTheRange() {
        Cli.Result r = Cli.run("search", "量子", "--limit", "500", "--index", index);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .contains("error: limit must be between 1 and 100, got 500")
                .contains("Try 'zhsearch search --help'");
    }

    @Test
    void aMalformedDateIsAUsageErrorShowingTheExpectedForm() {
        Cli.Result r = Cli.run("search", "量子", "--from", "2024/05/01", "--index", index);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'2024/05/01' is not a date; write it as YYYY-MM-DD");
    }

    @Test
    void aMissingQueryIsAUsageError() {
        Cli.Result r = Cli.run("search", "--index", index);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .contains("Missing required parameter: 'QUERY'")
                .contains("Try 'zhsearch search --help' for more information.");
    }

    @Test
    void searchingWithoutAnIndexSaysHowToBuildOne() {
        Cli.Result r = Cli.run("search", "量子", "--index", tmp.resolve("absent").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no index at").contains("zhsearch index --corpus DIR");
        assertThat(tmp.resolve("absent")).doesNotExist();
    }

    private static String tookMs(String out) {
        return out.replaceAll("(?s).*\\((\\d+) ms\\).*", "$1");
    }
}
