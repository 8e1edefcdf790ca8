package org.zhsearch.pinyin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The 419 toneless Mandarin syllables (ü written {@code v}), as read from the pinyin library's character dictionary
 * ({@code syllables.txt}). A typed Latin string is pinyin only where it splits into these.
 */
public final class Syllables {
    private static final NavigableSet<String> ALL = load();

    private Syllables() {}

    public static boolean isSyllable(String s) {
        return ALL.contains(s);
    }

    /** The syllables that start with {@code prefix}, in alphabetical order (empty when none does). */
    public static NavigableSet<String> startingWith(String prefix) {
        return ALL.subSet(prefix, true, prefix + Character.MAX_VALUE, false);
    }

    /** Whether some syllable starts with {@code letter}: every letter but i, u and v. */
    public static boolean isInitial(char letter) {
        return !startingWith(String.valueOf(letter)).isEmpty();
    }

    private static NavigableSet<String> load() {
        NavigableSet<String> set = new TreeSet<>();
        try (var in = Syllables.class.getResourceAsStream("syllables.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    set.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableNavigableSet(set);
    }
}
