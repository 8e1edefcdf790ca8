package org.zhsearch.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhsearch.api.DeclaredField;
import org.zhsearch.api.DeclaredField.Use;
import org.zhsearch.api.FieldType;

/** {@code fields.<name>.type|use|label|weight} and {@code ZHSEARCH_FIELDS_<NAME>_<KEY>}, and their refusals. */
class FieldSettingsTest {
    private static ZhsearchConfig load(String properties, Map<String, String> env) {
        return ZhsearchConfig.load(properties, "test.properties", env, Map.of());
    }

    @Test
    void fieldsAreDeclaredInTheFileAndByEnvironmentVariables() {
        ZhsearchConfig c = load(
                """
                fields.author.type = keyword
                fields.author.use = filter, facet, sort, show
                fields.author.label = 作者
                fields.tags.type = keywords
                fields.tags.use = filter,facet
                fields.summary.type = text
                fields.summary.weight = 2
                fields.tags.top = 20
                """,
                Map.of(
                        "ZHSEARCH_FIELDS_DOC_NO_TYPE",
                        "keyword",
                        "ZHSEARCH_FIELDS_AUTHOR_LABEL",
                        "作者姓名",
                        "ZHSEARCH_FIELDS_UNDECLARED",
                        "store"));
        DeclaredField author = c.fields().get("author");
        assertThat(author.type()).isEqualTo(FieldType.KEYWORD);
        assertThat(author.uses()).containsExactly(Use.FILTER, Use.FACET, Use.SORT, Use.SHOW);
        assertThat(author.label()).as("the variable overrides the file").isEqualTo("作者姓名");
        assertThat(c.fields().get("tags").uses()).containsExactly(Use.FILTER, Use.FACET);
        assertThat(c.fields().get("summary").weight()).isEqualTo(2f);
        assertThat(c.fields().get("tags").top()).isEqualTo(20);
        assertThat(c.fields().get("author").top()).as("default").isEqualTo(50);
        assertThat(c.fields().get("doc_no").uses()).as("use defaults to show").containsExactly(Use.SHOW);
        assertThat(c.fields().get("doc_no").label())
                .as("label defaults to the name")
                .isEqualTo("doc_no");
        assertThat(c.fields().storeUndeclared()).isTrue();
        assertThat(c.describe()).contains("fields.author=keyword");
    }

    @Test
    void badDeclarationsAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> load("fields.Author.type = keyword\n", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("fields.Author.type")
                .hasMessageContaining("lower-case");
        assertThatThrownBy(() -> load("fields.title.type = keyword\n", Map.of()))
                .hasMessageContaining("built-in");
        assertThatThrownBy(() -> load("fields.year.type = number\n", Map.of())).hasMessageContaining("built-in");
        assertThatThrownBy(() -> load("fields.author.type = keyword\nfields.author.type = date\n", Map.of()))
                .as("a field declared twice")
                .hasMessageContaining("set twice");
        assertThatThrownBy(() -> load("fields.author.type = string\n", Map.of()))
                .hasMessageContaining("keyword, keywords, date, number or text");
        assertThatThrownBy(() -> load("fields.author.use = filter\n", Map.of())).hasMessageContaining("no type");
        assertThatThrownBy(() -> load("fields.author.type = keyword\nfields.author.use = filter,filter\n", Map.of()))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> load("fields.author.type = keyword\nfields.author.use = search\n", Map.of()))
                .hasMessageContaining("filter, facet, sort, show");
        assertThatThrownBy(() -> load("fields.tags.type = keywords\nfields.tags.use = sort\n", Map.of()))
                .hasMessageContaining("cannot be sorted");
        assertThatThrownBy(() -> load("fields.summary.type = text\nfields.summary.use = filter\n", Map.of()))
                .hasMessageContaining("only be shown");
        assertThatThrownBy(() -> load("fields.author.type = keyword\nfields.author.weight = 2\n", Map.of()))
                .hasMessageContaining("only text fields");
        assertThatThrownBy(() -> load("fields.author.colour = red\n", Map.of())).hasMessageContaining("unknown key");
        assertThatThrownBy(() -> load("fields.author.type = keyword\nfields.author.top = 5000\n", Map.of()))
                .hasMessageContaining("fields.author.top");
        assertThatThrownBy(() -> load("fields.undeclared = keep\n", Map.of())).hasMessageContaining("refuse");
        assertThatThrownBy(() -> load("", Map.of("ZHSEARCH_FIELDS_AUTHOR_COLOUR", "red")))
                .hasMessageContaining("ZHSEARCH_FIELDS_<NAME>_");
    }
}
