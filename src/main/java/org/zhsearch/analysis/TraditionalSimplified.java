package org.zhsearch.analysis;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Traditional → simplified folding, one code point at a time: ICU's {@code Traditional-Simplified} transform
 * (lucene-analysis-icu's icu4j) applied to every code point of its source set separately, stored as the mapping
 * file {@value #RESOURCE} in the format of Lucene's stock {@code mapping} char filter ({@code "臺" => "台"}).
 *
 * <p>Why a char filter with a generated mapping rather than the {@code icuTransform} token filter:
 * <ul>
 *   <li>it runs before the tokenizers, so SmartChinese segments traditional text as simplified text
 *       ({@code 臺灣的經濟發展} → 台湾|的|经济|发展 instead of seven single characters);</li>
 *   <li>it is per code point by construction, exactly what {@link NormalizedText} does for the highlighter and
 *       the recall oracle (ICU's transform is contextual on whole strings; per code point a character always
 *       folds the same way, in text and query alike);</li>
 *   <li>measured on the dev corpus, {@code icuTransform} after the ICU tokenizer made the recall chain about 45 %
 *       slower; the mapping char filter costs no measurable time.</li>
 * </ul>
 * ICU also maps 17 characters of GB2312, the simplified character set. Eight of them are ordinary simplified
 * characters with words of their own ({@link #SIMPLIFIED_TOO}: 俱乐部, 著名, 乾坤, 摔跤, 哪吒, 姊妹, 慰藉, 大阪);
 * folding them (俱 → 具, 著 → 着 …) would rewrite simplified text and change how SmartChinese segments it, so they
 * are never folded — the price is that {@code 看著} does not find {@code 看着}. The other nine (後, 於, 夥, 徵, 摺,
 * 箝, 菸, 麴, 麽) are rare in simplified text but frequent in traditional text (以後, 於是, 特徵), so they fold:
 * left alone, 於 and 後 alone kept 31 of 500 dev-corpus queries typed in traditional characters from folding back
 * to the simplified text. The mapping is closed so that folding is idempotent: ICU maps 苎 → 苧 and 苧 → 苎; following the chain to its
 * cycle and taking the smallest code point makes {@code 苎, 苧, 薴} all fold to 苎. ICU may map one code point to
 * several (none in ICU 77); {@link NormalizedText} and the char filter both handle that, never the reverse
 * (one output per input code point). {@code TraditionalSimplifiedTest} checks the file against ICU, so an ICU
 * upgrade that changes the data fails the build; regenerate with {@link #main}.
 */
public final class TraditionalSimplified {
    /** Classpath resource next to this class, in {@code mapping} char filter format. */
    public static final String RESOURCE = "traditional-simplified.txt";
    /** Characters ICU would fold that simplified text uses in their own right; never folded. */
    public static final String SIMPLIFIED_TOO = "乾俱吒姊著藉跤阪";

    private static final Pattern RULE = Pattern.compile("^\"(.+)\"\\s*=>\\s*\"(.*)\"\\s*$");

    private TraditionalSimplified() {}

    /** The simplified form of {@code codePoint}, or null when it folds to itself. */
    public static String fold(int codePoint) {
        return codePoint < 0x2E80 || !Table.FOLDS.get(codePoint) ? null : Table.MAP.get(codePoint);
    }

    /** The mapping file's text (what the {@code mapping} char filter reads). */
    static String mappingText() {
        return Table.TEXT;
    }

    /** Number of code points that fold to something else. */
    public static int size() {
        return Table.MAP.size();
    }

    /** The closed per-code-point mapping computed from ICU now (slow: ~1 s to load the transform). */
    static Map<Integer, String> fromIcu() {
        Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
        UnicodeSet source = icu.getSourceSet();
        Map<Integer, String> raw = new HashMap<>();
        for (int i = 0; i < source.size(); i++) {
            int cp = source.charAt(i);
            String in = new String(Character.toChars(cp));
            String out = icu.transliterate(in);
            if (!out.equals(in) && SIMPLIFIED_TOO.indexOf(cp) < 0) {
                raw.put(cp, out);
            }
        }
        Map<Integer, String> closed = new TreeMap<>();
        for (int cp : raw.keySet()) {
            String target = close(cp, raw);
            if (!target.equals(new String(Character.toChars(cp)))) {
                closed.put(cp, target);
            }
        }
        return closed;
    }

    /** Follows single-code-point images until a fixed point or a cycle (then its smallest member). */
    private static String close(int cp, Map<Integer, String> raw) {
        java.util.List<Integer> seen = new java.util.ArrayList<>();
        int at = cp;
        while (true) {
            String next = raw.get(at);
            if (next == null) {
                return new String(Character.toChars(at));
            }
            if (next.codePointCount(0, next.length()) != 1) {
                return next;
            }
            seen.add(at);
            at = next.codePointAt(0);
            int cycleStart = seen.indexOf(at);
            if (cycleStart >= 0) {
                int min = seen.subList(cycleStart, seen.size()).stream()
                        .min(Integer::compare)
                        .orElseThrow();
                return new String(Character.toChars(min));
            }
        }
    }

    static String format(Map<Integer, String> mapping) {
        StringBuilder out = new StringBuilder()
                .append(
                        "# Traditional -> simplified, one code point at a time: ICU's Traditional-Simplified transform\n")
                .append("# per code point, except 8 characters simplified text uses too (乾俱吒姊著藉跤阪), closed so\n")
                .append("# that folding is idempotent. Generated by\n")
                .append("# org.zhsearch.analysis.TraditionalSimplified; format of Lucene's mapping char filter\n")
                .append("# (Solr MappingCharFilterFactory, OpenSearch \"mapping\" char filter).\n");
        new TreeMap<>(mapping)
                .forEach((cp, to) -> out.append('"')
                        .appendCodePoint(cp)
                        .append("\" => \"")
                        .append(to)
                        .append("\"\n"));
        return out.toString();
    }

    static Map<Integer, String> parse(String text) {
        Map<Integer, String> map = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = RULE.matcher(line);
            if (!m.matches() || m.group(1).codePointCount(0, m.group(1).length()) != 1) {
                throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
            }
            map.put(m.group(1).codePointAt(0), m.group(2));
        }
        return Map.copyOf(map);
    }

    /** Regenerates the mapping file: {@code TraditionalSimplified src/main/resources/org/zhsearch/analysis/traditional-simplified.txt}. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/org/zhsearch/analysis/" + RESOURCE);
        Map<Integer, String> mapping = fromIcu();
        Files.writeString(out, format(mapping));
        System.out.println("wrote " + mapping.size() + " mappings to " + out);
    }

    /** Loaded on first use. */
    private static final class Table {
        static final String TEXT = load();
        static final Map<Integer, String> MAP = parse(TEXT);
        /** The keys of {@link #MAP}: most characters of a text do not fold, and a bit test is cheaper than a lookup. */
        static final BitSet FOLDS = keys(MAP);

        private static BitSet keys(Map<Integer, String> map) {
            BitSet keys = new BitSet(Character.MAX_CODE_POINT + 1);
            map.keySet().forEach(keys::set);
            return keys;
        }

        private static String load() {
            try (InputStream in = TraditionalSimplified.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
