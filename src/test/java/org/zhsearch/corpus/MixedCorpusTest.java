package org.zhsearch.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhsearch.api.Article;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.SkippedFile;

/**
 * Reads the shared fixture corpus {@code src/test/resources/corpus/mixed/} (classpath {@code /corpus/mixed}),
 * which the index and search tests also use. All text is original. What each file proves:
 * <ul>
 *   <li>{@code news/2024-03-01-xiangcun.txt} — news format (header, footer {@code 05 版}, editors 李明、王芳),
 *   10 paragraphs, headings 产业兴旺带动群众增收 / 人才回流激发内生动力, source sp20240301; 乡村振兴 in 3
 *   paragraphs, 主题教育 in 2.</li>
 *   <li>{@code news/2024-05-12-keji.txt} — full-width colons and brackets in header/footer ({@code 07 版}), editors
 *   张伟，刘洋, 10 paragraphs, headings 大模型应用落地提速 / 芯片产业链协同攻关, source sp20240512; 人工智能 in 4
 *   paragraphs, 大模型 in 5, 芯片 in 3, G20峰会上 and iPhone15 in 1 each.</li>
 *   <li>{@code news/2023-10-27-jiaoyu.txt} — 10 paragraphs, headings 主题教育融入课堂教学 / 着力解决师生急难愁盼,
 *   title cut to 40 characters + …, editors separated by a space, source sp20231027; 主题教育 in 5 paragraphs
 *   (7 in the whole corpus).</li>
 *   <li>{@code news/gbk-article.txt} — GBK bytes with a header line (sp20240618), 5 paragraphs.</li>
 *   <li>{@code news/big5-article.txt} — traditional Chinese in Big5 with a traditional header (sp20240705),
 *   5 paragraphs.</li>
 *   <li>{@code web/page.html} — title, h1, two h2 sections, p and li paragraphs (8 in all); script and nav text
 *   must not appear.</li>
 *   <li>{@code notes/readme.md} — headings, emphasis, link, list, blockquote, inline code, code fence, image
 *   (10 paragraphs).</li>
 *   <li>{@code feeds/items.jsonl} — 3 lines: an article with id {@code feeds/tea-2024} and sections, a broken
 *   line (skipped as {@code feeds/items.jsonl:2}), an article without id ({@code feeds/items.jsonl#3}).</li>
 *   <li>{@code broken/binary.txt} — 512 bytes of junk with NULs (skipped as binary).</li>
 *   <li>{@code 空格 目录/中文 文件名.txt} — spaces and Chinese in the path, plain text with a heading title.</li>
 * </ul>
 * Totals: 10 corpus files, 10 articles, 66 paragraphs, 2 skips.
 */
class MixedCorpusTest {
    private static final List<SkippedFile> LIST_SKIPS = new ArrayList<>();
    private static final List<SkippedFile> SKIPS = new ArrayList<>();
    private static final Map<String, Article> ARTICLES = new LinkedHashMap<>();
    private static List<CorpusFile> files;

    @BeforeAll
    static void readCorpus() throws URISyntaxException {
        Path root = Path.of(MixedCorpusTest.class.getResource("/corpus/mixed").toURI());
        CorpusReader reader = new CorpusReader(root);
        files = reader.list(LIST_SKIPS::add);
        for (CorpusFile file : files) {
            SKIPS.addAll(reader.read(file, a -> ARTICLES.put(a.id(), a)));
        }
    }

    private static List<String> texts(String id) {
        return ARTICLES.get(id).paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void listFindsEveryCorpusFileInOrder() {
        assertThat(files)
                .extracting(CorpusFile::id)
                .containsExactly(
                        "broken/binary.txt",
                        "feeds/items.jsonl",
                        "news/2023-10-27-jiaoyu.txt",
                        "news/2024-03-01-xiangcun.txt",
                        "news/2024-05-12-keji.txt",
                        "news/big5-article.txt",
                        "news/gbk-article.txt",
                        "notes/readme.md",
                        "web/page.html",
                        "空格 目录/中文 文件名.txt");
        assertThat(LIST_SKIPS).isEmpty();
    }

    @Test
    void everyArticleIsRead() {
        assertThat(ARTICLES.keySet())
                .containsExactly(
                        "feeds/tea-2024",
                        "feeds/items.jsonl#3",
                        "news/2023-10-27-jiaoyu.txt",
                        "news/2024-03-01-xiangcun.txt",
                        "news/2024-05-12-keji.txt",
                        "news/big5-article.txt",
                        "news/gbk-article.txt",
                        "notes/readme.md",
                        "web/page.html",
                        "空格 目录/中文 文件名.txt");
        assertThat(ARTICLES.values().stream()
                        .mapToInt(a -> a.paragraphs().size())
                        .sum())
                .isEqualTo(66);
    }

    @Test
    void binaryFileAndBrokenJsonLineAreSkipped() {
        assertThat(SKIPS).extracting(SkippedFile::path).containsExactly("broken/binary.txt", "feeds/items.jsonl:2");
        assertThat(SKIPS.get(0).reason()).isEqualTo("binary file (not text)");
        assertThat(SKIPS.get(1).reason()).startsWith("invalid JSON");
    }

    @Test
    void newsArticleHasAllItsMetadata() {
        Article a = ARTICLES.get("news/2024-03-01-xiangcun.txt");
        assertThat(a.title()).isEqualTo("春回大地，江南某县的田间地头已是一派繁忙景象");
        assertThat(a.date()).isEqualTo("2024-03-01T05:12:08");
        assertThat(a.source()).isEqualTo("sp20240301");
        assertThat(a.publication()).isEqualTo("人民日报");
        assertThat(a.page()).isEqualTo("05");
        assertThat(a.editors()).containsExactly("李明", "王芳");
    }

    @Test
    void newsArticleHasTenParagraphsInTwoSections() {
        Article a = ARTICLES.get("news/2024-03-01-xiangcun.txt");
        assertThat(a.paragraphs()).hasSize(10);
        assertThat(a.paragraphs())
                .extracting(Paragraph::section)
                .containsExactly(
                        null,
                        null,
                        "产业兴旺带动群众增收",
                        "产业兴旺带动群众增收",
                        "产业兴旺带动群众增收",
                        "产业兴旺带动群众增收",
                        "人才回流激发内生动力",
                        "人才回流激发内生动力",
                        "人才回流激发内生动力",
                        "人才回流激发内生动力");
    }

    @Test
    void fullWidthHeaderAndFooterAreRead() {
        Article a = ARTICLES.get("news/2024-05-12-keji.txt");
        assertThat(a.date()).isEqualTo("2024-05-12T08:30:00");
        assertThat(a.source()).isEqualTo("sp20240512");
        assertThat(a.page()).isEqualTo("07");
        assertThat(a.editors()).containsExactly("张伟", "刘洋");
    }

    @Test
    void longFirstSentenceGivesACutTitle() {
        assertThat(ARTICLES.get("news/2023-10-27-jiaoyu.txt").title())
                .isEqualTo("第二批主题教育启动以来，多所高校结合教育教学实际，把理论学习同立德树人根本任务紧…");
    }

    @Test
    void headingContainingTheQueryTermIsASection() {
        assertThat(ARTICLES.get("news/2023-10-27-jiaoyu.txt").paragraphs().get(2))
                .isEqualTo(new Paragraph(3, "主题教育融入课堂教学", "主题教育融入课堂教学"));
    }

    @Test
    void gbkArticleIsDecoded() {
        Article a = ARTICLES.get("news/gbk-article.txt");
        assertThat(a.source()).isEqualTo("sp20240618");
        assertThat(a.title()).isEqualTo("初夏时节，湖畔公园里游人如织");
        assertThat(texts("news/gbk-article.txt")).contains("生态修复成效明显");
    }

    @Test
    void big5ArticleIsDecoded() {
        Article a = ARTICLES.get("news/big5-article.txt");
        assertThat(a.source()).isEqualTo("sp20240705");
        assertThat(a.date()).isEqualTo("2024-07-05T10:20:00");
        assertThat(texts("news/big5-article.txt")).contains("傳統市場的新面貌");
    }

    @Test
    void htmlArticleKeepsHeadingsParagraphsAndListItemsOnly() {
        assertThat(ARTICLES.get("web/page.html").title()).isEqualTo("城市夜经济观察");
        assertThat(texts("web/page.html"))
                .containsExactly(
                        "城市夜经济观察",
                        "夜幕降临，老城区的步行街亮起了灯笼，小吃摊前排起了长队。",
                        "消费场景更加多元",
                        "除了传统的餐饮和购物，夜间书店、露天音乐会和博物馆夜场也吸引了不少年轻人。",
                        "夜间书店营业到凌晨一点",
                        "博物馆每周五开放夜场",
                        "管理服务同步跟进",
                        "街道增派了保洁人员，并在周边增设临时停车位，缓解夜间交通压力。");
    }

    @Test
    void markdownArticleIsStrippedOfMarkup() {
        assertThat(ARTICLES.get("notes/readme.md").title()).isEqualTo("家庭阅读角搭建指南");
        assertThat(texts("notes/readme.md"))
                .containsExactly(
                        "家庭阅读角搭建指南",
                        "在家里布置一个小小的阅读角，能让孩子更愿意拿起书本。本文总结了几条简单实用的建议。",
                        "选址与布置",
                        "选择光线充足、安静的角落",
                        "准备一张矮书架，方便孩子自己取放",
                        "铺上软垫，让阅读更舒适",
                        "更多书目推荐可以参考全民阅读网站。",
                        "小提示：书不必多，关键是常换常新。",
                        "记录阅读进度",
                        "可以用一个简单的表格记录每天的阅读时间，例如使用 reading-log.csv 文件。");
    }

    @Test
    void jsonlArticlesKeepTheirMetadataAndSections() {
        Article tea = ARTICLES.get("feeds/tea-2024");
        assertThat(tea.date()).isEqualTo("2024-04-02");
        assertThat(tea.paragraphs()).extracting(Paragraph::section).containsExactly(null, "茶农增收", "茶农增收");
        assertThat(ARTICLES.get("feeds/items.jsonl#3").date()).isEqualTo("2024-04-15T12:00:00");
    }

    @Test
    void pathWithSpacesAndChineseIsRead() {
        Article a = ARTICLES.get("空格 目录/中文 文件名.txt");
        assertThat(a.title()).isEqualTo("雨后的山路");
        assertThat(a.paragraphs()).hasSize(3);
    }
}
