package org.zhsearch.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.SkippedFile;

/**
 * An article's {@code "fields"} (or front matter) checked against the declared fields in a build: a bad value or an
 * undeclared name is dropped and reported as a kept problem ({@link SkippedFile#kept}) at its file and line; the
 * article and its good values are indexed.
 */
final class ArticleFields {
    /** Front-matter keys that set the built-in metadata instead of a declared field. */
    private static final List<String> BUILT_IN = List.of("title", "date", "source", "publication", "page");

    private ArticleFields() {}

    /**
     * {@code article} with its fields checked; problems go to {@code out} as {@code where:line}, with the line of
     * each key in {@code lines} when known, else {@code where} as given.
     */
    static Article check(
            Article article, DeclaredFields declared, String where, Map<String, Integer> lines, List<SkippedFile> out) {
        if (article.fields().isEmpty()) {
            return article;
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        article.fields().forEach((name, value) -> {
            Integer line = lines.get(name);
            String at = line == null ? where : where + ":" + line;
            Map<String, Object> one = new LinkedHashMap<>();
            one.put(name, value);
            kept.putAll(declared.check(one, false, problem -> out.add(SkippedFile.kept(at, problem))));
        });
        return article.withFields(kept);
    }

    /** {@code article} with the front matter's built-in metadata and field values (to be checked). */
    static Article withFrontMatter(Article a, FrontMatter fm) {
        if (fm.values().isEmpty()) {
            return a;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fm.values().forEach((k, v) -> {
            if (!BUILT_IN.contains(k)) {
                fields.put(k, v);
            }
        });
        String date = fm.values().get("date") instanceof String d ? Dates.normalize(d) : null;
        return new Article(
                a.id(),
                text(fm, "title", a.title()),
                date != null ? date : a.date(),
                text(fm, "source", a.source()),
                text(fm, "publication", a.publication()),
                text(fm, "page", a.page()),
                a.editors(),
                a.paragraphs(),
                fields);
    }

    private static String text(FrontMatter fm, String key, String dflt) {
        return fm.values().get(key) instanceof String s && !s.isBlank() ? s : dflt;
    }
}
