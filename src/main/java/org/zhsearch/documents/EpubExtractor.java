package org.zhsearch.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * EPUB 2 and 3: {@code META-INF/container.xml} names the package (OPF), whose metadata gives the properties
 * ({@code dc:title}, {@code dc:creator}, {@code dc:subject}, {@code dc:date}) and whose spine the reading order of
 * the XHTML chapters. A chapter is read by the HTML reader's rules ({@link EpubChapter}); the navigation document
 * is skipped (it repeats the headings). A book whose chapters are encrypted (DRM) is unusable; a chapter that is
 * missing or too large is left out and named as a problem.
 */
final class EpubExtractor implements DocumentExtractor {
    /** A chapter is parsed in memory: larger ones (real chapters are well under 1 MB; 8 MB of XHTML is millions of characters) are left out. */
    static final int MAX_CHAPTER_BYTES = 8 * 1024 * 1024;

    private static final int MAX_PACKAGE_BYTES = 8 * 1024 * 1024;

    @Override
    public ExtractedDocument extract(Path file, ExtractionLimits limits) throws UnusableDocument, IOException {
        Blocks blocks = new Blocks(limits);
        try (BoundedZip zip = BoundedZip.open(file, "EPUB", limits, blocks)) {
            String root = root(zip);
            Document container = xml(zip, root + "META-INF/container.xml").orElseThrow();
            Element rootfile = container.selectFirst("rootfile[full-path]");
            if (rootfile == null) {
                throw new UnusableDocument("damaged EPUB: META-INF/container.xml names no package file");
            }
            String opfPath = root + rootfile.attr("full-path");
            Document opf = xml(zip, opfPath)
                    .orElseThrow(
                            () -> new UnusableDocument("damaged EPUB: its package file " + opfPath + " is missing"));
            metadata(opf, blocks);
            List<String> chapters = spine(opf, opfPath);
            refuseEncrypted(zip, chapters);
            for (String chapter : chapters) {
                if (blocks.full()) {
                    break;
                }
                chapter(zip, chapter, blocks);
            }
        } catch (IOException e) {
            throw BoundedZip.unusable(e, "EPUB");
        }
        return blocks.build();
    }

    /**
     * The folder the book is in: the zip's root, or — as in books zipped with their folder (Debian's
     * debian-edu-doc EPUBs have everything under {@code epub/}) — the folder holding {@code META-INF/container.xml}.
     */
    private static String root(BoundedZip zip) throws UnusableDocument {
        if (zip.entry("META-INF/container.xml").isPresent()) {
            return "";
        }
        for (ZipEntry entry : zip.entries()) {
            if (entry.getName().endsWith("/META-INF/container.xml")) {
                return entry.getName().substring(0, entry.getName().length() - "META-INF/container.xml".length());
            }
        }
        throw new UnusableDocument("not an EPUB book: it has no META-INF/container.xml");
    }

    private static void chapter(BoundedZip zip, String name, Blocks blocks) throws IOException, UnusableDocument {
        ZipEntry entry = zip.entry(name).orElse(null);
        if (entry == null) {
            blocks.problem("chapter " + name + " is listed in the book's spine but missing: left out");
            return;
        }
        byte[] bytes;
        try (InputStream in = zip.open(entry)) {
            bytes = in.readNBytes(MAX_CHAPTER_BYTES + 1);
            if (bytes.length > MAX_CHAPTER_BYTES) {
                in.transferTo(java.io.OutputStream.nullOutputStream()); // a zip bomb shows itself here
            }
        }
        if (bytes.length > MAX_CHAPTER_BYTES) {
            blocks.problem(
                    "chapter " + name + " is larger than " + MAX_CHAPTER_BYTES / (1024 * 1024) + " MB: left out");
            return;
        }
        EpubChapter.read(Jsoup.parse(new ByteArrayInputStream(bytes), null, ""), blocks);
    }

    private static void metadata(Document opf, Blocks blocks) {
        blocks.property(ExtractedDocument.TITLE, first(opf, "dc|title"));
        blocks.property(ExtractedDocument.AUTHOR, joined(opf, "dc|creator"));
        blocks.property(ExtractedDocument.SUBJECT, joined(opf, "dc|subject"));
        blocks.property(ExtractedDocument.KEYWORDS, first(opf, "meta[name=keywords]"));
        String date = first(opf, "dc|date");
        blocks.property(
                ExtractedDocument.DATE, date == null ? null : date.length() >= 10 ? IsoDates.leading(date) : null);
    }

    /** The chapters' paths inside the zip, in reading order (the navigation document left out). */
    private static List<String> spine(Document opf, String opfPath) {
        Map<String, Element> manifest = new HashMap<>();
        for (Element item : opf.select("manifest > item[id]")) {
            manifest.put(item.attr("id"), item);
        }
        List<String> chapters = new ArrayList<>();
        for (Element ref : opf.select("spine > itemref[idref]")) {
            Element item = manifest.get(ref.attr("idref"));
            if (item != null && !item.attr("properties").contains("nav")) {
                String path = resolve(opfPath, item.attr("href"));
                if (path != null && !chapters.contains(path)) {
                    chapters.add(path);
                }
            }
        }
        return chapters;
    }

    /** {@code href} (relative to the package file, percent-encoded) as a path inside the zip, or null. */
    static String resolve(String opfPath, String href) {
        try {
            URI base = new URI(null, null, "/" + opfPath, null);
            URI target;
            try {
                target = new URI(href);
            } catch (URISyntaxException e) {
                target = new URI(null, null, href, null);
            }
            String path = base.resolve(target).getPath();
            return path == null ? null : path.replaceFirst("^/+", "");
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static void refuseEncrypted(BoundedZip zip, List<String> chapters) throws IOException, UnusableDocument {
        Document encryption = xml(zip, "META-INF/encryption.xml").orElse(null);
        if (encryption == null) {
            return;
        }
        for (Element ref : encryption.select("CipherReference[URI]")) {
            if (chapters.contains(resolve("", ref.attr("URI")))) {
                throw new UnusableDocument("encrypted: the book's chapters are DRM-protected; only a DRM-free EPUB"
                        + " (as published, or exported by the shop) can be indexed");
            }
        }
    }

    private static java.util.Optional<Document> xml(BoundedZip zip, String name) throws IOException {
        ZipEntry entry = zip.entry(name).orElse(null);
        if (entry == null) {
            return java.util.Optional.empty();
        }
        try (InputStream in = zip.open(entry)) {
            byte[] bytes = in.readNBytes(MAX_PACKAGE_BYTES);
            return java.util.Optional.of(
                    Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser()));
        }
    }

    private static String first(Document doc, String query) {
        Element e = doc.selectFirst(query);
        return e == null ? null : e.hasAttr("content") ? e.attr("content") : e.text();
    }

    private static String joined(Document doc, String query) {
        return String.join("、", doc.select(query).eachText());
    }
}
