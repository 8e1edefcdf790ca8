package org.zhsearch.documents;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The code pages of RTF's {@code \ansicpgN}, {@code \cpgN} and {@code \fcharsetN}: what the bytes of
 * {@code \'hh} escapes and raw text mean. Chinese documents are GBK (936, charset 134) or Big5 (950, charset 136);
 * both are read with the superset Windows uses (GB18030, MS950), so no character Word wrote is lost.
 */
final class RtfCharsets {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private RtfCharsets() {}

    /** The charset of code page {@code cpg}, or windows-1252 when Java has none by that number. */
    static Charset ofCodePage(int cpg) {
        return switch (cpg) {
            case 936, 54936 -> Charset.forName("GB18030");
            case 950 -> Charset.forName("x-windows-950");
            case 932 -> Charset.forName("windows-31j");
            case 949 -> Charset.forName("x-windows-949");
            case 874 -> Charset.forName("x-windows-874");
            case 65001 -> StandardCharsets.UTF_8;
            case 10000 -> Charset.forName("x-MacRoman");
            case 437, 850, 852, 855, 857, 862, 866 -> forName("IBM" + cpg);
            default -> forName("windows-" + cpg);
        };
    }

    /** The code page of a font's {@code \fcharsetN}, or 0 for "the document's code page" (0 ANSI, 1 default). */
    static int codePageOfFontCharset(int fcharset) {
        return switch (fcharset) {
            case 77 -> 10000;
            case 128 -> 932;
            case 129 -> 949;
            case 134 -> 936;
            case 136 -> 950;
            case 161 -> 1253;
            case 162 -> 1254;
            case 163 -> 1258;
            case 177 -> 1255;
            case 178 -> 1256;
            case 186 -> 1257;
            case 204 -> 1251;
            case 222 -> 874;
            case 238 -> 1250;
            case 255 -> 437;
            default -> 0;
        };
    }

    private static Charset forName(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return WINDOWS_1252;
        }
    }
}
