package org.zhsearch.pinyin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinyinReaderTest {
    /** A word of the committed test set: its reading and whether a character of it has several. */
    record Reading(String word, String syllables, boolean polyphone) {}

    static List<Reading> testSet() throws IOException {
        List<Reading> out = new ArrayList<>();
        try (InputStream in = PinyinReaderTest.class.getResourceAsStream("readings.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Reading(f[0], f[1], f[2].equals("yes")));
            }
        }
        return out;
    }

    private static String firstReadings(PinyinReader reader, String word) {
        return String.join(" ", reader.read(word).stream().map(List::getFirst).toList());
    }

    @Test
    void theTestSetIsWhatTheIssueAsksFor() throws IOException {
        List<Reading> set = testSet();
        assertThat(set).hasSizeGreaterThanOrEqualTo(100);
        assertThat(set.stream().filter(Reading::polyphone).count()).isGreaterThanOrEqualTo(20);
        assertThat(set)
                .allSatisfy(r -> assertThat(r.syllables().split(" "))
                        .hasSize(r.word().length())
                        .allMatch(Syllables::isSyllable));
    }

    @Test
    void wordsReadRightIncludingPolyphones() throws IOException {
        PinyinReader reader = new PinyinReader();
        List<Reading> set = testSet();
        List<String> wrong = new ArrayList<>();
        int polyphones = 0;
        int polyphonesRight = 0;
        for (Reading r : set) {
            boolean right = firstReadings(reader, r.word()).equals(r.syllables());
            if (!right) {
                wrong.add(r.word() + " read " + firstReadings(reader, r.word()) + ", is " + r.syllables());
            }
            if (r.polyphone()) {
                polyphones++;
                polyphonesRight += right ? 1 : 0;
            }
        }
        double accuracy = 1 - wrong.size() / (double) set.size();
        System.out.printf(
                "pinyin reading accuracy: %d/%d words (%.3f), polyphone words %d/%d; wrong: %s%n",
                set.size() - wrong.size(), set.size(), accuracy, polyphonesRight, polyphones, wrong);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.98);
        assertThat(polyphonesRight / (double) polyphones).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aWordDecidesItsPolyphones() {
        PinyinReader reader = new PinyinReader();
        assertThat(reader.read("银行")).containsExactly(List.of("yin"), List.of("hang"));
        assertThat(reader.read("重庆")).containsExactly(List.of("chong"), List.of("qing"));
        assertThat(reader.read("会计")).containsExactly(List.of("kuai"), List.of("ji"));
        assertThat(reader.read("重要")).containsExactly(List.of("zhong"), List.of("yao"));
        assertThat(reader.read("绿色")).first().isEqualTo(List.of("lv"));
    }

    @Test
    void aLoneCharacterGetsItsTwoMostCommonReadings() {
        PinyinReader reader = new PinyinReader();
        assertThat(reader.read("行").getFirst()).containsExactlyInAnyOrder("xing", "hang");
        assertThat(PinyinReader.allReadings('不')).hasSizeGreaterThan(PinyinReader.LONE_READINGS); // bu fou fu
        assertThat(reader.read("不").getFirst())
                .hasSize(PinyinReader.LONE_READINGS)
                .first()
                .isEqualTo("bu");
        assertThat(reader.read("和")).as("a lone particle reads one way").containsExactly(List.of("he"));
        assertThat(reader.read("a")).containsExactly(List.of());
    }

    @Test
    void theCacheStopsGrowingAtItsCap() {
        PinyinReader reader = new PinyinReader();
        for (int i = 0; i < PinyinReader.CACHED_WORDS + 1000; i++) {
            char a = (char) ('\u4e00' + i % 20000);
            char b = (char) ('\u4e00' + i / 20000);
            reader.read(new String(new char[] {a, b}));
        }
        assertThat(reader.cachedWords()).isEqualTo(PinyinReader.CACHED_WORDS);
        assertThat(reader.read("银行")).containsExactly(List.of("yin"), List.of("hang")); // still reads
    }
}
