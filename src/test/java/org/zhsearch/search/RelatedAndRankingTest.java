package org.zhsearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;

/**
 * Related results of relaxed queries, paragraph roles, the ranking priors and snippets, on a small corpus shaped
 * like software documentation: a chapter with headings, tables, option lines and a list, and a man page.
 */
class RelatedAndRankingTest {
    static final String CHAPTER = """
            第 5 章 软件包管理
            5.1. 安装软件包
            在 Debian 系统中，安装软件包最简单的方法是以 root 身份运行 apt install 命令，它会自动下载软件包并处理依赖关系。
            如果已经下载了软件包文件，也可以用 dpkg -i 命令直接安装，但依赖关系需要自己解决。
            表 5.1. 软件包工具列表
            软件包 流行度 大小 说明
            apt V:800 4000 安装软件包的高级工具
            dpkg V:900 6000 底层软件包工具
            aptitude V:50 4200 交互式的软件包管理
            5.2. 网络防火墙
            表 5.2. 防火墙工具列表
            软件包 流行度 说明
            iptables V:300 防火墙规则管理
            nftables V:100 新一代防火墙工具
            Netfilter 是内核中的防火墙框架，用户可以通过 iptables 或 nftables 设置规则来过滤进出系统的数据包，从而保护整个系统的安全。
            下面是几个常用的防火墙前端：
            简单防火墙 ufw
            动态防火墙 firewalld
            图形界面的防火墙
            5.3. 数据备份
            定期备份是系统管理中最重要的工作之一。你应该把重要数据备份到另一块硬盘或者远程主机上，并定期检查备份能否恢复。
            在配置系统之前，最好先备份 /etc 目录。
            --backup 覆盖之前备份
            -b 类似 --backup 但不接受参数
            """;
    static final String MAN_PAGE = """
            名称
            cp - 复制文件和目录
            描述
            将源文件复制到目标文件，或者把多个源文件复制到目标目录中。
            选项
            --backup 为每个已存在的目标文件创建备份
            """;
    /** A paragraph over 240 characters with 快照 only in its middle sentence. */
    static final String LONG = "存储卷的管理方式有很多种，每一种都有自己的长处和短处，管理员需要根据硬件条件和数据的重要程度来选择。"
            + "传统的分区方式简单可靠，但是一旦分好就很难调整大小，扩容时往往需要停机并且重新复制全部数据。"
            + "逻辑卷管理把多块硬盘合并成一个存储池，可以在线扩大或者缩小卷的容量，给管理带来了很大的灵活性。"
            + "逻辑卷还可以创建快照，在升级系统之前先做一个快照，出了问题就能迅速回到升级以前的状态。"
            + "写时复制的文件系统也提供类似的功能，而且占用的额外空间更少，适合经常变化的数据。"
            + "无论采用哪一种方式，都不能代替真正的异地备份，因为硬件损坏时同一台机器上的所有数据都会一起丢失。"
            + "因此，制定计划的时候要把存储方式和备份策略放在一起考虑，并且定期演练恢复的过程，确认每一步都行得通。";

    @TempDir
    static Path tmp;

    static ZhSearch zh;

    @BeforeAll
    static void buildIndex() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus.resolve("man"));
        Files.writeString(corpus.resolve("ch05.txt"), CHAPTER, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("man/cp.1.txt"), MAN_PAGE, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("lvm.txt"), "逻辑卷管理\n" + LONG + "\n", StandardCharsets.UTF_8);
        ZhSearch.build(corpus, tmp.resolve("index"), IndexOptions.defaults(), ProgressListener.NONE);
        zh = ZhSearch.open(tmp.resolve("index"));
    }

    @AfterAll
    static void close() {
        zh.close();
    }

    private static SearchResult search(String q) {
        return zh.search(SearchRequest.of(q));
    }

    private static List<String> texts(List<Hit> hits) {
        return hits.stream().map(Hit::text).toList();
    }

    @Test
    void aQuestionWithNoExactMatchGetsRelatedResultsOfItsWords() {
        SearchResult r = search("如何安装软件包");

        assertThat(r.total()).isZero();
        assertThat(r.hits()).isEmpty();
        assertThat(r.relaxedQuery()).startsWith("安装 ").doesNotContain("如何");
        assertThat(r.related()).isNotEmpty();
        assertThat(r.relatedTotal()).isGreaterThanOrEqualTo(r.related().size());
        Hit best = r.related().getFirst();
        assertThat(best.text()).startsWith("在 Debian 系统中，安装软件包最简单的方法");
        assertThat(best.matched())
                .containsExactlyElementsOf(List.of(r.relaxedQuery().split(" ")));
        assertThat(best.highlight()).contains("<mark>安装");
        // fewer than 10 paragraphs have every word, so those with all but one follow, never before them
        int words = r.relaxedQuery().split(" ").length;
        List<Integer> matchedCounts =
                r.related().stream().map(h -> h.matched().size()).toList();
        assertThat(matchedCounts).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(words - 1));
        assertThat(matchedCounts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void exactModeReturnsNoRelatedResultsAndTheSameExactHits() {
        for (String q : List.of("如何安装软件包", "防火墙", "备份 配置", "快照")) {
            SearchResult related = zh.search(SearchRequest.of(q).withLimit(100));
            SearchResult exact = zh.search(SearchRequest.of(q).withLimit(100).withMode(SearchMode.EXACT));
            assertThat(exact.related()).isEmpty();
            assertThat(exact.relatedTotal()).isZero();
            assertThat(exact.relaxedQuery()).isNull();
            assertThat(exact.total()).isEqualTo(related.total());
            assertThat(texts(exact.hits())).isEqualTo(texts(related.hits()));
        }
    }

    @Test
    void relatedResultsNeverRepeatAnExactHit() {
        SearchResult r = search("备份 配置 目录 硬盘");
        assertThat(r.total()).isZero();
        SearchResult twoWords = search("备份 配置");
        assertThat(twoWords.total()).isEqualTo(1);
        assertThat(texts(twoWords.related())).doesNotContainAnyElementsOf(texts(twoWords.hits()));
        assertThat(twoWords.related()).allSatisfy(h -> assertThat(h.matched()).hasSize(1));
    }

    @Test
    void whenNoParagraphHasAllWordsThoseWithAllButOneAreRelated() {
        // no paragraph has 配置, 打印机 and 备份 together; the one with 配置 and 备份 is the best related hit
        SearchResult r = search("如何配置打印机备份");
        assertThat(r.total()).isZero();
        assertThat(r.related()).isNotEmpty();
        Hit best = r.related().getFirst();
        assertThat(best.text()).isEqualTo("在配置系统之前，最好先备份 /etc 目录。");
        assertThat(best.matched()).containsExactly("配置", "备份");
    }

    @Test
    void relatedResultsComeWithTheFirstPageOnlyAndGroupByArticleToo() {
        SearchResult second = zh.search(SearchRequest.of("如何安装软件包").withOffset(10));
        assertThat(second.related()).isEmpty();
        assertThat(second.relaxedQuery()).isNull();

        SearchResult articles = zh.search(SearchRequest.of("如何安装软件包").withGroup(org.zhsearch.api.Grouping.ARTICLE));
        assertThat(articles.total()).isZero();
        assertThat(articles.related()).extracting(Hit::articleId).containsExactly("ch05.txt");
        assertThat(articles.related().getFirst().matchingParagraphs()).isGreaterThan(1);
        assertThat(articles.relatedTotal()).isEqualTo(1);
    }

    @Test
    void plentyOfExactHitsMeansNoRelatedResults() {
        SearchResult r = zh.search(SearchRequest.of("软件包").withLimit(3));
        assertThat(r.total()).isGreaterThanOrEqualTo(SearchRequest.RELATED_BELOW);
        assertThat(r.related()).isEmpty();
        assertThat(r.relaxedQuery()).isNull();
    }

    @Test
    void rolesAreDecidedAtIngest() {
        Article a = zh.article("ch05.txt").orElseThrow();
        assertThat(role(a, "第 5 章 软件包管理")).isEqualTo(Paragraph.HEADING);
        assertThat(role(a, "5.1. 安装软件包")).isEqualTo(Paragraph.HEADING);
        assertThat(role(a, "表 5.1. 软件包工具列表")).isEqualTo(Paragraph.CAPTION);
        assertThat(role(a, "apt V:800 4000 安装软件包的高级工具")).isEqualTo(Paragraph.TABLE_ROW);
        assertThat(role(a, "简单防火墙 ufw")).isEqualTo(Paragraph.LIST_ITEM);
        assertThat(role(a, "图形界面的防火墙")).isEqualTo(Paragraph.LIST_ITEM);
        assertThat(role(a, "-b 类似 --backup 但不接受参数")).isEqualTo(Paragraph.CODE);
        assertThat(role(a, "在配置系统之前，最好先备份 /etc 目录。")).isEqualTo(Paragraph.BODY);
        // only real headings become sections: the list items and table rows are under 5.2
        Paragraph netfilter = a.paragraphs().stream()
                .filter(p -> p.text().startsWith("Netfilter"))
                .findFirst()
                .orElseThrow();
        assertThat(netfilter.section()).isEqualTo("5.2. 网络防火墙");
    }

    private static String role(Article a, String text) {
        return a.paragraphs().stream()
                .filter(p -> p.text().equals(text))
                .findFirst()
                .orElseThrow()
                .role();
    }

    @Test
    void aGenericFirstLineIsNotTheTitle() {
        assertThat(zh.article("man/cp.1.txt").orElseThrow().title()).isEqualTo("cp - 复制文件和目录");
    }

    @Test
    void anExplanationOutranksCaptionsTableRowsListItemsAndOptionLines() {
        SearchResult firewall = search("防火墙");
        assertThat(firewall.hits().getFirst().text()).startsWith("Netfilter 是内核中的防火墙框架");
        assertThat(firewall.hits().getFirst().role()).isEqualTo(Paragraph.BODY);

        SearchResult backup = search("备份");
        assertThat(backup.hits().getFirst().role()).isEqualTo(Paragraph.BODY);
        assertThat(texts(backup.hits()).subList(0, 3))
                .contains("定期备份是系统管理中最重要的工作之一。你应该把重要数据备份到另一块硬盘或者远程主机上，并定期检查备份能否恢复。");
        List<String> roles = backup.hits().stream().map(Hit::role).toList();
        assertThat(roles.indexOf(Paragraph.CODE)).isGreaterThan(roles.lastIndexOf(Paragraph.BODY));
    }

    @Test
    void longParagraphsGetASnippetAroundTheMatchAndShortOnesDoNot() {
        Hit hit = search("快照").hits().getFirst();
        assertThat(hit.text()).isEqualTo(LONG);
        String snippet = hit.snippet();
        assertThat(snippet).contains("<mark>快照</mark>");
        String plain = snippet.replace("<mark>", "").replace("</mark>", "");
        assertThat(plain.codePointCount(0, plain.length())).isBetween(60, Snippets.SNIPPET_CHARS + 2);
        // it starts where the sentence with the match starts, and says where text was cut
        assertThat(plain).startsWith("…逻辑卷还可以创建快照").endsWith("…");
        assertThat(LONG).contains(plain.substring(1, plain.length() - 1));

        Hit shortHit = search("复制文件").hits().getFirst();
        assertThat(shortHit.snippet()).isNull();
    }

    @Test
    void aLongPastedQueryWithoutExactMatchesIsAnsweredWithoutRelaxingIt() {
        // 250 characters of text that occurs nowhere as a whole: far more words than a question has
        String pasted = LONG.substring(0, 249).replace('。', '，') + "喵";
        SearchResult r = search(pasted);
        assertThat(r.total()).isZero();
        assertThat(r.relaxedQuery()).isNull();
        assertThat(r.related()).isEmpty();

        SearchResult twelveWords = search("如何在升级系统之前先做一个快照以便出了问题回到以前");
        assertThat(twelveWords.total()).isZero();
        assertThat(twelveWords.relaxedQuery()).isNotNull();
        assertThat(twelveWords.relaxedQuery().split(" ")).hasSizeLessThanOrEqualTo(Relaxation.MAX_WORDS);
    }
}
