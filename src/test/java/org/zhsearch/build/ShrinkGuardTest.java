package org.zhsearch.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.IndexOptions;
import org.zhsearch.api.ProgressListener;
import org.zhsearch.api.ZhsearchException;
import org.zhsearch.index.IndexHome;

class ShrinkGuardTest {
    @TempDir
    Path tmp;

    private Path corpus(String name, int articles) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (int i = 0; i < articles; i++) {
            Files.writeString(dir.resolve("a" + i + ".txt"), "第" + i + "篇文章\n这是第" + i + "篇文章的正文。\n");
        }
        return dir;
    }

    @Test
    void aBuildBelowTheConfiguredFractionOfTheLiveIndexIsRefusedAndTheLiveIndexStays() throws IOException {
        Path home = tmp.resolve("index");
        IndexOptions options = IndexOptions.defaults().withMinLiveFraction(0.75);
        ZhSearch.build(corpus("full", 8), home, options, ProgressListener.NONE);
        String live = new IndexHome(home).liveName().orElseThrow();

        assertThatThrownBy(() -> ZhSearch.build(corpus("five", 5), home, options, ProgressListener.NONE))
                .isInstanceOf(ZhsearchException.class)
                .hasMessageContaining("would have 5 articles, the live one has 8")
                .satisfies(e -> assertThat(((ZhsearchException) e).code()).isEqualTo("rebuild_refused"));
        assertThat(new IndexHome(home).liveName()).hasValue(live);
        try (var gens = Files.list(home)) {
            assertThat(gens.filter(p -> p.getFileName().toString().startsWith("gen-"))
                            .count())
                    .isEqualTo(1);
        }

        ZhSearch.build(corpus("six", 6), home, options, ProgressListener.NONE); // 6 of 8 = 75 %: allowed
        assertThat(new IndexHome(home).liveName()).isNotEqualTo(java.util.Optional.of(live));
        ZhSearch.build(corpus("none", 0), home, options.withForce(true), ProgressListener.NONE);
        try (ZhSearch zh = ZhSearch.open(home)) {
            assertThat(zh.stats().articles()).isZero();
        }
    }
}
