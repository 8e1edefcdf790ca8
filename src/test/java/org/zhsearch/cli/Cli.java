package org.zhsearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** Runs the CLI in-process, as {@code Main} does but without {@code System.exit}, capturing stdout and stderr. */
final class Cli {
    /** Two short news-format articles written for the CLI tests (original text). */
    static final String KEJI = """
            发布时间:2024-05-12 08:00:00 来源: sp20240512
            量子计算实验室取得新进展
            研究团队在量子计算领域取得突破，相关成果发表在国际期刊上。
            实验室负责人说，量子计算将在材料设计和药物研发中发挥作用。
            人才培养
            实验室每年招收研究生二十名，鼓励青年人才挑大梁。
            《 人民日报 》( 2024年05月12日 07 版)
            (责编:赵强)
            """;

    static final String NONGYE = """
            发布时间:2023-09-01 06:30:00 来源: sp20230901
            秋收时节稻谷飘香
            金秋九月，平原上的稻田一片金黄，农民们忙着收割。
            合作社引进了新型收割机，还尝试用量子计算优化灌溉调度 & 施肥方案。
            《 人民日报 》( 2023年09月01日 10 版)
            (责编:孙丽)
            """;

    record Result(int exit, String out, String err) {}

    private Cli() {}

    static Result run(String... args) {
        return run(Map.of(), args);
    }

    static Result run(Map<String, String> env, String... args) {
        CommandLine cmd = Main.commandLine(env);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** Writes the two articles under {@code dir/news/} and returns {@code dir}. */
    static Path writeCorpus(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("news"));
        Files.writeString(dir.resolve("news/keji.txt"), KEJI);
        Files.writeString(dir.resolve("news/nongye.txt"), NONGYE);
        return dir;
    }
}
