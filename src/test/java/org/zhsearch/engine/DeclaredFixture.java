package org.zhsearch.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.DeclaredField.Use;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.FieldType;
import org.zhsearch.config.ZhsearchConfig;

/**
 * A corpus with 8 declared fields of every type, generated from a seed, and the values each article has — what
 * the declared-fields contract computes its expected counts and orders from (never from the program's output).
 * Articles are JSON lines, plus Markdown and {@code .txt} files with front matter; one line has a bad number and
 * one an undeclared field (both kept without that value).
 */
public final class DeclaredFixture {
    static final int ARTICLES = 40;
    static final String QUERY = "乡村";
    static final DeclaredFields FIELDS = new DeclaredFields(
            List.of(
                    field("author", FieldType.KEYWORD, "作者", Use.FILTER, Use.FACET, Use.SORT, Use.SHOW),
                    field("tags", FieldType.KEYWORDS, "标签", Use.FILTER, Use.FACET, Use.SHOW),
                    field("published", FieldType.DATE, "发布日期", Use.FILTER, Use.FACET, Use.SORT, Use.SHOW),
                    field("priority", FieldType.NUMBER, "优先级", Use.FILTER, Use.FACET, Use.SORT, Use.SHOW),
                    field("rating", FieldType.NUMBER, null, Use.FILTER, Use.SORT),
                    new DeclaredField("region", FieldType.KEYWORD, EnumSet.of(Use.FILTER, Use.FACET), "地区", 1, 2),
                    field("doc_no", FieldType.KEYWORD, "文号", Use.SORT, Use.SHOW),
                    field("summary", FieldType.TEXT, "摘要", Use.SHOW)),
            false);

    /** One article's values ({@code null}: absent) and how many of its paragraphs match {@link #QUERY}. */
    record Doc(String id, Map<String, Object> fields, int matching) {
        Object get(String name) {
            return fields.get(name);
        }
    }

    final List<Doc> docs = new ArrayList<>();
    /** The JSON line of the bad number and of the undeclared field ({@code fields.jsonl:N}). */
    String badNumberLine;

    String undeclaredLine;

    private static DeclaredField field(String name, FieldType type, String label, Use... uses) {
        EnumSet<Use> set = EnumSet.noneOf(Use.class);
        set.addAll(List.of(uses));
        return new DeclaredField(name, type, set, label, 1);
    }

    /** {@code config} with {@link #FIELDS} (or {@code fields}) declared. */
    public static ZhsearchConfig withFields(ZhsearchConfig c, DeclaredFields fields) {
        return new ZhsearchConfig(
                c.port(),
                c.bind(),
                c.indexDir(),
                c.corpusDir(),
                c.indexThreads(),
                c.adminToken(),
                c.maxBodyBytes(),
                c.corsOrigins(),
                c.indexMinLivePercent(),
                c.backend(),
                c.dictionaryDir(),
                c.opensearch(),
                c.auth(),
                fields,
                c.corpusWatch(),
                c.regionalVariants());
    }

    /** Writes the corpus under {@code dir}. */
    DeclaredFixture write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Random r = new Random(20261207L);
        String[] authors = {"张三", "李四", "王五", "赵六"};
        String[] tagPool = {"政策", "乡村", "教育", "科技", "生态"};
        String[] regions = {"华东", "华北", "西南"};
        StringBuilder jsonl = new StringBuilder();
        int line = 0;
        for (int i = 0; i < ARTICLES; i++) {
            Map<String, Object> f = new LinkedHashMap<>();
            if (r.nextInt(8) != 0) {
                f.put("author", authors[r.nextInt(authors.length)]);
            }
            List<String> tags = new ArrayList<>();
            for (String t : tagPool) {
                if (r.nextInt(3) == 0) {
                    tags.add(t);
                }
            }
            if (!tags.isEmpty()) {
                f.put("tags", tags);
            }
            if (r.nextInt(6) != 0) {
                f.put(
                        "published",
                        LocalDate.of(2024, 1, 1).plusDays(r.nextInt(366)).toString());
            }
            if (r.nextInt(5) != 0) {
                f.put("priority", (long) (1 + r.nextInt(5)));
            }
            f.put("rating", r.nextInt(100) / 10.0);
            f.put("region", regions[r.nextInt(regions.length)]);
            f.put("doc_no", String.format("国发〔2024〕%03d号", r.nextInt(200)));
            f.put("summary", "第" + i + "篇的摘要");
            int matching = i % 3 == 0 ? 2 : 1;
            String p1 = "乡村振兴报道第" + i + "篇，记者深入基层。";
            String p2 = (matching == 2 ? "乡村" : "田野") + "振兴之路第" + i + "段。";
            if (i == 5 || i == 6) { // front matter: Markdown and .txt
                boolean md = i == 5;
                String id = "fm/article" + i + (md ? ".md" : ".txt");
                StringBuilder fm = new StringBuilder("---\n");
                f.forEach((k, v) ->
                        fm.append(k).append(": ").append(frontMatter(v)).append('\n'));
                fm.append("---\n")
                        .append(md ? "# 标题" + i + "\n\n" : "")
                        .append(p1)
                        .append("\n\n")
                        .append(p2);
                Files.createDirectories(dir.resolve("fm"));
                Files.writeString(dir.resolve(id), fm.toString(), StandardCharsets.UTF_8);
                docs.add(new Doc(id, f, matching));
                continue;
            }
            String id = "a/" + i;
            Map<String, Object> written = new LinkedHashMap<>(f);
            line++;
            if (i == 9) { // a bad number: dropped and reported, the rest kept
                written.put("priority", "高");
                f.remove("priority");
                badNumberLine = "fields.jsonl:" + line;
            }
            if (i == 10) {
                written.put("color", "红");
                undeclaredLine = "fields.jsonl:" + line;
            }
            jsonl.append(Json.of(Map.of("id", id, "title", "报道" + i, "paragraphs", List.of(p1, p2), "fields", written)))
                    .append('\n');
            docs.add(new Doc(id, f, matching));
        }
        Files.writeString(dir.resolve("fields.jsonl"), jsonl.toString(), StandardCharsets.UTF_8);
        return this;
    }

    private static String frontMatter(Object v) {
        return v instanceof List<?> l
                ? "[" + String.join(", ", l.stream().map(String::valueOf).toList()) + "]"
                : "" + v;
    }

    /** Matching paragraphs (or articles) of the docs that satisfy {@code p}. */
    long count(Predicate<Doc> p, boolean byArticle) {
        return docs.stream()
                .filter(p)
                .mapToLong(d -> byArticle ? 1 : d.matching())
                .sum();
    }

    /** The fixture's facet counts of a field: value (as a facet lists it) → paragraphs or articles. */
    Map<String, Long> facet(String name, boolean byArticle) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Doc d : docs) {
            Object v = d.get(name);
            List<?> values = v == null ? List.of() : v instanceof List<?> l ? l : List.of(v);
            for (Object x : values) {
                String key =
                        x instanceof Double dbl && dbl == Math.rint(dbl) ? String.valueOf(dbl.longValue()) : "" + x;
                out.merge(key, byArticle ? 1L : d.matching(), Long::sum);
            }
        }
        return out;
    }

    /** JSON writing for the fixture (Jackson, as a client would). */
    static final class Json {
        private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
                new com.fasterxml.jackson.databind.ObjectMapper();

        static String of(Object value) {
            try {
                return MAPPER.writeValueAsString(value);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
