package org.zhsearch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;

/** The schema is consistent: names unique, analysed fields analysed, every value of the type its kind says. */
class ParagraphFieldTest {
    @Test
    void namesAreUniqueAndAnalysedFieldsAreNeverStoredNorDerived() {
        Set<String> names = new HashSet<>();
        for (ParagraphField f : ParagraphField.values()) {
            assertThat(names.add(f.field())).as(f.toString()).isTrue();
            boolean textKind = f.kind() == FieldKind.TEXT || f.kind() == FieldKind.TERMS;
            assertThat(f.analysed()).as(f.toString()).isEqualTo(textKind);
            if (f.analysed()) {
                assertThat(f.stored() || f.derived()).as(f.toString()).isFalse();
            }
        }
    }

    @Test
    void valuesHaveTheTypeOfTheirKind() {
        for (Article a : SchemaSamples.articles()) {
            ArticleValues values = ArticleValues.of(a);
            for (Paragraph p : a.paragraphs()) {
                for (ParagraphField f : ParagraphField.values()) {
                    Object v = values.value(f, p);
                    if (v == null) {
                        continue;
                    }
                    Class<?> expected = switch (f.kind()) {
                        case KEYWORD, LONG_TEXT, TEXT, TERMS -> String.class;
                        case VALUE -> f == ParagraphField.EDITORS ? List.class : String.class;
                        case FLAG -> Boolean.class;
                        case INTEGER, INTEGER_VALUE -> Integer.class;
                        case LONG, SORT_KEY -> Long.class;
                        case RANK_FEATURE -> Float.class;
                        case DOUBLE -> Double.class; // declared number fields only, not a paragraph field
                    };
                    assertThat(v).as(f.toString()).isInstanceOf(expected);
                }
            }
        }
    }

    @Test
    void derivedValuesFollowFromTheOthers() {
        Article a = SchemaSamples.articles().getFirst();
        ArticleValues values = ArticleValues.of(a);
        Paragraph p = a.paragraphs().get(1);
        assertThat(values.value(ParagraphField.ID, p)).isEqualTo("news/2024/xiangcun.txt#2");
        assertThat(values.value(ParagraphField.YEAR, p)).isEqualTo(2024);
        assertThat(values.value(ParagraphField.DATE_TIME, p)).isEqualTo(1_718_690_732L);
        Article undated = SchemaSamples.articles().get(3); // an invalid date: no day, no time, no year
        ArticleValues none = ArticleValues.of(undated);
        assertThat(List.of(none.day() == null, none.second() == null, none.year() == null))
                .containsOnly(true);
    }
}
