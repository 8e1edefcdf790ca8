/**
 * Reads a corpus — a directory tree of Chinese articles — into {@link org.zhsearch.api.Article} records.
 * Entry points: {@link org.zhsearch.corpus.CorpusReader} (walk and read files) and
 * {@link org.zhsearch.corpus.ArticleParser} (single articles from text or JSON). Everything else is internal.
 *
 * <h2>Files</h2>
 * The walk is depth first with each directory's entries sorted by name; symbolic links are followed and loops
 * reported; names starting with {@code .} are ignored; {@code .txt .md .markdown .html .htm .jsonl} (any case) are
 * corpus files, everything else is ignored. An article's id is its path relative to the root with {@code /}
 * separators ({@code .jsonl}: the JSON {@code "id"}, else {@code <file id>#<line>}). A file that cannot be used is
 * skipped with a reason ({@link org.zhsearch.api.SkippedFile}); a bad {@code .jsonl} line is skipped as
 * {@code <file id>:<line>} while the other lines are read.
 *
 * <h2>Encodings</h2>
 * Files other than {@code .jsonl} are read whole (skipped above the size limit, 64 MB by default). A UTF-8 or
 * UTF-16 byte order mark decides the encoding; otherwise strict UTF-8; otherwise (HTML only) a declared
 * {@code <meta charset>} if it decodes without error; otherwise GB18030 or Big5: whichever decodes without error,
 * and if both do, the one whose text is more common Chinese (share of GB2312 level-1 characters, after converting
 * the Big5 reading from traditional to simplified). Text with NUL characters or more than 1 % control characters is
 * a binary file. {@code .jsonl} is UTF-8, streamed line by line. Line ends may be LF, CRLF or CR.
 *
 * <h2>Plain text ({@code .txt}) and the news format</h2>
 * Every non-blank line is one paragraph, trimmed (including full-width spaces) and otherwise exactly as written,
 * except these metadata lines:
 * <ul>
 *   <li>first line {@code 发布时间:2024-11-25 04:43:40 来源: sp20241125} → date and source;</li>
 *   <li>{@code 《 人民日报 》( 2023年10月27日 04 版)} → publication and page, and the date when the header gave none;</li>
 *   <li>{@code (责编:卫嘉、白宇)} → editors (split on {@code 、,，/} and spaces).</li>
 * </ul>
 * ASCII and full-width colons and brackets and any spacing are accepted, as are the traditional spellings.
 *
 * <h2>Headings, sections and roles</h2>
 * In plain text a <b>short line</b> has at most 30 characters, contains a letter or digit, is not wholly in round
 * brackets, and does not end — ignoring closing quotes and brackets, so {@code 好。”} is a sentence — in
 * {@code 。！？!?…；;：:．.} or {@code ，,、} ({@link org.zhsearch.corpus.HeadingRules}). Every line gets a
 * <b>role</b> ({@link org.zhsearch.corpus.ParagraphRoles}): caption, table row, code, heading, list item or body.
 * A short line is a <b>section heading</b> only when it is a real one — numbered, the file's first line, or alone
 * before body text; in a run of short lines it is a list item (labels of up to 6 characters excepted), because
 * documentation is full of unpunctuated list items and table cells that used to be taken for headings and got
 * the heading bonus. In Markdown the headings are the {@code #} and setext
 * headings; in HTML {@code h1}–{@code h6}. A heading is itself a paragraph whose section is itself; the paragraphs
 * after it carry it as their section until the next heading. Paragraphs before the first heading have no section.
 * JSON paragraphs have the section they give ({@code {"section","text"}}) or none (plain strings).
 *
 * <h2>Titles</h2>
 * The title the source gives wins: HTML {@code <title>} (else the first {@code <h1>}), JSON {@code "title"}.
 * Otherwise the first meaningful paragraph decides — generic labels (名称, NAME, 概述, 描述, SYNOPSIS …) are skipped,
 * since 108 of 400 man pages were titled 名称: if it is a heading, it is the title (and stays a paragraph and a
 * section). Otherwise the title is the first sentence of that paragraph — up to, not including, the first
 * {@code 。！？!?} — cut to 40 characters with {@code …} appended if cut. An article without paragraphs is titled
 * with its file name without extension (such files are skipped as "no paragraphs").
 *
 * <h2>Other formats</h2>
 * <ul>
 *   <li>Markdown: inline markup stripped (emphasis, code backticks, links keep their text, images dropped, HTML
 *   tags dropped); list items, blockquote paragraphs and table rows are paragraphs; fenced code blocks dropped;
 *   lines of one paragraph joined without a space when either side is CJK, else with one space.</li>
 *   <li>HTML: {@code p} and {@code li} are paragraphs (whitespace-collapsed text); {@code script style nav header
 *   footer noscript template} are dropped.</li>
 *   <li>JSON lines: {@code {"id","title","date","source","publication","page","editors":[…],"paragraphs":[…]}},
 *   paragraphs strings or {@code {"section","text"}}.</li>
 *   <li>Word ({@code .docx} through POI XWPF, {@code .doc} through POI HWPF): headings by style name or outline
 *   level, numbered/bulleted paragraphs as list items, one paragraph per table row (cells joined with
 *   {@code " | "}), captions, footnotes after the body; comments, headers and footers dropped.</li>
 *   <li>ODF text ({@code .odt}): {@code text:h} headings, {@code text:p} (list items inside {@code text:list}),
 *   table rows, caption styles; properties from {@code meta.xml}.</li>
 *   <li>RTF: our reader, decoding {@code \'hh} bytes per font code page (GBK, Big5) and Unicode escapes;
 *   outline levels and heading styles, {@code \ls} lists, table rows, {@code \info} properties.</li>
 *   <li>EPUB: the spine's XHTML chapters in order by the HTML rules plus table rows and captions; Dublin Core
 *   metadata. Documents are read within {@code documents.ExtractionLimits}; an unusable one is skipped with the
 *   extractor's reason (README "Word, ODF, RTF and EPUB documents").</li>
 * </ul>
 * Dates become ISO {@code yyyy-MM-dd} or {@code yyyy-MM-ddTHH:mm:ss} from {@code 2024-11-25}, {@code 2024/11/25}
 * or {@code 2024年11月25日}, with an optional time; a date that cannot be read is left out ({@code null}).
 */
package org.zhsearch.corpus;
