package org.zhsearch.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The bundled sample corpus: a handful of original news-format articles shipped as resources under
 * {@code org/zhsearch/sample/}, so a new user sees real results without data of their own.
 */
public final class SampleCorpus {
    /** The resource folder. */
    static final String RESOURCES = "org/zhsearch/sample/";
    /** The articles, as file names in {@link #RESOURCES}. */
    public static final List<String> FILES = List.of(
            "zhuti-jiaoyu-2024-03-12.txt",
            "xiangcun-zhenxing-2024-06-18.txt",
            "keji-chuangxin-2024-09-05.txt",
            "shengtai-huanjing-2024-11-25.txt",
            "quanmin-yuedu-2025-04-23.txt");

    private SampleCorpus() {}

    /**
     * Copies the sample articles into {@code dir} (created if needed) unless they are already there, and returns
     * {@code dir}. Each file is written to a temporary name and renamed, so an interrupted copy is redone next time.
     */
    public static Path extract(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String name : FILES) {
                Path target = dir.resolve(name);
                if (Files.isRegularFile(target)) {
                    continue;
                }
                Path tmp = dir.resolve(name + ".part");
                try (InputStream in = SampleCorpus.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
                    if (in == null) {
                        throw new IllegalStateException("sample article " + RESOURCES + name
                                + " is missing from the zhsearch jar — rebuild it with mvn package");
                    }
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return dir;
        } catch (IOException e) {
            throw new ConfigException(
                    "cannot extract the bundled sample corpus to " + dir + ": " + e.getMessage()
                            + " — set corpus.dir to a corpus of your own or make that directory writable",
                    e);
        }
    }
}
