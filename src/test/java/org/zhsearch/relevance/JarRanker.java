package org.zhsearch.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An earlier zhsearch release, loaded from its shaded jar in a class loader of its own (so its classes and ours
 * never mix), driven through its public library API by reflection: build the corpus, then search. This is how the
 * bench puts "the version before this issue" in the same run as the new default.
 */
final class JarRanker implements Ranker {
    private final String name;
    private final URLClassLoader loader;
    private final Object zhsearch;
    private final Method search;
    private final Method of;

    JarRanker(String name, Path jar, Path corpus, Path indexHome, Path configDir) {
        this.name = name;
        try {
            loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> facade = loader.loadClass("org.zhsearch.ZhSearch");
            Class<?> options = loader.loadClass("org.zhsearch.api.IndexOptions");
            Class<?> listener = loader.loadClass("org.zhsearch.api.ProgressListener");
            Class<?> request = loader.loadClass("org.zhsearch.api.SearchRequest");
            Object defaults = options.getMethod("defaults").invoke(null);
            Object silent = java.lang.reflect.Proxy.newProxyInstance(
                    loader,
                    new Class<?>[] {listener},
                    (proxy, method, args) -> method.isDefault()
                            ? java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args)
                            : null);
            if (hasStaticDictionaries(facade)) { // before the engine seam: dictionaries were global
                facade.getMethod("useDictionaries", Path.class).invoke(null, configDir);
                facade.getMethod("build", Path.class, Path.class, options, listener)
                        .invoke(null, corpus, indexHome, defaults, silent);
                zhsearch = facade.getMethod("open", Path.class).invoke(null, indexHome);
            } else { // since: dictionaries belong to an instance
                Class<?> config = loader.loadClass("org.zhsearch.api.AnalysisConfig");
                Object dictionaries = config.getMethod("in", Path.class).invoke(null, configDir);
                facade.getMethod("build", Path.class, Path.class, config, options, listener)
                        .invoke(null, corpus, indexHome, dictionaries, defaults, silent);
                zhsearch = facade.getMethod("open", Path.class, Path.class).invoke(null, indexHome, configDir);
            }
            search = facade.getMethod("search", request);
            of = request.getMethod("of", String.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("not a usable zhsearch jar: " + jar, e);
        }
    }

    private static boolean hasStaticDictionaries(Class<?> facade) {
        return java.util.Arrays.stream(facade.getMethods())
                .anyMatch(m -> m.getName().equals("useDictionaries"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> top10(String query) {
        try {
            Object result = search.invoke(zhsearch, of.invoke(null, query));
            List<String> ids = new ArrayList<>();
            for (Object hit : (List<?>) result.getClass().getMethod("hits").invoke(result)) {
                ids.add((String) hit.getClass().getMethod("id").invoke(hit));
            }
            return ids;
        } catch (InvocationTargetException e) {
            return List.of(); // an invalid query shows nothing
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long exactTotal(String query) {
        try {
            Object result = search.invoke(zhsearch, of.invoke(null, query));
            return (long) result.getClass().getMethod("total").invoke(result);
        } catch (InvocationTargetException e) {
            return 0;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public java.util.Set<String> allExactHits(String query) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        try {
            for (int offset = 0; offset <= 10_000; offset += 100) {
                Object request = of.invoke(null, query);
                request = request.getClass().getMethod("withLimit", int.class).invoke(request, 100);
                request = request.getClass().getMethod("withOffset", int.class).invoke(request, offset);
                Object page = search.invoke(zhsearch, request);
                for (Object hit : (List<?>) page.getClass().getMethod("hits").invoke(page)) {
                    ids.add((String) hit.getClass().getMethod("id").invoke(hit));
                }
                if (offset + 100 >= (long) page.getClass().getMethod("total").invoke(page)) {
                    break;
                }
            }
        } catch (InvocationTargetException e) {
            return ids;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    @Override
    public void close() {
        try {
            zhsearch.getClass().getMethod("close").invoke(zhsearch);
            loader.close();
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
