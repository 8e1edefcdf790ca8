package org.zhsearch.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhsearch.api.InvalidQueryException;
import org.zhsearch.query.QueryNode.And;
import org.zhsearch.query.QueryNode.Or;
import org.zhsearch.query.QueryNode.Phrase;
import org.zhsearch.query.QueryNode.Term;

class QueryParserTest {

    @Test
    void singleTermIsATerm() {
        assertThat(QueryParser.parse("  主题教育 ")).isEqualTo(new Term("主题教育"));
    }

    @Test
    void whitespaceSeparatedTermsAreAnded() {
        assertThat(QueryParser.parse("主题教育　乡村 振兴"))
                .isEqualTo(new And(List.of(new Term("主题教育"), new Term("乡村"), new Term("振兴")), List.of()));
    }

    @Test
    void quotedTextIsOnePhrase() {
        assertThat(QueryParser.parse("\"主题 教育\" 乡村"))
                .isEqualTo(new And(List.of(new Phrase("主题 教育"), new Term("乡村")), List.of()));
    }

    @Test
    void chineseQuotesAlsoMakePhrases() {
        assertThat(QueryParser.parse("“主题 教育”")).isEqualTo(new Phrase("主题 教育"));
    }

    @Test
    void minusExcludes() {
        assertThat(QueryParser.parse("教育 -高校")).isEqualTo(new And(List.of(new Term("教育")), List.of(new Term("高校"))));
    }

    @Test
    void minusInsideATermIsAnOrdinaryCharacter() {
        assertThat(QueryParser.parse("COVID-19")).isEqualTo(new Term("COVID-19"));
    }

    @Test
    void orBindsTighterThanAnd() {
        assertThat(QueryParser.parse("教育 科技 OR 文化"))
                .isEqualTo(new And(
                        List.of(new Term("教育"), new Or(List.of(new Term("科技"), new Term("文化")))), List.of()));
    }

    @Test
    void parenthesesGroup() {
        assertThat(QueryParser.parse("(教育 OR 科技) -文化"))
                .isEqualTo(new And(List.of(new Or(List.of(new Term("教育"), new Term("科技")))), List.of(new Term("文化"))));
    }

    @Test
    void andKeywordIsTheSameAsASpace() {
        assertThat(QueryParser.parse("教育 AND 科技"))
                .isEqualTo(new And(List.of(new Term("教育"), new Term("科技")), List.of()));
    }

    @Test
    void unbalancedQuoteIsAnError() {
        assertThatThrownBy(() -> QueryParser.parse("\"主题教育"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("unbalanced quotes");
    }

    @Test
    void loneOrIsAnError() {
        assertThatThrownBy(() -> QueryParser.parse("OR"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("OR needs a term on both sides");
        assertThatThrownBy(() -> QueryParser.parse("教育 OR")).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void onlyExclusionsAreAnError() {
        assertThatThrownBy(() -> QueryParser.parse("-教育"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("cannot only exclude");
    }

    @Test
    void unbalancedParenthesesAreAnError() {
        assertThatThrownBy(() -> QueryParser.parse("(教育")).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> QueryParser.parse("教育)")).isInstanceOf(InvalidQueryException.class);
        assertThatThrownBy(() -> QueryParser.parse("()")).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void emptyAndOverlongQueriesAreErrors() {
        assertThatThrownBy(() -> QueryParser.parse("   ")).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void tooManyTermsIsAnError() {
        String q = String.join(" OR ", java.util.Collections.nCopies(10_000, "教育"));
        assertThatThrownBy(() -> QueryParser.parse(q))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("terms");
    }

    @Test
    void luceneSyntaxCharactersAreNotOperators() {
        // They end up inside terms; the mapper decides whether anything searchable remains.
        assertThat(QueryParser.parse("a:b^2~")).isEqualTo(new Term("a:b^2~"));
    }
}
