package org.zhsearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.junit.jupiter.api.Test;

/**
 * Our tokenizer cuts exactly the words, offsets, positions and types SmartChinese's own tokenizer cuts: on written
 * sentences, on random mixes of every kind of char SmartChinese tells apart, and on sentences built of its
 * dictionary's words (every word of it, over the runs).
 */
class SmartChineseTokenizerTest {
    private static final Analyzer SMARTCN = analyzer(false);
    private static final Analyzer OURS = analyzer(true);

    @Test
    void writtenSentencesWithEveryKindOfAsciiPunctuationAreCutTheSameWay() throws IOException {
        List<String> texts = List.of(
                "安装软件包,然后运行命令:apt-get update;再检查日志(见第3.5节).",
                "注意:以下描述假设你熟悉RFC-1035说明的域名协议.如果不熟悉,下面的内容可能看起来是天书.)",
                "配置文件位于/etc/zhsearch/zhsearch.properties,其中 index.threads=2 表示用两个线程.",
                "例如:\"备份\"、'恢复'和[选项]都可以写在{花括号}里;C++与C#不同,50%的用户选择了*号.",
                "邮件地址写成 user@example.org,网址是 https://example.org/path?q=1&r=2#top!",
                "价格$100~$200,比例<1:2>,路径C:\\Windows\\System32,命令ls|grep a^b_c`d`.",
                "第一句.第二句!第三句?(括号里的话.)\"引号里的话!\"最后一句,没有句号");
        for (String text : texts) {
            assertCutAlike(text);
        }
    }

    @Test
    void equallyCheapPathsKeepTheEarlierWordAsSmartChineseDoes() throws IOException {
        // 家家家 and 种种种 cut as 家|家家 or 家家|家 cost exactly the same: the tie goes to the path through the
        // earlier candidate, 家 alone
        for (String text : List.of("出主家家家可", "出种种种中", "里得等等等生")) {
            assertCutAlike(text);
        }
        assertThat(words(OURS, "出主家家家可").stream().map(Word::term)).containsExactly("出", "主", "家", "家家", "可");
    }

    @Test
    void randomMixesOfHanLettersDigitsAndPunctuationAreCutTheSameWay() throws IOException {
        String han =
                "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质";
        String punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
        String latin = "abcXYZ0123456789 ";
        Random random = new Random(20261207);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(10);
                String from = kind < 6 ? han : kind < 8 ? punctuation : latin;
                text.append(from.charAt(random.nextInt(from.length())));
            }
            assertCutAlike(text.toString());
        }
    }

    @Test
    void randomMixesOfEveryCharClassSmartChineseTellsApartAreCutTheSameWay() throws IOException {
        // Hanzi in and outside its range, surrogate pairs and lone halves, spaces (ideographic too), full-width
        // letters, digits and punctuation, Latin-1, kana, hangul, sentence ends: every branch of the candidate walk
        String[] pools = {
            "中国人民银行行长重庆大学生活动物理学家和平等的了是在",
            "\u9FA5\u9FA6\u3400\u4E00",
            "\uD840\uDC00\uD87E\uDC04",
            "\uD840\uDC00",
            " \u3000\t\n",
            "ＡＢＣｘｙｚ０１２９",
            "，。！？；：（）【】《》、",
            "aZ09.-_'",
            "éßÆ¿«»°",
            "かなカナ한글",
            "。！？.!?"
        };
        Random random = new Random(7);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int i = 0; i < length; i++) {
                String pool = pools[random.nextInt(pools.length)];
                if (pool.equals("\uD840\uDC00\uD87E\uDC04")) {
                    int at = 2 * random.nextInt(2);
                    text.append(pool, at, at + 2);
                } else {
                    text.append(pool.charAt(random.nextInt(pool.length())));
                }
            }
            assertCutAlike(text.toString());
        }
    }

    @Test
    void sentencesOfHundredsOfWordsAndTextsLongerThanTheTokenizersBufferAreCutTheSameWay() throws IOException {
        // one sentence (no sentence-ending mark) of up to 3 000 chars: hundreds of candidates and words, more than
        // the arrays start with, and past the 1 024-char buffer SmartChinese's tokenizer base reads in
        String pool = "中国人民银行行长重庆大学生活动物理学家和平等的了是在，、 abc123";
        Random random = new Random(17);
        for (int n = 0; n < 40; n++) {
            StringBuilder text = new StringBuilder();
            int length = 200 + random.nextInt(2800);
            for (int i = 0; i < length; i++) {
                text.append(pool.charAt(random.nextInt(pool.length())));
            }
            assertThat(assertCutAlike(text.toString())).hasSizeGreaterThan(64);
        }
    }

    @Test
    void sentencesBuiltOfEveryDictionaryWordAreCutTheSameWay() throws Exception {
        List<String> dictionary = dictionaryWords();
        assertThat(dictionary).hasSizeGreaterThan(80_000);
        java.util.Collections.shuffle(dictionary, new Random(11));
        String[] joins = {"", "", "", " ", "，", "的", "。", "a", "1"};
        Random random = new Random(13);
        int used = 0;
        while (used < dictionary.size()) {
            StringBuilder text = new StringBuilder();
            int wordsInSentence = 1 + random.nextInt(12);
            for (int i = 0; i < wordsInSentence && used < dictionary.size(); i++) {
                text.append(dictionary.get(used++)).append(joins[random.nextInt(joins.length)]);
            }
            assertCutAlike(text.toString());
        }
    }

    /** Every word of SmartChinese's dictionary, read from its data file as SmartChinese reads it. */
    private static List<String> dictionaryWords() throws Exception {
        List<String> words = new ArrayList<>();
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter.class.getResourceAsStream("coredict.mem"))) {
            short[] tableOfSlot = (short[]) in.readObject();
            char[] charOfSlot = (char[]) in.readObject();
            char[][][] rests = (char[][][]) in.readObject();
            for (int slot = 0; slot < charOfSlot.length; slot++) {
                if (charOfSlot[slot] < 0x4E00 || charOfSlot[slot] > 0x9FA5 || tableOfSlot[slot] < 0) {
                    continue;
                }
                for (char[] rest : rests[tableOfSlot[slot]]) {
                    words.add(charOfSlot[slot] + (rest == null ? "" : new String(rest)));
                }
            }
        }
        return words;
    }

    record Word(String term, int start, int end, int position, String type) {}

    /** Asserts both tokenizers cut {@code text} alike; returns our words. */
    private static List<Word> assertCutAlike(String text) throws IOException {
        List<Word> ours = words(OURS, text);
        assertThat(ours).as(text).isEqualTo(words(SMARTCN, text));
        return ours;
    }

    private static List<Word> words(Analyzer analyzer, String text) throws IOException {
        List<Word> words = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("words", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset(), position, type.type()));
            }
            ts.end();
        }
        return words;
    }

    private static Analyzer analyzer(boolean ours) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                AttributeFactory factory = AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY;
                Tokenizer source = ours ? new SmartChineseTokenizer(factory) : new HMMChineseTokenizer(factory);
                return new TokenStreamComponents(source);
            }
        };
    }
}
