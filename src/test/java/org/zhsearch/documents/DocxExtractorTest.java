package org.zhsearch.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxExtractorTest {
    @TempDir
    Path tmp;

    @Test
    void footnotesFollowTheBodyAndLeaveNoMarkerInTheText() throws Exception {
        Path file = tmp.resolve("note.docx");
        try (XWPFDocument doc = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("县志记载了这座石桥的修建年代");
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText("见《青石县志》卷三。");
            p.addFootnoteReference(note);
            p.createRun().setText("。");
            doc.createParagraph().createRun().setText("第二段正文。");
            doc.write(out);
        }
        ExtractedDocument extracted = new DocxExtractor().extract(file, ExtractionLimits.DEFAULT);
        assertThat(extracted.blocks())
                .extracting(TextBlock::text)
                .containsExactly("县志记载了这座石桥的修建年代。", "第二段正文。", "见《青石县志》卷三。");
    }

    @Test
    void aSoftLineBreakInsideChineseTextJoinsWithoutASpaceButARealSpaceStays() {
        assertThat(Blocks.clean("乡村\n振兴")).isEqualTo("乡村振兴");
        assertThat(Blocks.clean("第三章 日常使用")).isEqualTo("第三章 日常使用");
        assertThat(Blocks.clean("  Word\ndocument\t 中文\u3000 ")).isEqualTo("Word document 中文");
    }

    @Test
    void theCharacterLimitNeverSplitsASurrogatePair() throws Exception {
        Blocks blocks = new Blocks(new ExtractionLimits(3, java.time.Duration.ofSeconds(9), 1024, 100));
        blocks.add("族谱𠀾字", TextBlock.Kind.BODY);
        blocks.add("更多", TextBlock.Kind.BODY);
        ExtractedDocument doc = blocks.build();
        assertThat(doc.blocks()).extracting(TextBlock::text).containsExactly("族谱");
        assertThat(doc.problems()).hasSize(1);
    }
}
