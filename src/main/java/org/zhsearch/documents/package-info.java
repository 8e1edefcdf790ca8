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
 * <p>Sits below {@code corpus} (which uses it) and uses only {@code api}; engines never see it.
 */
package org.zhsearch.documents;
