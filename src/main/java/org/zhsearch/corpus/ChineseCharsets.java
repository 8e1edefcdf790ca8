package org.zhsearch.corpus;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.Charset;
import java.util.BitSet;

/**
 * Chooses between GB18030 and Big5 for bytes that are not UTF-8. Both are decoded strictly; if only one succeeds it
 * wins. If both do, each reading is scored by the share of its non-ASCII characters that are common: Han characters
 * of GB2312 level 1 (the 3,755 most frequent simplified characters) or common CJK punctuation. The Big5 reading is
 * converted traditional → simplified (ICU) before scoring, so genuine traditional text scores as high as genuine
 * simplified text while mis-decoded bytes score low. Ties go to GB18030.
 */
final class ChineseCharsets {
    static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
    private static final String COMMON_PUNCTUATION = "，。、；：？！“”‘’（）《》〈〉「」『』【】—…·";
    private static final int SAMPLE_CHARS = 20_000;
    private static final BitSet GB2312_LEVEL_1 = gb2312Level1();
    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

    private ChineseCharsets() {}

    /** The text in GB18030 or Big5, or {@code null} if neither decodes the bytes. */
    static String decode(byte[] bytes) {
        String gb = EncodingDetector.strict(bytes, EncodingDetector.GB18030);
        String big5 = EncodingDetector.strict(bytes, BIG5);
        if (big5 == null) {
            big5 = EncodingDetector.strict(bytes, BIG5_HKSCS);
        }
        if (gb == null || big5 == null) {
            return gb == null ? big5 : gb;
        }
        return commonShare(sample(gb)) >= commonShare(toSimplified(sample(big5))) ? gb : big5;
    }

    /** Share (0–1) of non-ASCII characters that are GB2312 level-1 Han characters or common CJK punctuation. */
    static double commonShare(String text) {
        int total = 0;
        int common = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            total++;
            if (GB2312_LEVEL_1.get(c) || COMMON_PUNCTUATION.indexOf(c) >= 0) {
                common++;
            }
        }
        return total == 0 ? 0 : (double) common / total;
    }

    /** The first {@value #SAMPLE_CHARS} characters: enough to score, cheap for large files. */
    private static String sample(String text) {
        return text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS);
    }

    private static String toSimplified(String text) {
        synchronized (TO_SIMPLIFIED) {
            return TO_SIMPLIFIED.transliterate(text);
        }
    }

    /** GB2312 level 1: rows 16–55, i.e. lead bytes 0xB0–0xD7, trail bytes 0xA1–0xFE. */
    private static BitSet gb2312Level1() {
        byte[] bytes = new byte[(0xD7 - 0xB0 + 1) * 94 * 2];
        int n = 0;
        for (int lead = 0xB0; lead <= 0xD7; lead++) {
            for (int trail = 0xA1; trail <= 0xFE; trail++) {
                bytes[n++] = (byte) lead;
                bytes[n++] = (byte) trail;
            }
        }
        BitSet set = new BitSet(0x10000);
        String decoded = new String(bytes, Charset.forName("GB2312"));
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                set.set(c);
            }
        }
        return set;
    }
}
