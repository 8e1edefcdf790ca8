package org.zhsearch.pinyin;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a Chinese word reads in toneless pinyin, character by character. A word of two or more characters gets one
 * reading per character, decided for the whole word (银行 yin hang, 调试 tiao shi): from our own list of words the
 * library reads wrongly ({@code word-readings.txt}, software vocabulary such as 重命名 and 命令行), else from the
 * library's phrase dictionary (houbb pinyin). A lone character cannot be decided without its context, so it gets
 * its two most common readings (行: xing and hang), but for a few that alone read one way (和 he, 都 dou).
 *
 * <p>Thread-safe. Readings are cached per reader, at most {@link #CACHED_WORDS} words (text vocabulary is large
 * but bounded; beyond the cap, words are read again instead of growing the cache).
 */
public final class PinyinReader {
    static final int CACHED_WORDS = 200_000;
    /**
     * Readings kept for a lone character, most common first: the library also lists rare and classical ones
     * (不 bu fou fu, 他 ta tuo yi) that would only add noise and index size.
     */
    static final int LONE_READINGS = 2;

    private static final Map<String, List<String>> OWN_READINGS = loadOwnReadings();

    private final Map<String, List<List<String>>> cache = new ConcurrentHashMap<>();

    /**
     * The readings of each character of {@code word} (normalised: simplified, lower case), one list per
     * {@code char}; an empty list for a character that is not a Chinese character with a known reading.
     */
    public List<List<String>> read(String word) {
        List<List<String>> cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        List<List<String>> readings = readUncached(word);
        if (cache.size() < CACHED_WORDS) {
            cache.put(word, readings);
        }
        return readings;
    }

    /** How many words are cached (for the test of the cap). */
    int cachedWords() {
        return cache.size();
    }

    private static List<List<String>> readUncached(String word) {
        List<String> own = OWN_READINGS.get(word);
        if (own != null) {
            return own.stream().map(List::of).toList();
        }
        if (word.length() == 1) {
            List<String> all = allReadings(word.charAt(0));
            return List.of(all.size() > LONE_READINGS ? all.subList(0, LONE_READINGS) : all);
        }
        String[] syllables = PinyinHelper.toPinyin(word, PinyinStyleEnum.NORMAL).split(" ");
        List<List<String>> out = new ArrayList<>(word.length());
        if (syllables.length != word.length()) { // the library kept a non-Chinese run together: read char by char
            for (int i = 0; i < word.length(); i++) {
                out.add(allReadings(word.charAt(i)));
            }
            return List.copyOf(out);
        }
        for (String s : syllables) {
            String syllable = toneless(s);
            out.add(Syllables.isSyllable(syllable) ? List.of(syllable) : List.of());
        }
        return List.copyOf(out);
    }

    /** Every toneless reading of one character, most common first; empty for anything else. */
    static List<String> allReadings(char c) {
        if (!Character.isIdeographic(c)) {
            return List.of();
        }
        Set<String> readings = new LinkedHashSet<>();
        for (String r : PinyinHelper.toPinyinList(c, PinyinStyleEnum.NORMAL)) {
            String syllable = toneless(r);
            if (Syllables.isSyllable(syllable)) {
                readings.add(syllable);
            }
        }
        return List.copyOf(readings);
    }

    /** The library writes ü as ü in its toneless style; we write v, as pinyin keyboards do. */
    private static String toneless(String reading) {
        return reading.strip().toLowerCase(Locale.ROOT).replace('ü', 'v');
    }

    private static Map<String, List<String>> loadOwnReadings() {
        Map<String, List<String>> map = new HashMap<>();
        try (var in = PinyinReader.class.getResourceAsStream("word-readings.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                List<String> syllables = List.of(parts[1].strip().split(" "));
                if (syllables.size() != parts[0].length() || !syllables.stream().allMatch(Syllables::isSyllable)) {
                    throw new IllegalStateException("bad line in word-readings.txt: " + line);
                }
                map.put(parts[0], syllables);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
