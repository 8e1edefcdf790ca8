package org.zhsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EncodingDetectorTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset BIG5 = Charset.forName("Big5");

    private static String decode(byte[] bytes) {
        return EncodingDetector.decode(bytes, null).text();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void plainUtf8IsDecoded() {
        assertThat(decode("主题教育".getBytes(StandardCharsets.UTF_8))).isEqualTo("主题教育");
    }

    @Test
    void utf8ByteOrderMarkIsRemoved() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] bytes = concat(bom, "正文。".getBytes(StandardCharsets.UTF_8));
        assertThat(decode(bytes)).isEqualTo("正文。");
    }

    @Test
    void utf16LittleEndianWithByteOrderMarkIsDecoded() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "春天。\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(decode(bytes)).isEqualTo("春天。\n");
    }

    @Test
    void utf16BigEndianWithByteOrderMarkIsDecoded() {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "春天。\n".getBytes(StandardCharsets.UTF_16BE));
        assertThat(decode(bytes)).isEqualTo("春天。\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "今天天气很好，我们去公园散步。孩子们在草地上放风筝。",
                "人工智能正在改变我们的生活。科学家们正在研究新的算法。",
                "国家统计局发布数据显示，一季度经济运行总体平稳。",
                "绿道沿线设置了休息驿站和自行车租赁点。",
                "他说：“明天见。”"
            })
    void shortSimplifiedGbkTextIsDetected(String text) {
        assertThat(decode(text.getBytes(GBK))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "今天天氣很好，我們去公園散步。孩子們在草地上放風箏。",
                "臺北的夏天雖然炎熱，但傍晚時分的河濱公園總是熱鬧非凡。",
                "傳統市場經過整修後，攤位變得整齊明亮。",
                "颱風過後，農民忙著清理田地。",
                "他說：「明天見。」"
            })
    void shortTraditionalBig5TextIsDetected(String text) {
        assertThat(decode(text.getBytes(BIG5))).isEqualTo(text);
    }

    @Test
    void gb18030FourByteCharactersAreDecoded() {
        String text = "生僻字𠀀出现在文中。";
        assertThat(decode(text.getBytes(EncodingDetector.GB18030))).isEqualTo(text);
    }

    @Test
    void declaredCharsetIsUsedWhenItDecodesStrictly() {
        String text = "他說：「明天見。」";
        assertThat(EncodingDetector.decode(text.getBytes(BIG5), BIG5).text()).isEqualTo(text);
    }

    @Test
    void twoNulBytesInALineAreRemovedAndTheTextKept() {
        String text = "床前明月光，疑是地上霜。\n举头望明月，\0\0低头思故乡。\n";
        EncodingDetector.Decoded d = EncodingDetector.decode(text.getBytes(StandardCharsets.UTF_8), null);
        assertThat(d.text()).isEqualTo("床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n");
        assertThat(d.removedControls()).isEqualTo(2);
        assertThat(d.warning()).contains("removed 2 control characters");
    }

    @Test
    void aShortPoemWithTwoDamagedCharactersIsKeptWithThem() {
        // 192 bytes of UTF-8 with two invalid sequences: decoded via the replacement character, not skipped
        String poem = "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。\n".repeat(3);
        byte[] good = poem.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length);
        bytes[3] = (byte) 0xFF;
        bytes[4] = (byte) 0xFE;
        bytes[5] = (byte) 0xFD;
        String text = EncodingDetector.clean(new String(bytes, StandardCharsets.UTF_8))
                .text();
        assertThat(EncodingDetector.looksBinary(text)).isFalse();
        assertThat(text).contains("\uFFFD").contains("处处闻啼鸟");
    }

    @Test
    void randomBytesAreBinary() {
        byte[] bytes = new byte[4096];
        new java.util.Random(11).nextBytes(bytes);
        assertThatThrownBy(() -> decode(bytes))
                .isInstanceOf(SkipException.class)
                .hasMessage("binary file (not text)");
    }

    @Test
    void manyControlCharactersMeanBinary() {
        assertThatThrownBy(() -> decode("正文\u0001\u0002\u0003\u0004\u0005\u0006正文".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SkipException.class)
                .hasMessage("binary file (not text)");
    }

    @Test
    void tabsFormFeedsAndLineEndsAreNotControlCharacters() {
        assertThat(decode("甲\t乙\r\n丙\f丁\r".getBytes(StandardCharsets.UTF_8))).isEqualTo("甲\t乙\r\n丙\f丁\r");
    }

    @Test
    void oneStrayControlCharacterInLongTextIsRemoved() {
        String text = "正文。".repeat(100) + "\u001B";
        assertThat(decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo("正文。".repeat(100));
    }

    @Test
    void bytesThatFitNoEncodingCannotBeDecoded() {
        byte[] bytes = {'a', 'b', (byte) 0xFF, (byte) 0xFF, 'c', 'd', (byte) 0x80, 'e'};
        assertThatThrownBy(() -> decode(bytes))
                .isInstanceOf(SkipException.class)
                .hasMessage("cannot decode: not UTF-8, GB18030 or Big5");
    }

    @Test
    void manyReplacementCharactersMeanBinary() {
        assertThat(EncodingDetector.looksBinary("正文\uFFFD\uFFFD")).isTrue();
    }

    private static byte[] withByte(String before, int bad, String after) {
        return concat(
                concat(before.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) bad}),
                after.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void utf8WithOneStrayFfByteIsKeptWithOneReplacedByte() {
        EncodingDetector.Decoded d = EncodingDetector.decode(withByte("江南的雨下了整整一夜，", 0xFF, "清晨的石板路上还留着水光。\n"), null);
        assertThat(d.text()).isEqualTo("江南的雨下了整整一夜，\uFFFD清晨的石板路上还留着水光。\n");
        assertThat(d.replacedBytes()).isEqualTo(1);
        assertThat(d.repairNote()).isEqualTo("kept with 1 byte that is not UTF-8 replaced by U+FFFD");
    }

    @Test
    void utf8WithALatin1AccentIsKeptAsUtf8() {
        // "café" written by a Latin-1 editor into a UTF-8 file: 0xE9 followed by ASCII is malformed UTF-8
        byte[] bytes = withByte("老街口新开了一家caf", 0xE9, " ，店主每天早上烤面包。");
        EncodingDetector.Decoded d = EncodingDetector.decode(bytes, null);
        assertThat(d.text()).isEqualTo("老街口新开了一家caf\uFFFD ，店主每天早上烤面包。");
        assertThat(d.replacedBytes()).isEqualTo(1);
    }

    @Test
    void utf8CutInTheMiddleOfACharacterIsKept() {
        byte[] whole = "山顶的风很大，我们只停了十分钟".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        EncodingDetector.Decoded d = EncodingDetector.decode(cut, null);
        assertThat(d.text()).isEqualTo("山顶的风很大，我们只停了十分\uFFFD");
        assertThat(d.replacedBytes()).isEqualTo(2);
        assertThat(d.repairNote()).isEqualTo("kept with 2 bytes that are not UTF-8 replaced by U+FFFD");
    }

    @Test
    void asciiTextWithOneBadByteIsKept() {
        EncodingDetector.Decoded d =
                EncodingDetector.decode(withByte("plain notes, line one", 0xFF, " and two\n"), null);
        assertThat(d.text()).isEqualTo("plain notes, line one\uFFFD and two\n");
        assertThat(d.replacedBytes()).isEqualTo(1);
    }

    @Test
    void cleanTextHasNoRepairNote() {
        assertThat(EncodingDetector.decode("干净的一行。".getBytes(StandardCharsets.UTF_8), null)
                        .repairNote())
                .isNull();
        assertThat(EncodingDetector.decode("干净的一行。".getBytes(GBK), null).repairNote())
                .isNull();
    }

    @Test
    void gbkTextWithFewChineseWordsIsStillReadAsGbk() {
        String text = "Release notes for version 2.4, see the changelog below. 修复 bug.\n";
        EncodingDetector.Decoded d = EncodingDetector.decode(text.getBytes(GBK), null);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.replacedBytes()).isZero();
    }

    @Test
    void aGbkPageWithOneBadByteIsNotReadAsUtf8Garbage() {
        // mostly ASCII markup, Chinese in GBK, one byte no encoding accepts: UTF-8 would turn every Chinese
        // character into U+FFFD while staying under 20 % of the characters, so it is not chosen
        byte[] html = concat(
                concat(
                        ("<html><head><title>t</title></head><body>" + "<p>x</p>".repeat(40))
                                .getBytes(StandardCharsets.US_ASCII),
                        "<p>秋天的稻田一片金黄。</p>".getBytes(GBK)),
                new byte[] {(byte) 0xFF, '<', '/', 'b', 'o', 'd', 'y', '>'});
        assertThatThrownBy(() -> decode(html))
                .isInstanceOf(SkipException.class)
                .hasMessage("cannot decode: not UTF-8, GB18030 or Big5");
    }
}
