package org.zhsearch.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.zhsearch.api.Article;
import org.zhsearch.api.DeclaredFields;
import org.zhsearch.api.InvalidRequestException;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SkippedFile;

/**
 * Turns a directory tree of Chinese articles into {@link Article}s: {@link #list} finds the corpus files,
 * {@link #read} parses one. Formats, encodings, headings and titles are described in the package documentation.
 * Thread-safe: files may be read concurrently.
 */
public final class CorpusReader {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CorpusReader.class);
    /** Files larger than this (64 MB) are skipped unless another limit is given. */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final long MB = 1024 * 1024;
    /** Largest byte array the JVM reliably allocates. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

    private final Path root;
    private final long maxFileBytes;
    private final boolean followExternalLinks;
    /** What {@code "fields"} and front matter are checked against (bad values dropped and reported). */
    private final DeclaredFields declared;

    /** A reader of the corpus under {@code root} with the {@linkplain #DEFAULT_MAX_FILE_BYTES default} size limit. */
    public CorpusReader(Path root) {
        this(root, DEFAULT_MAX_FILE_BYTES);
    }

    /**
     * A reader of the corpus under {@code root} that skips files larger than {@code maxFileBytes} (for
     * {@code .jsonl}, which is streamed, lines longer than that many characters).
     */
    public CorpusReader(Path root, long maxFileBytes) {
        this(root, maxFileBytes, false);
    }

    /**
     * A reader of the corpus under {@code root} that skips files larger than {@code maxFileBytes} and, unless
     * {@code followExternalLinks}, symbolic links that lead outside {@code root} (reported as skipped).
     */
    public CorpusReader(Path root, long maxFileBytes, boolean followExternalLinks) {
        this(root, maxFileBytes, followExternalLinks, DeclaredFields.NONE);
    }

    /** As {@link #CorpusReader(Path, long, boolean)}, checking articles' field values against {@code declared}. */
    public CorpusReader(Path root, long maxFileBytes, boolean followExternalLinks, DeclaredFields declared) {
        this.declared = Objects.requireNonNull(declared, "declared");
        this.followExternalLinks = followExternalLinks;
        this.root = Objects.requireNonNull(root, "root");
        if (maxFileBytes < 1) {
            throw new InvalidRequestException("maxFileBytes must be at least 1, got " + maxFileBytes);
        }
        this.maxFileBytes = Math.min(maxFileBytes, MAX_ARRAY);
    }

    /**
     * Walks {@code root} in a sorted, deterministic order (depth first, each directory's entries by name), following
     * symbolic links but detecting loops. Files and directories whose names start with '.' are ignored; only
     * {@code .txt .md .markdown .html .htm .jsonl} and the document formats ({@code .pdf .docx .doc .odt .rtf .epub},
     * any case) are corpus files, others are silently ignored.
     * Unreadable directories, broken links and symbolic link loops are reported to {@code onSkip}.
     *
     * @throws InvalidRequestException if {@code root} does not exist or is neither a directory nor a corpus file
     */
    public List<CorpusFile> list(Consumer<SkippedFile> onSkip) {
        return new CorpusWalker(root, Objects.requireNonNull(onSkip, "onSkip"), followExternalLinks).walk();
    }

    /**
     * {@link #list} for a build: every skip is added to {@code skipped} and told to {@code listener}, and the
     * listener hears how many files and bytes follow.
     */
    public List<CorpusFile> listForBuild(List<SkippedFile> skipped, ProgressListener listener) {
        List<CorpusFile> files = list(s -> {
            skipped.add(s);
            listener.skipped(s);
        });
        listener.started(
                files.size(), files.stream().mapToLong(CorpusFile::size).sum());
        return files;
    }

    /**
     * Reads one file and passes each article to {@code sink} (one article per file, except {@code .jsonl}: one per
     * line). Never throws for bad content or I/O errors: they are returned as skips of the whole file, or of single
     * {@code .jsonl} lines ({@code id:line}); a file or line indexed with a repair (bytes replaced by U+FFFD, a bad
     * {@code .jsonl} date) is returned as {@linkplain SkippedFile#kept() kept}. Exceptions thrown by {@code sink}
     * propagate.
     */
    public List<SkippedFile> read(CorpusFile file, Consumer<Article> sink) {
        return read(file, sink, bytes -> {});
    }

    /**
     * {@link #read(CorpusFile, Consumer)}, handing {@code whole} the file's bytes when it reads them whole (text,
     * Markdown and HTML files; not {@code .jsonl} or documents, which are streamed), before they are parsed: a build
     * hashes the bytes it indexed instead of opening each file a second time.
     */
    public List<SkippedFile> read(CorpusFile file, Consumer<Article> sink, Consumer<byte[]> whole) {
        Objects.requireNonNull(sink, "sink");
        Optional<Format> format = Format.of(file.path());
        if (format.isEmpty()) {
            return skip(file, "not a corpus file: expected one of " + Format.extensionList());
        }
        if (format.get() == Format.JSONL) {
            return JsonlArticleReader.read(file, sink, maxFileBytes, declared);
        }
        if (format.get() == Format.DOCUMENT) {
            return DocumentArticles.read(file, sink, maxFileBytes, declared);
        }
        Article article;
        String repair;
        FrontMatter fm = null;
        try {
            byte[] bytes = readBytes(file.path());
            whole.accept(bytes);
            EncodingDetector.Decoded decoded = EncodingDetector.decode(
                    bytes, format.get() == Format.HTML ? HtmlArticleReader.declaredCharset(bytes) : null);
            if (decoded.warning() != null) {
                LOG.warn("{}: {}", file.id(), decoded.warning());
            }
            repair = decoded.repairNote();
            String text = decoded.text();
            if (format.get() == Format.TXT || format.get() == Format.MARKDOWN) {
                fm = FrontMatter.of(Texts.stripBom(text));
                text = fm.body();
            }
            article = parse(file, format.get(), text);
            article = fm == null ? article : ArticleFields.withFrontMatter(article, fm);
        } catch (SkipException e) {
            return skip(file, e.getMessage());
        } catch (IOException e) {
            return skip(file, "cannot read: " + IoErrors.describe(e));
        } catch (RuntimeException | StackOverflowError e) {
            return skip(file, "cannot parse: " + e);
        }
        if (article.paragraphs().isEmpty()) {
            return skip(file, "no paragraphs");
        }
        List<SkippedFile> problems = new ArrayList<>();
        article = ArticleFields.check(article, declared, file.id(), fm == null ? Map.of() : fm.lines(), problems);
        sink.accept(article);
        if (repair != null) {
            problems.add(SkippedFile.kept(file.id(), repair));
        }
        return problems;
    }

    private static Article parse(CorpusFile file, Format format, String text) {
        return switch (format) {
            case TXT -> TxtArticleReader.parse(file.id(), text);
            case MARKDOWN -> MarkdownArticleReader.parse(file.id(), text);
            case HTML -> HtmlArticleReader.parse(file.id(), text);
            case JSONL, DOCUMENT -> throw new IllegalStateException(format + " is not read as text");
        };
    }

    private byte[] readBytes(Path path) throws IOException {
        if (Files.size(path) > maxFileBytes) {
            throw new SkipException(tooLarge());
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes((int) maxFileBytes + 1);
            if (bytes.length > maxFileBytes) {
                throw new SkipException(tooLarge());
            }
            return bytes;
        }
    }

    private String tooLarge() {
        return "file is larger than " + size(maxFileBytes);
    }

    /** {@code 64 MB}, {@code 1.5 MB} or, below 1 MB, {@code 1000 bytes}. */
    static String size(long bytes) {
        if (bytes % MB == 0) {
            return bytes / MB + " MB";
        }
        return bytes >= MB ? String.format(Locale.ROOT, "%.1f MB", (double) bytes / MB) : bytes + " bytes";
    }

    private static List<SkippedFile> skip(CorpusFile file, String reason) {
        return List.of(new SkippedFile(file.id(), reason));
    }
}
