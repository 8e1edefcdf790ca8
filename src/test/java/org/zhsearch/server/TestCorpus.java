package org.zhsearch.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A four-article corpus in the news .txt format for the HTTP tests. Ids contain '/' (nested directories) and one
 * directory name is Chinese, so URL encoding of ids is exercised. Expected counts are pinned in the tests.
 */
final class TestCorpus {
    static final String KEJI_ID = "news/2024/11/25/keji.txt";
    static final String XIANGCUN_ID = "news/2024/03/01/xiangcun.txt";
    static final String JIAOYU_ID = "news/2023/10/27/jiaoyu.txt";
    static final String SHUYUAN_ID = "随笔/书院.txt";

    static final String KEJI = """
            发布时间:2024-11-25 04:43:40 来源: sp20241125
            人工智能赋能千行百业
            今年以来，多地出台政策支持人工智能与实体经济深度融合，智能制造、智慧医疗等应用场景不断拓展。
            在一家汽车工厂，焊接机器人在视觉算法的引导下精准作业，产线效率提高了三成。
            专家认为，人工智能的发展离不开高质量的数据和充足的算力，需要加快建设新型基础设施。
            量子计算加快突破
            科研团队在量子计算领域取得新进展，实现了更多量子比特的稳定操控。
            业内人士指出，基础研究是科技创新的源头，要久久为功、持续投入。
            《 人民日报 》( 2024年11月25日 01 版)
            (责编:李明、王芳)
            """;

    static final String XIANGCUN = """
            发布时间:2024-03-01 06:10:00 来源: sp20240301
            春耕时节，田间地头一派繁忙景象，农民们抢抓农时整地播种。
            乡村振兴产业先行
            某县依托特色农产品发展电商直播，把土特产卖到了全国各地，带动村民增收致富。
            村里修通了硬化路，建起了文化广场，乡村振兴让群众的日子越过越红火。
            《 人民日报 》( 2024年03月01日 04 版)
            """;

    static final String JIAOYU = """
            发布时间:2023-10-27 04:15:20 来源: sp20231027
            多所高校结合教育教学实际，把理论学习同立德树人根本任务紧密结合起来。
            思政课堂更鲜活
            老师把身边的变化讲进课堂，学生们说听起来更亲切，人工智能助教也走进了课堂。
            """;

    static final String SHUYUAN = """
            书院是古代重要的教育机构，兼有藏书、讲学和祭祀的功能。
            宋代书院兴盛，许多学者在书院中讲学论道，培养了大批人才。
            """;

    private TestCorpus() {}

    /** Writes the corpus under {@code root} and returns {@code root}. */
    static Path write(Path root) throws IOException {
        write(root, KEJI_ID, KEJI);
        write(root, XIANGCUN_ID, XIANGCUN);
        write(root, JIAOYU_ID, JIAOYU);
        write(root, SHUYUAN_ID, SHUYUAN);
        return root;
    }

    static void write(Path root, String id, String text) throws IOException {
        Path file = root.resolve(id);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
