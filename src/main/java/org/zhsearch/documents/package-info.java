/**
 * Extracts text from document files — PDF, Word ({@code .docx}, {@code .doc}), ODF ({@code .odt}), RTF and EPUB —
 * as {@link org.zhsearch.documents.ExtractedDocument}s: blocks of text (paragraphs, headings, list items, table rows)
 * with the page each starts on where the format has pages, plus the document's properties (title, author, date).
 * {@link org.zhsearch.documents.DocumentFormats} maps a file extension to its
 * {@link org.zhsearch.documents.DocumentExtractor}; the corpus reader turns the result into an article.
 *
 * <p>An extractor never returns garbage silently: a document it cannot use (encrypted, no text layer, truncated
 * beyond repair, too large, a zip bomb, over the time limit) is an {@link org.zhsearch.documents.UnusableDocument}
 * with a reason a user can act on; a document it could partly read keeps its good blocks and says what was lost in
 * {@link org.zhsearch.documents.ExtractedDocument#problems()}. {@link org.zhsearch.documents.ExtractionLimits} bounds
 * the text, the time and the inflated bytes of one file, so hostile input cannot grow memory without bound.
 *
 * <p>Design decisions (README "Word, ODF, RTF and EPUB documents"): Word through POI (a dependency since the
 * documents seam); ODT, EPUB and RTF through our own small readers (JDK StAX, jsoup) rather than Apache
 * Tika, which would add 4.8 MB of jars for ODT and EPUB and 24 MB with RTF, and give XHTML events we would still
 * have to map to blocks. The JDK's {@code RTFEditorKit} is not used: it reads GBK bytes under a Latin font as
 * Latin-1 and keeps stray fallback bytes. Zip entries are counted as they inflate ({@code BoundedZip}); a DOCX is
 * inflated through that counter before POI opens it, so a zip bomb is reported as one by us. Table cells are joined
 * with {@code " | "}; footnotes and endnotes are kept after the body, comments dropped.
 *
 * <p>PDF (README "PDF documents") goes through PDFBox directly, not Tika, because paragraphs are rebuilt from each
 * glyph's position: {@code PdfGlyphCollector} collects glyphs, {@code PdfPageLayout} makes lines and columns,
 * {@code PdfRunningText} drops running heads and page numbers, {@code PdfParagraphs} finds paragraph boundaries and
 * joins lines ({@code CjkText}: never a space between CJK characters). The time limit makes a document unusable
 * rather than cut, so a busy machine never indexes a silently shorter document.
 *
 * <p>Sits below {@code corpus} (which uses it) and uses only {@code api}; engines never see it.
 */
package org.zhsearch.documents;
