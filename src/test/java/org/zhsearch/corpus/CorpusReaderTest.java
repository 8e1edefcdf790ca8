package org.zhsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.api.Article;
import org.zhsearch.api.InvalidRequestException;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.SkippedFile;

/** Walking and reading files, in a temporary directory. */
class CorpusReaderTest {
    @TempDir
    Path root;

    private Path write(String id, String text) throws IOException {
        return write(id, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String id, byte[] bytes) throws IOException {
        Path file = root.resolve(id);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private List<String> ids() {
        return new CorpusReader(root).list(s -> {}).stream().map(CorpusFile::id).toList();
    }

    private record Result(List<Article> articles, List<SkippedFile> skipped) {}

    private Result read(String id) {
        return read(new CorpusReader(root), id);
    }

    private Result read(CorpusReader reader, String id) {
        Path path = root.resolve(id);
        List<Article> articles = new ArrayList<>();
        List<SkippedFile> skipped = reader.read(new CorpusFile(path, id, 0), articles::add);
        return new Result(articles, skipped);
    }

    @Test
    void listIsSortedDepthFirstWithSlashSeparatedIds() throws IOException {
        write("b.txt", "乙。");
        write("a/z.md", "甲。");
        write("a/c/d.html", "<p>丙。</p>");
        write("a/b.jsonl", "{\"paragraphs\": [\"丁。\"]}");
        write("中文/文件.txt", "戊。");
        assertThat(ids()).containsExactly("a/b.jsonl", "a/c/d.html", "a/z.md", "b.txt", "中文/文件.txt");
    }

    @Test
    void listIsTheSameEveryTime() throws IOException {
        for (int i = 0; i < 20; i++) {
            write("d" + (i % 3) + "/f" + (19 - i) + ".txt", "正文。");
        }
        assertThat(ids()).isEqualTo(ids()).hasSize(20);
    }

    @Test
    void listGivesPathsAndSizes() throws IOException {
        Path file = write("a.txt", "正文。");
        assertThat(new CorpusReader(root).list(s -> {})).containsExactly(new CorpusFile(file, "a.txt", 9));
    }

    @Test
    void hiddenFilesAndDirectoriesAreIgnored() throws IOException {
        write(".hidden.txt", "隐藏。");
        write(".git/notes.txt", "隐藏。");
        write("visible.txt", "可见。");
        assertThat(ids()).containsExactly("visible.txt");
    }

    @Test
    void onlyCorpusExtensionsAreListedInAnyCase() throws IOException {
        for (String name : List.of(
                "a.txt",
                "b.md",
                "c.markdown",
                "d.html",
                "e.htm",
                "f.jsonl",
                "g.TXT",
                "h.csv",
                "i.json",
                "j.pdf",
                "k.DOCX",
                "l.xls",
                "README")) {
            write(name, "正文。");
        }
        assertThat(ids())
                .containsExactly(
                        "a.txt", "b.md", "c.markdown", "d.html", "e.htm", "f.jsonl", "g.TXT", "j.pdf", "k.DOCX");
    }

    @Test
    @Timeout(10)
    void symbolicLinkLoopDoesNotHangAndIsReported() throws IOException {
        write("a/article.txt", "正文。");
        Files.createSymbolicLink(root.resolve("a/loop"), root);
        List<SkippedFile> skipped = new ArrayList<>();
        List<CorpusFile> files = new CorpusReader(root).list(skipped::add);
        assertThat(files).extracting(CorpusFile::id).containsExactly("a/article.txt");
        assertThat(skipped).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo("a/loop");
            assertThat(s.reason()).contains("symbolic link loop");
        });
    }

    @Test
    void symbolicLinksToOtherDirectoriesAreFollowed() throws IOException {
        write("real/article.txt", "正文。");
        Files.createSymbolicLink(root.resolve("link"), root.resolve("real"));
        assertThat(ids()).containsExactly("link/article.txt", "real/article.txt");
    }

    @Test
    void symbolicLinksLeavingTheCorpusAreSkippedAndListedUnlessAllowed(@org.junit.jupiter.api.io.TempDir Path outside)
            throws IOException {
        write("article.txt", "正文。");
        Path secret = Files.writeString(outside.resolve("secret.txt"), "外部的机密文件。");
        Files.createDirectories(outside.resolve("dir"));
        Files.writeString(outside.resolve("dir/other.txt"), "外部目录里的文章。");
        Files.createSymbolicLink(root.resolve("passwd.txt"), secret);
        Files.createSymbolicLink(root.resolve("elsewhere"), outside.resolve("dir"));

        List<SkippedFile> skipped = new ArrayList<>();
        List<CorpusFile> files = new CorpusReader(root).list(skipped::add);
        assertThat(files).extracting(CorpusFile::id).containsExactly("article.txt");
        assertThat(skipped).extracting(SkippedFile::path).containsExactlyInAnyOrder("passwd.txt", "elsewhere");
        assertThat(skipped).allSatisfy(s -> assertThat(s.reason()).contains("outside the corpus"));

        List<CorpusFile> allowed = new CorpusReader(root, CorpusReader.DEFAULT_MAX_FILE_BYTES, true).list(s -> {});
        assertThat(allowed)
                .extracting(CorpusFile::id)
                .containsExactly("article.txt", "elsewhere/other.txt", "passwd.txt");
    }

    @Test
    void brokenSymbolicLinkIsReported() throws IOException {
        Files.createSymbolicLink(root.resolve("gone.txt"), root.resolve("missing.txt"));
        List<SkippedFile> skipped = new ArrayList<>();
        new CorpusReader(root).list(skipped::add);
        assertThat(skipped).containsExactly(new SkippedFile("gone.txt", "cannot read: broken symbolic link"));
    }

    @Test
    void unreadableDirectoryIsReported() throws IOException {
        write("locked/a.txt", "正文。");
        Path locked = root.resolve("locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as root: permissions are not enforced");
            List<SkippedFile> skipped = new ArrayList<>();
            assertThat(new CorpusReader(root).list(skipped::add)).isEmpty();
            assertThat(skipped).containsExactly(new SkippedFile("locked", "cannot read directory: permission denied"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void missingRootIsAnInvalidRequest() {
        assertThatThrownBy(() -> new CorpusReader(root.resolve("nope")).list(s -> {}))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("file not found");
    }

    @Test
    void rootMayBeASingleCorpusFile() throws IOException {
        Path file = write("only.txt", "正文。");
        assertThat(new CorpusReader(file).list(s -> {}))
                .extracting(CorpusFile::id)
                .containsExactly("only.txt");
    }

    @Test
    void textFileBecomesOneArticleWithItsIdAsId() throws IOException {
        write("news/a.txt", "标题\n正文。");
        Result r = read("news/a.txt");
        assertThat(r.skipped()).isEmpty();
        assertThat(r.articles()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("news/a.txt");
            assertThat(a.title()).isEqualTo("标题");
        });
    }

    @Test
    void gbkFileIsReadCorrectly() throws IOException {
        write("gbk.txt", "初夏时节，湖畔公园里游人如织。\n市民骑行一圈大约需要一个半小时。".getBytes(Charset.forName("GBK")));
        assertThat(read("gbk.txt").articles().get(0).paragraphs())
                .extracting(Paragraph::text)
                .containsExactly("初夏时节，湖畔公园里游人如织。", "市民骑行一圈大约需要一个半小时。");
    }

    @Test
    void big5FileIsReadCorrectly() throws IOException {
        write("big5.txt", "臺北的夏天雖然炎熱。\n傳統市場經過整修後煥然一新。".getBytes(Charset.forName("Big5")));
        assertThat(read("big5.txt").articles().get(0).paragraphs())
                .extracting(Paragraph::text)
                .containsExactly("臺北的夏天雖然炎熱。", "傳統市場經過整修後煥然一新。");
    }

    @Test
    void htmlDeclaringBig5IsReadCorrectly() throws IOException {
        write("p.html", "<meta charset=\"big5\"><title>標題</title><p>說明文字。</p>".getBytes(Charset.forName("Big5")));
        assertThat(read("p.html").articles().get(0).title()).isEqualTo("標題");
    }

    @Test
    void crlfFileIsRead() throws IOException {
        write("crlf.txt", "第一段。\r\n第二段。\r\n");
        assertThat(read("crlf.txt").articles().get(0).paragraphs()).hasSize(2);
    }

    @Test
    void loneCrFileIsRead() throws IOException {
        write("cr.txt", "第一段。\r第二段。\r");
        assertThat(read("cr.txt").articles().get(0).paragraphs()).hasSize(2);
    }

    @Test
    void utf8BomFileIsReadWithoutTheBom() throws IOException {
        write("bom.txt", "\uFEFF发布时间:2024-01-02 来源: sp1\n正文。");
        Article a = read("bom.txt").articles().get(0);
        assertThat(a.source()).isEqualTo("sp1");
        assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly("正文。");
    }

    @Test
    void binaryFileIsSkipped() throws IOException {
        byte[] junk = new byte[300];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (i * 7);
        }
        write("junk.txt", junk);
        Result r = read("junk.txt");
        assertThat(r.articles()).isEmpty();
        assertThat(r.skipped()).containsExactly(new SkippedFile("junk.txt", "binary file (not text)"));
    }

    @Test
    void utf8FileWithOneBadByteKeepsItsParagraphsAndIsReportedAsRepaired() throws IOException {
        byte[] first = "码头上的灯一盏一盏亮了。\n".getBytes(StandardCharsets.UTF_8);
        byte[] second = "渔船陆续回港，".getBytes(StandardCharsets.UTF_8);
        byte[] third = "卸下一筐筐的带鱼。\n".getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes(first);
        bytes.writeBytes(second);
        bytes.write(0xFF);
        bytes.writeBytes(third);
        write("harbour.txt", bytes.toByteArray());
        Result r = read("harbour.txt");
        assertThat(r.articles()).hasSize(1);
        assertThat(r.articles().get(0).paragraphs())
                .extracting(Paragraph::text)
                .contains("码头上的灯一盏一盏亮了。", "渔船陆续回港，\uFFFD卸下一筐筐的带鱼。");
        assertThat(r.skipped())
                .containsExactly(
                        SkippedFile.kept("harbour.txt", "kept with 1 byte that is not UTF-8 replaced by U+FFFD"));
    }

    @Test
    void emptyFileIsSkippedAsHavingNoParagraphs() throws IOException {
        write("empty.txt", "");
        assertThat(read("empty.txt").skipped()).containsExactly(new SkippedFile("empty.txt", "no paragraphs"));
    }

    @Test
    void fileWithOnlyMetadataIsSkippedAsHavingNoParagraphs() throws IOException {
        write("meta.txt", "发布时间:2024-01-02 来源: sp1\n(责编:王芳)\n");
        assertThat(read("meta.txt").skipped()).containsExactly(new SkippedFile("meta.txt", "no paragraphs"));
    }

    @Test
    void oversizeFileIsSkipped() throws IOException {
        write("big.txt", "正文。".repeat(100));
        Result r = read(new CorpusReader(root, 100), "big.txt");
        assertThat(r.articles()).isEmpty();
        assertThat(r.skipped()).containsExactly(new SkippedFile("big.txt", "file is larger than 100 bytes"));
    }

    @Test
    void oversizeReasonIsInMegabytes() throws IOException {
        Path big = root.resolve("big.txt");
        try (var channel = Files.newByteChannel(
                big, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            channel.position(2L * 1024 * 1024);
            channel.write(java.nio.ByteBuffer.wrap("x".getBytes(StandardCharsets.US_ASCII)));
        }
        assertThat(read(new CorpusReader(root, 2L * 1024 * 1024), "big.txt").skipped())
                .containsExactly(new SkippedFile("big.txt", "file is larger than 2 MB"));
    }

    @Test
    void fileAtTheSizeLimitIsRead() throws IOException {
        write("exact.txt", "正文。");
        assertThat(read(new CorpusReader(root, 9), "exact.txt").articles()).hasSize(1);
    }

    @Test
    void unreadableFileIsSkippedWithPermissionDenied() throws IOException {
        Path file = write("secret.txt", "正文。");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: permissions are not enforced");
        assertThat(read("secret.txt").skipped())
                .containsExactly(new SkippedFile("secret.txt", "cannot read: permission denied"));
    }

    @Test
    void missingFileIsSkippedWithoutThrowing() {
        assertThat(read("vanished.txt").skipped())
                .containsExactly(new SkippedFile("vanished.txt", "cannot read: file not found"));
    }

    @Test
    void jsonlBadLineIsSkippedWhileOtherLinesAreRead() throws IOException {
        write("feed.jsonl", """
                {"id": "one", "paragraphs": ["第一篇。"]}
                {"id": "two", "paragraphs": ["坏行
                {"id": "three", "paragraphs": ["第三篇。"]}
                """);
        Result r = read("feed.jsonl");
        assertThat(r.articles()).extracting(Article::id).containsExactly("one", "three");
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo("feed.jsonl:2");
            assertThat(s.reason()).startsWith("invalid JSON");
        });
    }

    @Test
    void jsonlIdsTheApiWouldRefuseSkipTheirLineOnly() throws IOException {
        write("feed.jsonl", """
                {"id": "../../etc/passwd", "paragraphs": ["想逃出语料目录的一行。"]}
                {"id": "专栏/第一期.txt", "paragraphs": ["好好的一行。"]}
                {"id": "a∕b", "paragraphs": ["斜杠的替身。"]}
                """);
        Result r = read("feed.jsonl");
        assertThat(r.articles()).extracting(Article::id).containsExactly("专栏/第一期.txt");
        assertThat(r.skipped()).extracting(SkippedFile::path).containsExactly("feed.jsonl:1", "feed.jsonl:3");
        assertThat(r.skipped().get(0).reason()).contains("../../etc/passwd", "'..' path segments");
        assertThat(r.skipped().get(1).reason()).contains("U+2215");
        assertThat(r.skipped()).noneMatch(SkippedFile::kept);
    }

    @Test
    void jsonlDateThatIsNotADateKeepsTheArticleAndIsReported() throws IOException {
        write("feed.jsonl", """
                {"id": "a", "date": "2024-11-25", "paragraphs": ["日期正常。"]}
                {"id": "b", "date": "去年冬天", "paragraphs": ["日期写错了。"]}
                """);
        Result r = read("feed.jsonl");
        assertThat(r.articles()).extracting(Article::id).containsExactly("a", "b");
        assertThat(r.articles().get(1).date()).isNull();
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo("feed.jsonl:2");
            assertThat(s.kept()).isTrue();
            assertThat(s.reason()).contains("'去年冬天'", "not a date");
        });
    }

    @Test
    void jsonlParagraphsCarryTheirSourcePageAndABadOneSkipsItsLine() throws IOException {
        write("feed.jsonl", """
                {"id": "report", "paragraphs": [{"text": "第三页的正文。", "sourcePage": 3}, "无页码的正文。"]}
                {"id": "bad", "paragraphs": [{"text": "页码写成了文字。", "sourcePage": "第二页"}]}
                """);
        Result r = read("feed.jsonl");
        assertThat(r.articles()).extracting(Article::id).containsExactly("report");
        assertThat(r.articles().getFirst().paragraphs())
                .extracting(org.zhsearch.api.Paragraph::sourcePage)
                .containsExactly(3, null);
        assertThat(r.skipped()).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo("feed.jsonl:2");
            assertThat(s.kept()).isFalse();
            assertThat(s.reason()).contains("paragraphs[0]", "sourcePage", "第二页");
        });
    }

    @Test
    void jsonlLineWithoutParagraphsIsSkipped() throws IOException {
        write("feed.jsonl", "{\"title\": \"无正文\"}\n");
        assertThat(read("feed.jsonl").skipped()).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo("feed.jsonl:1");
            assertThat(s.reason()).startsWith("missing \"paragraphs\"");
        });
    }

    @Test
    void jsonlArticleWithoutIdIsNamedByFileAndLine() throws IOException {
        write("f/feed.jsonl", "\n{\"paragraphs\": [\"正文。\"]}\r\n");
        assertThat(read("f/feed.jsonl").articles()).extracting(Article::id).containsExactly("f/feed.jsonl#2");
    }

    @Test
    void jsonlLineThatIsNotUtf8IsSkipped() throws IOException {
        byte[] gbkLine = "{\"paragraphs\": [\"这一行是用GBK编码的文字。\"]}\n".getBytes(Charset.forName("GBK"));
        byte[] good = "{\"id\": \"ok\", \"paragraphs\": [\"正文。\"]}\n".getBytes(StandardCharsets.UTF_8);
        write(
                "feed.jsonl",
                java.nio.ByteBuffer.allocate(gbkLine.length + good.length)
                        .put(gbkLine)
                        .put(good)
                        .array());
        Result r = read("feed.jsonl");
        assertThat(r.articles()).extracting(Article::id).containsExactly("ok");
        assertThat(r.skipped())
                .containsExactly(new SkippedFile("feed.jsonl:1", "cannot decode: .jsonl lines must be UTF-8 text"));
    }

    @Test
    void jsonlBlankLinesAreIgnored() throws IOException {
        write("feed.jsonl", "\n  \n{\"paragraphs\": [\"正文。\"]}\n\n");
        Result r = read("feed.jsonl");
        assertThat(r.articles()).hasSize(1);
        assertThat(r.skipped()).isEmpty();
    }

    @Test
    void emptyJsonlIsSkippedAsHavingNoParagraphs() throws IOException {
        write("feed.jsonl", "\n");
        assertThat(read("feed.jsonl").skipped()).containsExactly(new SkippedFile("feed.jsonl", "no paragraphs"));
    }

    @Test
    void jsonlLineLongerThanTheLimitIsSkippedAndTheNextLineRead() throws IOException {
        String longLine = "{\"paragraphs\": [\"" + "长".repeat(200) + "\"]}";
        write("feed.jsonl", longLine + "\n{\"id\": \"ok\", \"paragraphs\": [\"短。\"]}");
        Result r = read(new CorpusReader(root, 100), "feed.jsonl");
        assertThat(r.articles()).extracting(Article::id).containsExactly("ok");
        assertThat(r.skipped()).containsExactly(new SkippedFile("feed.jsonl:1", "line is longer than 100 bytes"));
    }

    @Test
    void sinkExceptionsPropagate() throws IOException {
        write("a.txt", "正文。");
        CorpusReader reader = new CorpusReader(root);
        CorpusFile file = new CorpusFile(root.resolve("a.txt"), "a.txt", 9);
        assertThatThrownBy(() -> reader.read(file, a -> {
                    throw new IllegalStateException("index full");
                }))
                .hasMessage("index full");
    }

    @Test
    void maxFileBytesMustBePositive() {
        assertThatThrownBy(() -> new CorpusReader(root, 0)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void readingManyFilesConcurrentlyGivesTheSameArticles() throws Exception {
        for (int i = 0; i < 40; i++) {
            write("d/f" + i + ".txt", "标题" + i + "\n正文" + i + "。");
        }
        CorpusReader reader = new CorpusReader(root);
        List<CorpusFile> files = reader.list(s -> {});
        List<String> titles = files.parallelStream()
                .map(f -> {
                    List<Article> out = new ArrayList<>();
                    reader.read(f, out::add);
                    return out.get(0).title();
                })
                .toList();
        assertThat(titles)
                .isEqualTo(files.stream()
                        .map(f -> "标题" + f.id().replaceAll("\\D", ""))
                        .toList());
    }
}
