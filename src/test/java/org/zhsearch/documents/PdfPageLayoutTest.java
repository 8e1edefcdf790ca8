package org.zhsearch.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfPageLayoutTest {
    /** Glyphs of {@code text} from x on baseline y: CJK 1 em wide, others half, {@code tracking} after each. */
    static List<PdfGlyph> glyphs(String text, float x, float y, float size, float tracking) {
        List<PdfGlyph> glyphs = new ArrayList<>();
        float at = x;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float w = CjkText.isCjk(c) ? size : size / 2;
            if (c != ' ') {
                glyphs.add(new PdfGlyph(String.valueOf(c), at, y, w, size, false));
            }
            at += w + tracking;
        }
        return glyphs;
    }

    @Test
    void letterSpacedChineseGetsNoSpacesAndLatinWordsKeepTheirs() {
        PdfLine spaced = PdfPageLayout.line(glyphs("数据要素市场建设", 60, 100, 10, 4));
        assertThat(spaced.text()).isEqualTo("数据要素市场建设");
        PdfLine mixed = PdfPageLayout.line(glyphs("符合international food standards的要求", 60, 100, 10, 2));
        assertThat(mixed.text()).isEqualTo("符合international food standards的要求");
        assertThat(mixed.x0()).isEqualTo(60);
        assertThat(mixed.size()).isEqualTo(10);
    }

    @Test
    void glyphsOnOneBaselineFormALineWhateverTheirOrderInTheContent() {
        List<PdfGlyph> page = new ArrayList<>();
        page.addAll(glyphs("第二行文字", 60, 116, 10, 0));
        page.addAll(glyphs("第一行", 60, 100, 10, 0));
        page.addAll(glyphs("文字", 90, 100.5f, 10, 0)); // drawn later, a hair lower
        List<List<PdfGlyph>> lines = PdfPageLayout.lines(page);
        assertThat(lines).extracting(l -> PdfPageLayout.line(l).text()).containsExactly("第一行文字", "第二行文字");
    }

    @Test
    void twoColumnsAreReadOneAfterTheOtherAndASpanningTitleFirst() {
        List<PdfGlyph> page = new ArrayList<>(glyphs("两栏排版的标题横跨整个版面宽度", 120, 60, 18, 0));
        for (int i = 0; i < 10; i++) {
            page.addAll(glyphs("左栏第" + "一二三四五六七八九十".charAt(i) + "行内容填满栏宽", 60, 100 + 16 * i, 10, 0));
            page.addAll(glyphs("右栏第" + "一二三四五六七八九十".charAt(i) + "行内容填满栏宽", 300, 100 + 16 * i, 10, 0));
        }
        List<List<PdfLine>> flows = PdfPageLayout.flows(PdfPageLayout.lines(page));
        assertThat(flows).hasSize(3);
        assertThat(flows.get(0)).extracting(PdfLine::text).containsExactly("两栏排版的标题横跨整个版面宽度");
        assertThat(flows.get(1))
                .hasSize(10)
                .allSatisfy(l -> assertThat(l.text()).startsWith("左栏"));
        assertThat(flows.get(2))
                .hasSize(10)
                .allSatisfy(l -> assertThat(l.text()).startsWith("右栏"));
    }

    @Test
    void aSingleColumnWithShortLinesIsNotSplit() {
        List<PdfGlyph> page = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String text = i % 3 == 2 ? "短行。" : "一栏正文的一行内容从左边一直写到右边结束";
            page.addAll(glyphs(text, 60, 100 + 16 * i, 10, 1.5f));
        }
        List<List<PdfGlyph>> lines = PdfPageLayout.lines(page);
        assertThat(PdfPageLayout.gutter(lines)).isNull();
        assertThat(PdfPageLayout.flows(lines)).hasSize(1);
    }
}
