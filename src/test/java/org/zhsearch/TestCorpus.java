package org.zhsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small corpus in the news format, written for the tests (original text). Each article exercises something:
 * <ul>
 *   <li>{@code news/jiaoyu.txt} — headings (one containing 主题教育), 中国特色 for substring-inside-word queries,
 *       华人 as a word (海外|华人) and inside the word 中华人民共和国, full-width Ｇ２０ and a Latin word;</li>
 *   <li>{@code news/keji.txt} — another date and source, 人工智能 and 大模型, punctuation between 甲 and 乙;</li>
 *   <li>{@code news/xiangcun.txt} — a third date/source, 乡村振兴 repeated, a rare-extension character 𠀾.</li>
 * </ul>
 */
public final class TestCorpus {
    public static final String JIAOYU = """
            发布时间:2023-10-27 05:10:00 来源: sp20231027
            主题教育走深走实
            各地坚持把主题教育同中国特色社会主义伟大实践结合起来，推动理论学习往深里走。
            许多海外华人通过网络关注家乡的变化和发展，也用通俗的语言表达对祖国的祝福。
            中华人民共和国成立七十五周年。
            基层实践中的主题教育
            在Ｇ２０峰会上，代表们讨论了数字经济和教育合作。
            学校组织师生参加Python编程兴趣小组，学习热情高涨。
            《 人民日报 》( 2023年10月27日 04 版)
            (责编:王小明、李华)
            """;
    public static final String KEJI = """
            发布时间:2024-05-12 08:00:00 来源: sp20240512
            人工智能助力产业升级
            多家企业发布大模型产品，人工智能应用加速落地。
            研究人员指出，甲，乙两类芯片的功耗差异明显。
            国产芯片在智能手机和汽车电子领域取得新进展。
            《 人民日报 》( 2024年05月12日 07 版)
            (责编:赵强)
            """;
    public static final String XIANGCUN = """
            发布时间:2024-03-01 09:30:00 来源: sp20240301
            乡村振兴开新局
            各地扎实推进乡村振兴，发展特色产业，带动农民增收。
            村里修通了公路，特色农产品通过电商卖到全国各地。
            一位老人翻出族谱，上面写着罕见的𠀾字，大家都很好奇。
            《 人民日报 》( 2024年03月01日 02 版)
            (责编:孙丽)
            """;

    private TestCorpus() {}

    /** Writes the three articles under {@code dir/news/} and returns {@code dir}. */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("news"));
        Files.writeString(dir.resolve("news/jiaoyu.txt"), JIAOYU);
        Files.writeString(dir.resolve("news/keji.txt"), KEJI);
        Files.writeString(dir.resolve("news/xiangcun.txt"), XIANGCUN);
        return dir;
    }

    /** Copies a directory tree (readable files only), e.g. the mixed fixture corpus into a test's corpus. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (Files.isReadable(p)) {
                    Files.copy(p, target);
                }
            }
        }
    }
}
