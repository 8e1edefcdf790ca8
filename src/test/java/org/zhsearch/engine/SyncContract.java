package org.zhsearch.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.Article;
import org.zhsearch.api.Hit;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.IndexReport;
import org.zhsearch.api.Paragraph;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.SearchMode;
import org.zhsearch.api.SearchRequest;
import org.zhsearch.api.SearchResult;
import org.zhsearch.api.SyncReport;
import org.zhsearch.config.ZhsearchConfig;

/**
 * An update ({@link IndexOptions#update()}) after files were added, changed, touched and removed (.txt, .md and a
 * .jsonl that drops, changes and adds ids) gives the index a full rebuild of the same folder gives — with the same
 * API writes, which the update never overrides — on two indexes of one engine: one updated, one rebuilt.
 */
final class SyncContract {
    private static final List<String> QUERIES =
            List.of("河流", "山区", "山", "学校", "春耕", "高楼", "老屋", "小桥", "接口", "稻田", "月光", "图书馆");
    private static final List<String> IDS =
            List.of("a.txt", "b.txt", "c.txt", "d.md", "e.txt", "j1", "j2", "j3", "j4", "api/1");

    private SyncContract() {}

    static void run(Function<String, ZhsearchConfig> configs, Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        write(corpus, "a.txt", "春日山行\n山间的小路弯弯曲曲，溪水清澈见底。\n");
        write(corpus, "b.txt", "城市夜景\n高楼灯火通明，街道车水马龙。\n");
        write(corpus, "c.txt", "旧闻一则\n河流旁的老屋已经拆除，只剩一棵槐树。\n");
        write(corpus, "d.md", "# 田园札记\n\n稻田金黄，农民忙着收割。\n");
        write(
                corpus,
                "news.jsonl",
                line("j1", "河流治理", "河道清淤工程启动。") + line("j2", "山区教育", "山区学校迎来新老师。") + line("j3", "春耕", "春耕时节农机下田。"));
        IndexOptions options = IndexOptions.defaults().withThreads(2);
        try (ZhSearch updated = ZhSearch.open(configs.apply("sync-updated"));
                ZhSearch rebuilt = ZhSearch.open(configs.apply("sync-rebuilt"))) {
            updated.rebuild(corpus, options, ProgressListener.NONE);
            apiWrites(updated);
            assertThat(updated.stats().corpus()).isEqualTo(corpus.toRealPath().toString());

            FileTime aTime = Files.getLastModifiedTime(corpus.resolve("a.txt"));
            Files.setLastModifiedTime(corpus.resolve("a.txt"), FileTime.fromMillis(aTime.toMillis() + 60_000));
            write(corpus, "b.txt", "城市夜景（修订）\n高楼灯火渐暗，街道安静下来，河流倒映着月光。\n");
            Files.delete(corpus.resolve("c.txt"));
            write(corpus, "e.txt", "新增篇目\n山谷里新建了一座小桥，河流从桥下流过。\n");
            write(
                    corpus,
                    "news.jsonl",
                    line("j2", "山区教育（更新）", "山区学校新建了图书馆。")
                            + line("j3", "春耕", "春耕时节农机下田。")
                            + line("j4", "河流保护", "河流保护志愿者沿岸巡查。"));

            IndexReport report = updated.rebuild(corpus, options.withUpdate(true), ProgressListener.NONE);
            SyncReport sync = report.sync();
            assertThat(sync.fullRebuild()).isFalse();
            assertThat(List.of(sync.filesAdded(), sync.filesChanged(), sync.filesRemoved(), sync.filesUnchanged()))
                    .as("e.txt added; b.txt and news.jsonl changed; c.txt removed; a.txt (touched) and d.md unchanged")
                    .containsExactly(1, 2, 1, 2);
            assertThat(sync.articlesWritten())
                    .as("b.txt, e.txt, j4 — not j2 and j3, written through the API")
                    .isEqualTo(3);
            assertThat(sync.articlesDeleted()).as("c.txt and j1").isEqualTo(2);
            assertThat(sync.apiKept()).isEqualTo(2);
            assertThat(report.articles())
                    .as("articles read: b.txt, e.txt and three lines")
                    .isEqualTo(5);

            rebuilt.rebuild(corpus, options, ProgressListener.NONE);
            apiWrites(rebuilt);
            assertSameIndex(updated, rebuilt);
            assertThat(updated.article("j2").orElseThrow().title()).isEqualTo("山区教育（接口版）");
            assertThat(updated.article("c.txt")).isEmpty();

            IndexReport again = updated.rebuild(corpus, options.withUpdate(true), ProgressListener.NONE);
            assertThat(again.sync().filesUnchanged())
                    .as("nothing changed since")
                    .isEqualTo(5);
            assertThat(again.sync().articlesWritten() + again.sync().articlesDeleted())
                    .isZero();
            assertSameIndex(updated, rebuilt);
        }
    }

    /** The same articles, whole, and for every query the same total and the same articles. */
    static void assertSameIndex(ZhSearch updated, ZhSearch rebuilt) {
        assertThat(updated.stats().articles()).isEqualTo(rebuilt.stats().articles());
        for (String id : IDS) {
            assertThat(updated.article(id)).as(id).isEqualTo(rebuilt.article(id));
        }
        for (String q : QUERIES) {
            SearchResult u = updated.search(request(q));
            SearchResult r = rebuilt.search(request(q));
            assertThat(u.total()).as(q).isEqualTo(r.total());
            assertThat(articleIds(u)).as(q).isEqualTo(articleIds(r));
        }
    }

    private static SearchRequest request(String q) {
        return SearchRequest.of(q).withMode(SearchMode.EXACT).withLimit(100);
    }

    private static Set<String> articleIds(SearchResult result) {
        Set<String> ids = new TreeSet<>();
        result.hits().stream().map(Hit::articleId).forEach(ids::add);
        return ids;
    }

    private static void apiWrites(ZhSearch zh) {
        zh.put(article("api/1", "接口文章", "通过接口写入的河流观测记录。"));
        zh.put(article("j2", "山区教育（接口版）", "接口写入的山区学校报道。"));
        zh.delete("j3");
    }

    private static Article article(String id, String title, String text) {
        return new Article(id, title, null, null, null, null, List.of(), List.of(new Paragraph(1, null, text)));
    }

    private static String line(String id, String title, String paragraph) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"paragraphs\":[\"" + paragraph + "\"]}\n";
    }

    private static void write(Path corpus, String name, String text) throws IOException {
        Files.writeString(corpus.resolve(name), text);
    }
}
