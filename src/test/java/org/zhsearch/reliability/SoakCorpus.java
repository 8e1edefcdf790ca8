package org.zhsearch.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** 200 articles of 30 paragraphs in 10 folders, {@code d<N>/a<M>.txt}: enough that a build takes a moment. */
final class SoakCorpus {
    private SoakCorpus() {}

    static Path write(Path corpus) throws IOException {
        for (int d = 0; d < 10; d++) {
            Path dir = Files.createDirectories(corpus.resolve("d" + d));
            for (int f = 0; f < 20; f++) {
                StringBuilder text = new StringBuilder("发布时间:2024-01-01 08:00:00 来源: corpus\n");
                for (int p = 0; p < 30; p++) {
                    text.append("第")
                            .append(d)
                            .append("组第")
                            .append(f)
                            .append("篇第")
                            .append(p)
                            .append("段：湿地保护修复持续推进，候鸟栖息地面积稳步扩大，观鸟爱好者纷至沓来。\n");
                }
                Files.writeString(dir.resolve("a" + f + ".txt"), text);
            }
        }
        return corpus;
    }
}
