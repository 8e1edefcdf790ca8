package org.zhsearch.documents;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;

/**
 * Word 2007+ ({@code .docx}) through POI's XWPF. Headings are paragraphs whose style (or a style it is based on) is
 * a heading style by name or has an outline level, or that set an outline level themselves; numbered or bulleted
 * paragraphs are list items; each table row is one block; caption-styled paragraphs are captions. Footnotes and
 * endnotes are kept, after the body; comments, headers and footers are dropped (remarks on the text, and
 * repetitions). The zip is first inflated once within the limits, so a zip bomb is ours to report, not POI's.
 */
final class DocxExtractor implements DocumentExtractor {
    private static final Pattern NOTE_MARK = Pattern.compile("\\[(?:footnoteRef|endnoteRef):-?\\d+]");

    @Override
    public ExtractedDocument extract(Path file, ExtractionLimits limits) throws UnusableDocument, IOException {
        Blocks blocks = new Blocks(limits);
        if (OleFiles.isOle2(file)) {
            // an encrypted .docx is an OLE2 container; an unencrypted one is an old .doc with the wrong extension
            OleFiles.refuseEncrypted(file, "DOCX");
            return new DocExtractor().extract(file, limits);
        }
        try (BoundedZip zip = BoundedZip.open(file, "DOCX", limits, blocks)) {
            zip.inflateAll();
        } catch (IOException e) {
            throw BoundedZip.unusable(e, "DOCX");
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XWPFDocument doc = new XWPFDocument(pkg)) {
            properties(doc.getProperties().getCoreProperties(), blocks);
            for (IBodyElement element : doc.getBodyElements()) {
                element(doc, element, blocks);
                if (blocks.full()) {
                    break;
                }
            }
            for (XWPFAbstractFootnoteEndnote note : notes(doc)) {
                for (XWPFParagraph p : note.getParagraphs()) {
                    blocks.note(text(p));
                }
            }
        } catch (EncryptedDocumentException e) {
            throw new UnusableDocument("encrypted: " + e.getMessage() + "; save a copy without a password", e);
        } catch (InvalidFormatException | UnsupportedFileFormatException e) {
            throw new UnusableDocument("not a Word document (" + e.getMessage() + "); open and save it again", e);
        } catch (OpenXML4JException | org.apache.poi.ooxml.POIXMLException e) {
            throw new UnusableDocument("damaged DOCX file (" + e.getMessage() + "); open and save it again", e);
        }
        return blocks.build();
    }

    private static void element(XWPFDocument doc, IBodyElement element, Blocks blocks) throws UnusableDocument {
        if (element instanceof XWPFParagraph p) {
            blocks.add(text(p), kindOf(doc, p));
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    StringBuilder text = new StringBuilder();
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        text.append(' ').append(text(p));
                    }
                    cells.add(text.toString());
                }
                blocks.row(cells);
            }
        } else if (element instanceof XWPFSDT sdt) {
            blocks.add(sdt.getContent().getText(), TextBlock.Kind.BODY);
        }
    }

    /**
     * A paragraph's text from its runs: {@code XWPFParagraph.getText()} would add the footnotes' text and
     * {@code [footnoteRef:1]} markers, and the notes are blocks of their own.
     */
    private static String text(XWPFParagraph p) {
        StringBuilder text = new StringBuilder();
        for (IRunElement run : p.getIRuns()) {
            if (run instanceof XWPFRun r) {
                text.append(NOTE_MARK.matcher(r.text()).replaceAll(""));
            } else if (run instanceof XWPFSDT sdt) {
                text.append(sdt.getContent().getText());
            }
        }
        return text.toString();
    }

    static TextBlock.Kind kindOf(XWPFDocument doc, XWPFParagraph p) {
        if (outlineLevel(p.getCTP().getPPr()) != null) {
            return TextBlock.Kind.HEADING;
        }
        TextBlock.Kind byStyle = null;
        String styleId = p.getStyleID();
        for (int depth = 0; styleId != null && doc.getStyles() != null && depth < 8; depth++) {
            XWPFStyle style = doc.getStyles().getStyle(styleId);
            if (style == null) {
                byStyle = byStyle != null ? byStyle : StyleNames.kindOf(styleId);
                break;
            }
            TextBlock.Kind kind = StyleNames.kindOf(style.getName());
            if (kind == TextBlock.Kind.HEADING
                    || outlineLevel(style.getCTStyle().getPPr()) != null) {
                return TextBlock.Kind.HEADING;
            }
            byStyle = byStyle != null ? byStyle : kind;
            styleId = style.getBasisStyleID();
        }
        if (byStyle != null) {
            return byStyle;
        }
        return p.getNumID() != null && !BigInteger.ZERO.equals(p.getNumID())
                ? TextBlock.Kind.LIST_ITEM
                : TextBlock.Kind.BODY;
    }

    /** A heading's outline level 0–8 (9 is "body text"), or null. */
    private static Integer outlineLevel(CTPPrBase ppr) {
        if (ppr == null || !ppr.isSetOutlineLvl()) {
            return null;
        }
        int level = ppr.getOutlineLvl().getVal().intValue();
        return level >= 0 && level < 9 ? level : null;
    }

    private static List<XWPFAbstractFootnoteEndnote> notes(XWPFDocument doc) {
        List<XWPFAbstractFootnoteEndnote> notes = new ArrayList<>(doc.getFootnotes());
        notes.addAll(doc.getEndnotes());
        return notes;
    }

    private static void properties(POIXMLProperties.CoreProperties core, Blocks blocks) {
        blocks.property(ExtractedDocument.TITLE, core.getTitle());
        blocks.property(ExtractedDocument.AUTHOR, core.getCreator());
        blocks.property(ExtractedDocument.SUBJECT, core.getSubject());
        blocks.property(ExtractedDocument.KEYWORDS, core.getKeywords());
        blocks.property(ExtractedDocument.DATE, IsoDates.of(core.getCreated()));
    }
}
