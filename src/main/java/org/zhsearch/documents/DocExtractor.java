package org.zhsearch.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Word 97–2003 ({@code .doc}; also what WPS writes in compatibility mode) through POI's HWPF. Headings are
 * paragraphs with an outline level or a heading style, list items paragraphs in a list, table rows one block each,
 * captions caption-styled paragraphs; field codes are dropped and their results kept. Footnotes and endnotes follow
 * the body; comments, headers and footers are dropped, as for DOCX. A {@code .doc} that is really a zip (a DOCX
 * saved under the old name) is read as DOCX.
 */
final class DocExtractor implements DocumentExtractor {
    @Override
    public ExtractedDocument extract(Path file, ExtractionLimits limits) throws UnusableDocument, IOException {
        if (OleFiles.isZip(file)) {
            return new DocxExtractor().extract(file, limits);
        }
        if (!OleFiles.isOle2(file)) {
            throw new UnusableDocument("not a Word .doc file (it does not start as one; a .doc saved as plain text or"
                    + " RTF?): open and save it again as .doc or .docx");
        }
        Blocks blocks = new Blocks(limits);
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
                throw new UnusableDocument(
                        "encrypted: the document is password protected; save a copy without a password to index it");
            }
            HWPFDocument doc = new HWPFDocument(fs);
            properties(doc.getSummaryInformation(), blocks);
            body(doc, doc.getRange(), blocks);
            notes(doc.getFootnoteRange(), blocks);
            notes(doc.getEndnoteRange(), blocks);
        } catch (EncryptedDocumentException e) {
            throw new UnusableDocument("encrypted: " + e.getMessage() + "; save a copy without a password", e);
        } catch (OldWordFileFormatException e) {
            throw new UnusableDocument("Word 6/95 format, which is not read: save it as .docx in a word processor", e);
        } catch (IOException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new UnusableDocument(
                    "truncated or damaged DOC file (" + e.getMessage() + "): open and save it again", e);
        }
        return blocks.build();
    }

    private static void body(HWPFDocument doc, Range range, Blocks blocks) throws UnusableDocument {
        int count = range.numParagraphs();
        for (int i = 0; i < count && !blocks.full(); i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table table = range.getTable(p);
                for (int r = 0; r < table.numRows(); r++) {
                    TableRow row = table.getRow(r);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.numCells(); c++) {
                        cells.add(text(row.getCell(c).text()));
                    }
                    blocks.row(cells);
                }
                i += table.numParagraphs() - 1;
            } else {
                blocks.add(text(p.text()), kindOf(doc, p));
            }
        }
    }

    private static void notes(Range range, Blocks blocks) throws UnusableDocument {
        for (int i = 0; i < range.numParagraphs() && !blocks.full(); i++) {
            blocks.note(text(range.getParagraph(i).text()));
        }
    }

    private static TextBlock.Kind kindOf(HWPFDocument doc, Paragraph p) {
        if (p.getLvl() >= 0 && p.getLvl() < 9) {
            return TextBlock.Kind.HEADING;
        }
        int index = p.getStyleIndex();
        // LibreOffice writes style indexes past the stylesheet's end: such a paragraph has no style
        StyleDescription style = index >= 0 && index < doc.getStyleSheet().numStyles()
                ? doc.getStyleSheet().getStyleDescription(index)
                : null;
        TextBlock.Kind byStyle = style == null ? null : StyleNames.kindOf(style.getName());
        if (byStyle != null) {
            return byStyle;
        }
        return p.isInList() ? TextBlock.Kind.LIST_ITEM : TextBlock.Kind.BODY;
    }

    /** A paragraph's or cell's text without field instructions (results kept) and cell marks. */
    private static String text(String raw) {
        return Range.stripFields(raw).replace('\u0007', ' ');
    }

    private static void properties(SummaryInformation info, Blocks blocks) {
        if (info == null) {
            return;
        }
        blocks.property(ExtractedDocument.TITLE, info.getTitle());
        blocks.property(ExtractedDocument.AUTHOR, info.getAuthor());
        blocks.property(ExtractedDocument.SUBJECT, info.getSubject());
        blocks.property(ExtractedDocument.KEYWORDS, info.getKeywords());
        blocks.property(ExtractedDocument.DATE, IsoDates.of(info.getCreateDateTime()));
    }
}
