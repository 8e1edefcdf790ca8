package org.zhsearch.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article: metadata plus its paragraphs in order. Absent metadata is {@code null}.
 *
 * @param id          path relative to the corpus root with {@code /} separators (or the id given by the writer)
 * @param title       display title (see README "Corpus format" for how it is chosen)
 * @param date        ISO-8601 local date {@code 2024-11-25} or date-time {@code 2024-11-25T04:43:40}
 * @param source      source tag from the header line, e.g. {@code sp20241125}
 * @param publication print publication, e.g. {@code 人民日报}
 * @param page        print page, e.g. {@code 04}
 * @param editors     editors named in the {@code (责编:…)} line; empty when none
 * @param paragraphs  the paragraphs, numbered from 1
 * @param fields      values of the declared fields (README "Configuration"), normalised by
 *                    {@link DeclaredFields#check}: name → string, list of strings or number; empty when none
 */
public record Article(
        String id,
        String title,
        String date,
        String source,
        String publication,
        String page,
        List<String> editors,
        List<Paragraph> paragraphs,
        Map<String, Object> fields) {
    public Article {
        editors = editors == null ? List.of() : List.copyOf(editors);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        fields = fields == null || fields.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(fields)); // in the order given
    }

    /** An article without declared fields: the constructor before they existed. */
    public Article(
            String id,
            String title,
            String date,
            String source,
            String publication,
            String page,
            List<String> editors,
            List<Paragraph> paragraphs) {
        this(id, title, date, source, publication, page, editors, paragraphs, Map.of());
    }

    /** This article with {@code newFields} as its declared fields' values. */
    public Article withFields(Map<String, Object> newFields) {
        return new Article(id, title, date, source, publication, page, editors, paragraphs, newFields);
    }
}
