package org.zhsearch.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhsearch.pinyin.PinyinQuery;
import org.zhsearch.pinyin.PinyinReader;

class WordRunsTest {
    private static final PinyinReader READER = new PinyinReader();

    private static PinyinWords words(Map<String, Long> counts) {
        return Vocabulary.of(counts).pinyin(READER);
    }

    private static final PinyinWords INDEX = words(Map.ofEntries(
            Map.entry("中国", 40L),
            Map.entry("一种", 30L),
            Map.entry("种", 12L),
            Map.entry("过", 50L),
            Map.entry("过程", 20L),
            Map.entry("先", 25L),
            Map.entry("西安", 3L),
            Map.entry("银行", 6L),
            Map.entry("重庆", 4L),
            Map.entry("行", 9L),
            Map.entry("部分", 90L),
            Map.entry("备份", 70L),
            Map.entry("被", 300L),
            Map.entry("复制", 80L)));

    private static List<List<String>> runs(String typed) {
        return WordRuns.of(INDEX, PinyinQuery.sequences(typed));
    }

    @Test
    void aWholeWordWinsOverARunOfWordsThatReadsTheSame() {
        assertThat(runs("zhongguo")).containsExactly(List.of("中国")); // not 种 过
        assertThat(runs("guocheng")).containsExactly(List.of("过程"));
    }

    @Test
    void anUnsegmentedReadingFindsEverySplitMostFrequentFirst() {
        assertThat(runs("xian")).containsExactly(List.of("先"), List.of("西安"));
        assertThat(runs("xi'an")).containsExactly(List.of("西安"));
    }

    @Test
    void polyphonesAreReadPerWord() {
        assertThat(runs("yinhang")).containsExactly(List.of("银行"));
        assertThat(runs("yinxing")).isEmpty();
        assertThat(runs("chongqing")).containsExactly(List.of("重庆"));
        assertThat(runs("hang")).containsExactly(List.of("行")); // a lone character has its common readings
        assertThat(runs("xing")).containsExactly(List.of("行"));
    }

    @Test
    void initialsAndABegunSyllableFindWholeWordsMostFrequentFirst() {
        assertThat(runs("bf")).containsExactly(List.of("部分"), List.of("备份"));
        assertThat(runs("beif")).containsExactly(List.of("备份"));
        assertThat(runs("beifuzhi")).containsExactly(List.of("被", "复制"));
    }

    @Test
    void completingLetsTheLastWordGoOnPastTheLetters() {
        assertThat(WordRuns.of(INDEX, PinyinQuery.completions("beifu"))).isEmpty();
        assertThat(WordRuns.completing(INDEX, PinyinQuery.completions("beifu"))).containsExactly(List.of("被", "复制"));
        assertThat(WordRuns.completing(INDEX, PinyinQuery.completions("chongqin")))
                .contains(List.of("重庆"));
    }

    @Test
    void manyWordsAndTheLongestInputStayBoundedAndQuick() {
        Map<String, Long> many = new HashMap<>();
        String han =
                "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞";
        for (int i = 0; i < han.length(); i++) {
            many.put(String.valueOf(han.charAt(i)), (long) (i + 1));
        }
        PinyinWords lone = words(many);
        long start = System.nanoTime();
        List<List<String>> found = WordRuns.of(lone, PinyinQuery.sequences("shishishishishishishishishishishishishi"));
        assertThat(found)
                .hasSizeLessThanOrEqualTo(WordRuns.MAX_RUNS)
                .allSatisfy(run -> assertThat(run).hasSize(13));
        assertThat(WordRuns.of(lone, PinyinQuery.sequences("bcdfghjklmnpqrstwxyz")))
                .isEmpty(); // 20 initials: none
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }
}
