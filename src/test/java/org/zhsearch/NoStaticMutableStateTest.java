package org.zhsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class of the library keeps state in static fields: every static field is final and holds a value nobody can
 * change (no arrays, atomics, builders or modifiable collections). State belongs to a {@link ZhSearch} instance,
 * so two instances in one JVM never share it.
 */
class NoStaticMutableStateTest {
    @Test
    void everyStaticFieldUnderOrgZhsearchIsAConstant() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : libraryClasses()) {
            for (Field f : type.getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isStatic(m) || f.isSynthetic() || f.isEnumConstant()) {
                    continue;
                }
                String name = type.getName() + "." + f.getName();
                if (!Modifier.isFinal(m)) {
                    problems.add(name + " is static and not final");
                } else if (isMutableType(f.getType())) {
                    problems.add(name + " is a static " + f.getType().getSimpleName());
                } else if (Collection.class.isAssignableFrom(f.getType()) || Map.class.isAssignableFrom(f.getType())) {
                    f.setAccessible(true);
                    Object value = f.get(null);
                    if (value != null && !isUnmodifiable(value)) {
                        problems.add(
                                name + " is a modifiable " + value.getClass().getName());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsTheKindsOfStateItIsAbout() throws Exception {
        assertThat(isMutableType(int[].class)).isTrue();
        assertThat(isMutableType(java.util.concurrent.atomic.AtomicLong.class)).isTrue();
        assertThat(isUnmodifiable(new java.util.HashMap<>())).isFalse();
        assertThat(isUnmodifiable(List.of(1))).isTrue();
        assertThat(libraryClasses())
                .contains(ZhSearch.class, org.zhsearch.analysis.Analysis.class)
                .hasSizeGreaterThan(100);
    }

    private static boolean isMutableType(Class<?> type) {
        return type.isArray()
                || type.getName().startsWith("java.util.concurrent.atomic.")
                || StringBuilder.class.isAssignableFrom(type)
                || ThreadLocal.class.isAssignableFrom(type);
    }

    private static boolean isUnmodifiable(Object value) {
        String n = value.getClass().getName();
        return n.startsWith("java.util.ImmutableCollections$")
                || n.startsWith("java.util.Collections$Unmodifiable")
                || n.startsWith("java.util.Collections$Empty")
                || n.startsWith("java.util.Collections$Singleton");
    }

    /** Every class compiled from src/main (the directory holding ZhSearch.class). */
    private static List<Class<?>> libraryClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(ZhSearch.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/zhsearch"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                out.add(Class.forName(name, false, ZhSearch.class.getClassLoader()));
            }
        }
        return out;
    }
}
