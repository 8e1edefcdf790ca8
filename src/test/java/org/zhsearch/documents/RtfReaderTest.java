package org.zhsearch.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RTF cases the JDK's RTFEditorKit gets wrong, and the groups that are not text. */
class RtfReaderTest {
    @TempDir
    Path tmp;

    private ExtractedDocument read(String rtf) throws Exception {
        Path file = tmp.resolve("t.rtf");
        Files.writeString(file, rtf, StandardCharsets.ISO_8859_1);
        return new RtfExtractor().extract(file, ExtractionLimits.DEFAULT);
    }

    @Test
    void gbkBytesUnderALatinFontAreDecodedInTheDocumentsCodePage() throws Exception {
        // Word's ASCII fonts are \fcharset0; RTFEditorKit reads these bytes as Latin-1 (ÖÐÎÄ)
        ExtractedDocument doc = read("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}"
                + "\\pard \\'d6\\'d0\\'ce\\'c4\\par}");
        assertThat(doc.blocks()).extracting(TextBlock::text).containsExactly("中文");
    }

    @Test
    void aTwoByteFallbackAfterAUnicodeEscapeIsSkippedWhole() throws Exception {
        // uc1 but a two-byte GBK fallback: RTFEditorKit keeps the trail byte (中Ð文)
        ExtractedDocument doc = read("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 x;}}"
                + "\\pard\\uc1\\" + "u20013\\'d6\\'d0\\" + "u25991?\\par}");
        assertThat(doc.blocks()).extracting(TextBlock::text).containsExactly("中文");
    }

    @Test
    void big5FontsDecodeTraditionalText() throws Exception {
        ExtractedDocument doc = read("{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fcharset134 a;}{\\f1\\fcharset136 b;}}"
                + "\\pard\\f0 \\'bc\\'f2\\'cc\\'e5\\par\\pard\\f1 \\'c1\\'63\\'c5\\'e9\\par}");
        assertThat(doc.blocks()).extracting(TextBlock::text).containsExactly("简体", "繁體");
    }

    @Test
    void fieldInstructionsPicturesAndHeadersAreNotTextButFieldResultsAndFootnotesAre() throws Exception {
        ExtractedDocument doc = read("{\\rtf1\\ansi{\\header \\pard header text\\par}"
                + "\\pard See {\\field{\\*\\fldinst HYPERLINK \"http://x\"}{\\fldrslt the site}} now"
                + "{\\footnote \\pard A note.}{\\pict\\pngblip 89504e47}{\\*\\bkmkstart b}.\\par"
                + "\\pard Next {\\bin4 {{{{}paragraph.\\par}");
        assertThat(doc.blocks())
                .extracting(TextBlock::text)
                .containsExactly("See the site now.", "Next paragraph.", "A note.");
    }

    @Test
    void outlineLevelsStylesListsAndTablesGiveKinds() throws Exception {
        ExtractedDocument doc = read("{\\rtf1\\ansi{\\stylesheet{\\s0 Normal;}{\\s3 heading 2;}{\\s9 caption;}}"
                + "\\pard\\s3 Styled heading\\par\\pard\\outlinelevel1 Outline heading\\par"
                + "\\pard\\ls1{\\listtext 1.\\tab}Item\\par\\pard\\s9 Table 1\\par"
                + "\\trowd\\pard\\intbl A\\cell B\\cell\\row\\pard Body\\par}");
        assertThat(doc.blocks())
                .containsExactly(
                        new TextBlock("Styled heading", TextBlock.Kind.HEADING, null),
                        new TextBlock("Outline heading", TextBlock.Kind.HEADING, null),
                        new TextBlock("Item", TextBlock.Kind.LIST_ITEM, null),
                        new TextBlock("Table 1", TextBlock.Kind.CAPTION, null),
                        new TextBlock("A | B", TextBlock.Kind.TABLE_ROW, null),
                        new TextBlock("Body", TextBlock.Kind.BODY, null));
    }
}
