package org.zhsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README's library example compiles exactly as printed, against this build's classes. */
class ReadmeExampleTest {
    @TempDir
    Path tmp;

    @Test
    void theLibraryExampleCompilesAsGiven() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Library use");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String source = readme.substring(start, readme.indexOf("```", start));
        assertThat(source).contains("public class Example");
        Path file = Files.writeString(tmp.resolve("Example.java"), source, StandardCharsets.UTF_8);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean ok = javac.getTask(
                        errors,
                        null,
                        null,
                        List.of(
                                "-d",
                                tmp.toString(),
                                "-classpath",
                                System.getProperty("java.class.path"),
                                "-encoding",
                                "UTF-8"),
                        null,
                        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                                .getJavaFileObjects(file.toFile()))
                .call();
        assertThat(ok).as(errors.toString()).isTrue();
        assertThat(tmp.resolve("Example.class")).exists();
    }
}
