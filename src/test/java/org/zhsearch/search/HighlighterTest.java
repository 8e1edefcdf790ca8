package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.query.QueryParser;

class HighlighterTest {
    private static final Analysis BUILT_IN = Analysis.builtIn();

    private static String hl(String query, String text) {
        return Highlighter.forQuery(QueryParser.parse(query), BUILT_IN).highlight(text);
    }

    @Test
    void marksEveryOccurrenceOfACjkTerm() {
        assertThat(hl("教育", "主题教育和教育合作")).isEqualTo("主题<mark>教育</mark>和<mark>教育</mark>合作");
    }

    @Test
    void escapesEverythingElse() {
        assertThat(hl("教育", "<script>alert('教育')</script>&"))
                .isEqualTo("&lt;script&gt;alert(&#39;<mark>教育</mark>&#39;)&lt;/script&gt;&amp;");
    }

    @Test
    void marksFullWidthTextAsItAppears() {
        assertThat(hl("G20", "在Ｇ２０峰会上")).isEqualTo("在<mark>Ｇ２０</mark>峰会上");
    }

    @Test
    void keepsSurrogatePairsWhole() {
        assertThat(hl("𠀾字", "写着𠀾字。")).isEqualTo("写着<mark>𠀾字</mark>。");
    }

    @Test
    void latinTermsAreMarkedOnlyAsWholeWords() {
        assertThat(hl("py", "Python and py")).isEqualTo("Python and <mark>py</mark>");
    }

    @Test
    void mergesOverlappingMatches() {
        assertThat(hl("主题 题教", "主题教育")).isEqualTo("<mark>主题教</mark>育");
    }

    @Test
    void excludedTermsAreNotMarked() {
        assertThat(hl("教育 -合作", "教育合作")).isEqualTo("<mark>教育</mark>合作");
    }
}
