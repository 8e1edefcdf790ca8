package org.zhsearch.reliability;

import java.nio.file.Path;
import org.zhsearch.ZhSearch;
import org.zhsearch.api.SearchRequest;

/** A library process that opens an index home, searches and closes it, in a loop until killed (for {@link Soak}). */
public final class OpenLoop {
    private OpenLoop() {}

    public static void main(String[] args) {
        Path home = Path.of(args[0]);
        for (long opens = 1; ; opens++) {
            try (ZhSearch zh = ZhSearch.open(home)) {
                zh.search(SearchRequest.of("湿地"));
            } catch (RuntimeException e) {
                System.out.println("open " + opens + " failed: " + e);
            }
            if (opens % 100 == 0) {
                System.out.println("opens " + opens);
            }
        }
    }
}
