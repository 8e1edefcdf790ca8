package org.zhsearch.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CjkTextTest {
    private static String join(String... lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            CjkText.appendLine(text, line);
        }
        return text.toString();
    }

    @Test
    void chineseLinesJoinWithoutSpaceAndLatinLinesWithOne() {
        assertThat(join("数据要素市场建设的进", "展与挑战")).isEqualTo("数据要素市场建设的进展与挑战");
        assertThat(join("标准提高了", "interoperability，减少")).isEqualTo("标准提高了interoperability，减少");
        assertThat(join("charging", "infrastructure的建设")).isEqualTo("charging infrastructure的建设");
        assertThat(join("“数据可用不可见", "”的可能")).isEqualTo("“数据可用不可见”的可能");
    }

    @Test
    void hyphenationOfALowercaseWordIsUndoneButRealHyphensStay() {
        assertThat(join("符合inter-", "national food")).isEqualTo("符合international food");
        assertThat(join("感染COVID-", "19的人数")).isEqualTo("感染COVID-19的人数");
        assertThat(join("采用end-to-end的", "算法")).isEqualTo("采用end-to-end的算法");
        assertThat(join("Wi-", "Fi模块")).isEqualTo("Wi-Fi模块");
    }

    @Test
    void spacesBetweenCjkCharactersAreRemovedAndOthersKept() {
        assertThat(CjkText.tidySpaces("数 据 要 素 市 场")).isEqualTo("数据要素市场");
        assertThat(CjkText.tidySpaces("open  data 原 则")).isEqualTo("open data 原则");
        assertThat(CjkText.tidySpaces("使用 PDF 文件")).isEqualTo("使用 PDF 文件");
        assertThat(CjkText.tidySpaces("完成。 “下一步")).isEqualTo("完成。“下一步");
    }

    @Test
    void sentenceEndsIncludeClosingQuotesAfterTheStop() {
        assertThat(CjkText.endsSentence("他说：“好。”")).isTrue();
        assertThat(CjkText.endsSentence("办结率达到百分之九十八。")).isTrue();
        assertThat(CjkText.endsSentence("如下：")).isTrue();
        assertThat(CjkText.endsSentence("签订了“云岭雾芽”")).isFalse();
        assertThat(CjkText.endsSentence("统一采摘标准，")).isFalse();
    }

    @Test
    void cjkClassCoversIdeographsPunctuationAndFullWidthForms() {
        assertThat(CjkText.isCjk('数')).isTrue();
        assertThat(CjkText.isCjk('。')).isTrue();
        assertThat(CjkText.isCjk('，')).isTrue();
        assertThat(CjkText.isCjk('Ｇ')).isTrue();
        assertThat(CjkText.isCjk('①')).isTrue();
        assertThat(CjkText.isCjk('A')).isFalse();
        assertThat(CjkText.isCjk('3')).isFalse();
        assertThat(CjkText.isCjk('-')).isFalse();
    }
}
