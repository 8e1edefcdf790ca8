package org.zhsearch.bench;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;
import org.zhsearch.pinyin.PinyinReader;

/**
 * How well each pinyin library reads the words of our test set ({@code org/zhsearch/pinyin/readings.tsv}): the
 * measurement behind choosing houbb pinyin. pinyin4j and TinyPinyin read character by character (pinyin4j's first
 * reading); houbb reads words with its phrase dictionary; "zhsearch" is our reader (houbb plus our own list of
 * software words it misreads — that list was written knowing this set's misses, so its figure is not independent).
 * Run: {@code java -cp target/test-classes:target/zhsearch.jar:<test classpath> org.zhsearch.bench.PinyinLibraries}.
 */
public final class PinyinLibraries {
    private PinyinLibraries() {}

    public static void main(String[] args) throws IOException {
        List<String[]> set = testSet();
        HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        PinyinReader ours = new PinyinReader();
        report("pinyin4j 2.5.1", set, w -> pinyin4j(w, format));
        report(
                "TinyPinyin 2.0.3",
                set,
                w -> com.github.promeg.pinyinhelper.Pinyin.toPinyin(w, " ").toLowerCase(Locale.ROOT));
        report(
                "houbb pinyin 0.4.0",
                set,
                w -> com.github.houbb.pinyin.util.PinyinHelper.toPinyin(w, PinyinStyleEnum.NORMAL)
                        .replace('ü', 'v'));
        report(
                "zhsearch (houbb + own list)",
                set,
                w -> String.join(" ", ours.read(w).stream().map(List::getFirst).toList()));
    }

    private static void report(String name, List<String[]> set, Function<String, String> reader) {
        int right = 0;
        int polyphones = 0;
        int polyphonesRight = 0;
        for (String[] row : set) {
            boolean ok = reader.apply(row[0]).equals(row[1]);
            right += ok ? 1 : 0;
            if (row[2].equals("yes")) {
                polyphones++;
                polyphonesRight += ok ? 1 : 0;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%-28s %d/%d words (%.3f), polyphone words %d/%d (%.3f)%n",
                name,
                right,
                set.size(),
                right / (double) set.size(),
                polyphonesRight,
                polyphones,
                polyphonesRight / (double) polyphones);
    }

    private static String pinyin4j(String word, HanyuPinyinOutputFormat format) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toCharArray()) {
            try {
                String[] readings = net.sourceforge.pinyin4j.PinyinHelper.toHanyuPinyinStringArray(c, format);
                out.append(out.isEmpty() ? "" : " ").append(readings == null ? "?" : readings[0]);
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException(e);
            }
        }
        return out.toString();
    }

    private static List<String[]> testSet() throws IOException {
        return TsvResource.rows(PinyinReader.class, "readings.tsv");
    }
}
