package org.zhsearch.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes: a UTF-8 or UTF-16 byte order mark wins; else strict UTF-8; else the charset the file
 * declares (HTML {@code <meta charset>}) if the bytes decode strictly in it; else GB18030 or Big5, chosen by
 * {@link ChineseCharsets}. A file is binary only on real evidence: more than {@value #MAX_CONTROL_PERCENT} % control
 * bytes or characters (NUL included; and more than {@value #TOLERATED_CONTROLS}), or more than {@value #MAX_REPLACEMENT_PERCENT} % U+FFFD after decoding — random
 * or compressed bytes have about 13 % control bytes, text has almost none. A few stray control characters in
 * text (two NULs in a line) are removed and a few U+FFFD (a damaged character in a poem) are kept, so the good
 * paragraphs of such a file are never lost; {@link Decoded} counts both for a warning. UTF-8 with a few malformed
 * sequences (a stray {@code \xff}, a truncated character, a Latin-1 {@code é}) is decoded with U+FFFD for each of
 * them when UTF-8 is the best reading: at most {@value #MAX_REPLACEMENT_PERCENT} % of its non-ASCII sequences are
 * malformed (a GBK file read as UTF-8 has almost only malformed ones), or nothing else decodes the bytes, at most
 * {@value #TOLERATED_BAD_SEQUENCES} sequences are malformed (stray bytes in ASCII text; a damaged GBK file would
 * come out as U+FFFD for every Chinese character) and at most {@value #MAX_REPLACEMENT_PERCENT} % of the characters
 * come out as U+FFFD. {@link Decoded#replacedBytes} says how
 * many bytes were replaced, for the build report.
 */
final class EncodingDetector {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final String BINARY = "binary file (not text)";
    static final String UNDECODABLE = "cannot decode: not UTF-8, GB18030 or Big5";

    static final int MAX_CONTROL_PERCENT = 10;
    /** Up to this many control characters never make a file binary, however short it is. */
    static final int TOLERATED_CONTROLS = 3;

    static final int MAX_REPLACEMENT_PERCENT = 20;
    /** Malformed UTF-8 sequences kept in text with no other reading (mostly ASCII, a stray byte or two). */
    static final int TOLERATED_BAD_SEQUENCES = 3;

    /**
     * Decoded text, with the NUL and other C0/C1 control characters (tab, line breaks and form feed kept) removed.
     *
     * @param removedControls control characters removed
     * @param replacements    U+FFFD characters kept (undecodable bytes in the source)
     * @param replacedBytes   bytes that were not valid UTF-8 and were decoded as U+FFFD (0 for a clean decoding)
     */
    record Decoded(String text, int removedControls, int replacements, int replacedBytes) {
        Decoded(String text, int removedControls, int replacements) {
            this(text, removedControls, replacements, 0);
        }

        /** The build report's note for a file kept with replaced bytes, or null when no byte was replaced. */
        String repairNote() {
            if (replacedBytes == 0) {
                return null;
            }
            return "kept with " + replacedBytes + (replacedBytes == 1 ? " byte that is" : " bytes that are")
                    + " not UTF-8 replaced by U+FFFD";
        }

        /** What to warn about, or null when the text was clean. */
        String warning() {
            if (removedControls == 0 && replacements == 0) {
                return null;
            }
            return "removed " + removedControls + " control character" + (removedControls == 1 ? "" : "s")
                    + ", kept " + replacements + " replacement character" + (replacements == 1 ? "" : "s")
                    + " (U+FFFD)";
        }
    }

    private EncodingDetector() {}

    /**
     * The text of {@code bytes}, without a byte order mark.
     *
     * @param declared a charset the file declares, or {@code null}
     * @throws SkipException if the bytes are binary or fit no supported encoding
     */
    static Decoded decode(byte[] bytes, Charset declared) {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = lenient(bytes, 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = lenient(bytes, 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = lenient(bytes, 2, StandardCharsets.UTF_16BE);
        } else {
            if (mostlyControlBytes(bytes)) {
                throw new SkipException(BINARY);
            }
            text = strict(bytes, StandardCharsets.UTF_8);
            if (text == null && declared != null) {
                text = strict(bytes, declared);
            }
            if (text == null) {
                RepairedUtf8 utf8 = RepairedUtf8.of(bytes);
                if (utf8.mostlyValid()) {
                    return repaired(utf8);
                }
                text = ChineseCharsets.decode(bytes);
                if (text == null && utf8.malformed() <= TOLERATED_BAD_SEQUENCES && !utf8.tooManyReplacements()) {
                    return repaired(utf8);
                }
            }
            if (text == null) {
                throw new SkipException(UNDECODABLE);
            }
        }
        if (looksBinary(text)) {
            throw new SkipException(BINARY);
        }
        return clean(text);
    }

    private static Decoded repaired(RepairedUtf8 utf8) {
        if (looksBinary(utf8.text())) {
            throw new SkipException(BINARY);
        }
        Decoded clean = clean(utf8.text());
        return new Decoded(clean.text(), clean.removedControls(), clean.replacements(), utf8.replacedBytes());
    }

    /**
     * UTF-8 decoded with one U+FFFD per malformed sequence.
     *
     * @param malformed      malformed sequences (each became one U+FFFD)
     * @param validNonAscii  well-formed multi-byte sequences
     * @param replacedBytes  bytes in the malformed sequences
     */
    private record RepairedUtf8(String text, int malformed, int validNonAscii, int replacedBytes) {
        static RepairedUtf8 of(byte[] bytes) {
            CharsetDecoder decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate(bytes.length + 1);
            int malformed = 0;
            int replaced = 0;
            for (CoderResult result = decoder.decode(in, out, true);
                    result.isError();
                    result = decoder.decode(in, out, true)) {
                malformed++;
                replaced += result.length();
                in.position(in.position() + result.length());
                out.put('\uFFFD');
            }
            decoder.flush(out);
            out.flip();
            String text = out.toString();
            int nonAscii = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 0x80 && !Character.isLowSurrogate(c)) {
                    nonAscii++;
                }
            }
            return new RepairedUtf8(text, malformed, nonAscii - malformed, replaced);
        }

        /** At most {@value EncodingDetector#MAX_REPLACEMENT_PERCENT} % of the non-ASCII sequences are malformed. */
        boolean mostlyValid() {
            return malformed * 100L <= (long) MAX_REPLACEMENT_PERCENT * (malformed + validNonAscii);
        }

        boolean tooManyReplacements() {
            return malformed * 100L > (long) MAX_REPLACEMENT_PERCENT * text.length();
        }
    }

    /** {@code text} without NUL and other control characters (tab, CR, LF, FF kept), with counts. */
    static Decoded clean(String text) {
        StringBuilder out = null;
        int removed = 0;
        int replacements = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isStrayControl(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                removed++;
                continue;
            }
            if (c == '\uFFFD') {
                replacements++;
            }
            if (out != null) {
                out.append(c);
            }
        }
        return new Decoded(out == null ? text : out.toString(), removed, replacements);
    }

    private static boolean isStrayControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f';
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

    /**
     * True if more than {@value #MAX_CONTROL_PERCENT} % of the characters are controls (NUL included; tab, CR, LF,
     * FF are text) or more than {@value #MAX_REPLACEMENT_PERCENT} % are U+FFFD.
     */
    static boolean looksBinary(String text) {
        long controls = 0;
        long replacements = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isStrayControl(c)) {
                controls++;
            } else if (c == '\uFFFD') {
                replacements++;
            }
        }
        return controls > TOLERATED_CONTROLS && controls * 100 > (long) MAX_CONTROL_PERCENT * text.length()
                || replacements * 100 > (long) MAX_REPLACEMENT_PERCENT * text.length();
    }

    private static boolean mostlyControlBytes(byte[] bytes) {
        long controls = 0;
        for (byte b : bytes) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        return controls > TOLERATED_CONTROLS && controls * 100 > (long) MAX_CONTROL_PERCENT * bytes.length;
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
