package org.zhsearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.zhsearch.analysis.Analysis;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.Paragraph;
import org.zhsearch.schema.Fields;

/** The title's words field, cut from the title's own line or reused from the first paragraph that is that line. */
class ParagraphDocumentsTitleTest {
    private static final Analysis ANALYSIS = Analysis.builtIn();

    private static Article article(String title, String firstLine) {
        return new Article(
                "notes/a.txt",
                title,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(
                        new Paragraph(1, null, firstLine, Paragraph.HEADING),
                        new Paragraph(2, null, "合作社的种植面积扩大到三百亩。", Paragraph.BODY)));
    }

    private static String titleWords(Article article) {
        List<Document> docs = ParagraphDocuments.of(article, ANALYSIS, DeclaredFields.NONE);
        assertThat(docs.get(1).get(Fields.TITLE_WORDS))
                .as("on the first paragraph only")
                .isNull();
        return docs.getFirst().getField(Fields.TITLE_WORDS).stringValue();
    }

    @Test
    void aTitleThatIsTheFirstLineHasTheWordsItWouldHaveCutAlone() {
        String title = "石橋村的藍莓迎來豐收，軟體套件更新了"; // traditional: the words are of the normalised text
        assertThat(titleWords(article(title, title)))
                .isEqualTo(ANALYSIS.precutWords(title))
                .contains("石桥", "丰收", "更新");
    }

    @Test
    void aTitleOtherThanTheFirstLineIsCutOnItsOwn() {
        String title = "初夏时节的蓝莓";
        assertThat(titleWords(article(title, "乡村振兴")))
                .isEqualTo(ANALYSIS.precutWords(title))
                .doesNotContain("振兴");
    }
}
