package org.zhsearch.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes: a UTF-8 or UTF-16 byte order mark wins; else strict UTF-8; else the charset the file
 * declares (HTML {@code <meta charset>}) if the bytes decode strictly in it; else GB18030 or Big5, chosen by
 * {@link ChineseCharsets}. Text with NUL characters or more than 1 % control/replacement characters is binary.
 */
final class EncodingDetector {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final String BINARY = "binary file (not text)";
    static final String UNDECODABLE = "cannot decode: not UTF-8, GB18030 or Big5";

    private EncodingDetector() {
    }

    /**
     * The text of {@code bytes}, without a byte order mark.
     *
     * @param declared a charset the file declares, or {@code null}
     * @throws SkipException if the bytes are binary or fit no supported encoding
     */
    static String decode(byte[] bytes, Charset declared) {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = lenient(bytes, 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = lenient(bytes, 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = lenient(bytes, 2, StandardCharsets.UTF_16BE);
        } else {
            if (controlBytesExceedOnePercent(bytes)) {
                throw new SkipException(BINARY);
            }
            text = strict(bytes, StandardCharsets.UTF_8);
            if (text == null && declared != null) {
                text = strict(bytes, declared);
            }
            if (text == null) {
                text = ChineseCharsets.decode(bytes);
            }
            if (text == null) {
                throw new SkipException(UNDECODABLE);
            }
        }
        if (looksBinary(text)) {
            throw new SkipException(BINARY);
        }
        return text;
    }

    /** Decodes strictly (malformed or unmappable input → {@code null}). */
    static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** True if the text has a NUL or more than 1 % C0/C1 control (other than tab, CR, LF, FF) or U+FFFD characters. */
    static boolean looksBinary(String text) {
        long bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\uFFFD') {
                bad++;
            }
        }
        return bad * 100 > text.length();
    }

    private static boolean controlBytesExceedOnePercent(byte[] bytes) {
        long bad = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if ((b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                bad++;
            }
        }
        return bad * 100 > bytes.length;
    }

    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
