package org.zhsearch.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal EPUB 3 writer for fixtures: {@code mimetype} stored first, the container, a package with Dublin Core
 * metadata, a navigation document (in the spine, as some books have it: the reader must skip it) and one XHTML
 * chapter per heading of the source.
 */
final class EpubWriter {
    private EpubWriter() {}

    static byte[] write(OfficeSource source) throws IOException {
        List<StringBuilder> chapters = new ArrayList<>();
        boolean inList = false;
        boolean inTable = false;
        for (TextBlock block : source.blocks()) {
            if (block.kind() == TextBlock.Kind.HEADING) {
                chapters.add(new StringBuilder());
            }
            StringBuilder html = chapters.get(chapters.size() - 1);
            if (inList && block.kind() != TextBlock.Kind.LIST_ITEM) {
                html.append("</ul>\n");
                inList = false;
            }
            if (inTable && block.kind() != TextBlock.Kind.TABLE_ROW) {
                html.append("</table>\n");
                inTable = false;
            }
            switch (block.kind()) {
                case HEADING -> html.append("<h1>").append(block.text()).append("</h1>\n");
                case LIST_ITEM -> {
                    html.append(inList ? "" : "<ul>\n")
                            .append("<li>")
                            .append(block.text())
                            .append("</li>\n");
                    inList = true;
                }
                case TABLE_ROW -> {
                    html.append(inTable ? "" : "<table>\n").append("<tr>");
                    for (String cell : block.text().split(" \\| ")) {
                        html.append("<td>").append(cell).append("</td>");
                    }
                    html.append("</tr>\n");
                    inTable = true;
                }
                default -> html.append("<p>").append(block.text()).append("</p>\n");
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            stored(zip, "mimetype", "application/epub+zip");
            entry(zip, "META-INF/container.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                      <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                    </container>
                    """);
            StringBuilder manifest = new StringBuilder("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/"
                    + "xhtml+xml\" properties=\"nav\"/>\n");
            StringBuilder spine = new StringBuilder("<itemref idref=\"nav\"/>\n");
            StringBuilder nav = new StringBuilder();
            for (int i = 0; i < chapters.size(); i++) {
                String file = "text/chapter " + (i + 1) + ".xhtml"; // a space: hrefs are percent-encoded
                manifest.append("<item id=\"c")
                        .append(i + 1)
                        .append("\" href=\"")
                        .append(file.replace(" ", "%20"))
                        .append("\" media-type=\"application/xhtml+xml\"/>\n");
                spine.append("<itemref idref=\"c").append(i + 1).append("\"/>\n");
                nav.append("<li><a href=\"")
                        .append(file.replace(" ", "%20"))
                        .append("\">第")
                        .append(i + 1)
                        .append("章</a></li>");
                entry(
                        zip,
                        "OEBPS/" + file,
                        xhtml(source.properties().get("title"), chapters.get(i).toString()));
            }
            entry(zip, "OEBPS/nav.xhtml", xhtml("目录", "<nav epub:type=\"toc\"><ol>" + nav + "</ol></nav>"));
            entry(zip, "OEBPS/content.opf", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
                      <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                        <dc:identifier id="id">urn:uuid:5f0c2a8e-zhsearch-fixture</dc:identifier>
                        <dc:title>%s</dc:title><dc:creator>%s</dc:creator><dc:subject>%s</dc:subject>
                        <dc:date>%s</dc:date><dc:language>zh-CN</dc:language>
                      </metadata>
                      <manifest>%s</manifest>
                      <spine>%s</spine>
                    </package>
                    """.formatted(
                            source.properties().get("title"),
                            source.properties().get("author"),
                            source.properties().get("subject"),
                            source.properties().get("date"),
                            manifest,
                            spine));
        }
        return bytes.toByteArray();
    }

    private static String xhtml(String title, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
                <head><title>%s</title></head>
                <body>
                %s</body>
                </html>
                """.formatted(title, body);
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void stored(ZipOutputStream zip, String name, String text) throws IOException {
        byte[] data = text.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }
}
