package org.zhsearch.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.zhsearch.api.InvalidQueryException;

class ParsedQueryTest {
    @Test
    void aQueryThatParsesIsSearchedAsWrittenWithoutAProblem() {
        ParsedQuery parsed = ParsedQuery.of("\"主题教育\" OR 乡村 -高校", false);
        assertThat(parsed.problem()).isNull();
        assertThat(parsed.searched()).isNull();
        assertThat(parsed.tree()).isEqualTo(QueryParser.parse("\"主题教育\" OR 乡村 -高校"));
    }

    @Test
    void strayQuotesBracketsAndOperatorsLeaveTheLiteralWords() {
        assertThat(ParsedQuery.of("\"主题教育", false).searched()).isEqualTo("主题教育");
        assertThat(ParsedQuery.of("（乡村 振兴", false).searched()).isEqualTo("乡村 振兴");
        assertThat(ParsedQuery.of("教育 OR", false).searched()).isEqualTo("教育");
        assertThat(ParsedQuery.of("&& 教育 ||", false).searched()).isEqualTo("教育");
        assertThat(ParsedQuery.of("-高校", false).searched()).isEqualTo("高校");
        assertThat(ParsedQuery.of("“主题”教育”", false).searched()).isEqualTo("主题 教育");
        ParsedQuery forgiven = ParsedQuery.of("(COVID-19 疫苗", false);
        assertThat(forgiven.searched()).as("a hyphen inside a word stays").isEqualTo("COVID-19 疫苗");
        assertThat(forgiven.problem()).contains("'('");
        assertThat(forgiven.tree()).isEqualTo(QueryParser.parse("COVID-19 疫苗"));
    }

    @Test
    void onlySyntaxLeavesNothingToSearch() {
        ParsedQuery parsed = ParsedQuery.of("( OR )", false);
        assertThat(parsed.tree()).isNull();
        assertThat(parsed.searched()).isEmpty();
        assertThat(parsed.problem()).isNotBlank();
    }

    @Test
    void strictSyntaxAnEmptyQueryAndTooManyTermsStayErrors() {
        assertThatThrownBy(() -> ParsedQuery.of("\"主题教育", true))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("unbalanced quotes");
        assertThatThrownBy(() -> ParsedQuery.of("   ", false)).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> ParsedQuery.of("教 ".repeat(65), false))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("64");
    }

    @Test
    void wordsWithoutAnythingSearchableAreDroppedWhenAsked() {
        assertThat(ParsedQuery.literalWords("教育 * （ ！", w -> w.codePoints().anyMatch(Character::isLetter)))
                .isEqualTo("教育");
    }
}
