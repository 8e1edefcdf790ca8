package org.zhsearch.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ODF markup LibreOffice writes beyond what the converted fixtures hold: notes, comments, changes, frames. */
class OdtExtractorTest {
    @TempDir
    Path tmp;

    @Test
    void notesFollowTheBodyAndCommentsDeletionsAndIndexesAreDropped() throws Exception {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                    xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0">
                <office:automatic-styles>
                  <style:style style:name="P7" style:family="paragraph" style:parent-style-name="Figure"/>
                </office:automatic-styles>
                <office:body><office:text>
                <text:tracked-changes><text:changed-region><text:deletion><text:p>删掉的旧句子。</text:p>
                  </text:deletion></text:changed-region></text:tracked-changes>
                <text:table-of-content><text:index-body><text:p>第一节 概况……1</text:p></text:index-body>
                  </text:table-of-content>
                <text:h text:outline-level="1">第一节 概况</text:h>
                <text:p>全县共有<text:s text:c="2"/>行政村<text:soft-page-break/>一百二十个<text:note text:note-class="footnote">
                  <text:note-citation>1</text:note-citation><text:note-body><text:p>数据截至2023年底。</text:p>
                  </text:note-body></text:note>，<office:annotation><text:p>核对数字</text:p></office:annotation>分布在
                  <text:line-break/>山区和平原。</text:p>
                <text:p><draw:frame><draw:text-box><text:p text:style-name="P7">图1 全县地形示意</text:p></draw:text-box>
                  </draw:frame></text:p>
                </office:text></office:body></office:document-content>
                """;
        Path file = tmp.resolve("t.odt");
        BadDocuments.zip(file, "content.xml", content);
        ExtractedDocument doc = new OdtExtractor().extract(file, ExtractionLimits.DEFAULT);
        assertThat(doc.blocks())
                .containsExactly(
                        new TextBlock("第一节 概况", TextBlock.Kind.HEADING, null),
                        new TextBlock("全县共有 行政村一百二十个，分布在 山区和平原。", TextBlock.Kind.BODY, null),
                        new TextBlock("图1 全县地形示意", TextBlock.Kind.CAPTION, null),
                        new TextBlock("数据截至2023年底。", TextBlock.Kind.BODY, null));
    }
}
