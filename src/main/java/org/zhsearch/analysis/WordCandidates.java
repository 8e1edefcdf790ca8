package org.zhsearch.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.cn.smart.CharType;
import org.apache.lucene.analysis.cn.smart.Utility;
import org.apache.lucene.analysis.cn.smart.WordType;

/**
 * The candidate words of one sentence, as SmartChinese's {@code HHMMSegmenter} lists them: the sentence's start, then
 * by offset every dictionary word starting there (the character alone first, then longer ones), a Latin or digit
 * run as one candidate looked up as its stand-in ({@code 未##串}, {@code 未##数}), a punctuation mark, any other
 * char alone; then the sentence's end. Flat arrays, reused from sentence to sentence. Each candidate keeps the pair
 * hash of its chars and {@code @}, from which every pair it begins is hashed on ({@link #pairHash}).
 *
 * <p>One per {@link WordLattice}: not thread-safe.
 */
final class WordCandidates {
    private static final char PAIR_SEPARATOR = '@';
    private static final char DELIMITER_TERM = Utility.COMMON_DELIMITER[0];

    private final SmartChineseModel model;
    private final byte[] types;
    private final char[] word = new char[Byte.MAX_VALUE];
    private char[] text;
    private int from;

    private int count;
    private int[] start = new int[64];
    private int[] end = new int[64];
    private int[] wordType = new int[64];
    private int[] frequency = new int[64];
    /** The stand-in a candidate is looked up as (a Latin run as 未##串 …), or null: its own chars. */
    private char[][] standIn = new char[64][];

    private long[] pairHashFrom = new long[64];

    WordCandidates(SmartChineseModel model) {
        this.model = model;
        this.types = model.charTypes;
    }

    /** Lists the candidates of the sentence {@code text[from, to)}. */
    void collect(char[] text, int from, int to) {
        this.text = text;
        this.from = from;
        int length = to - from;
        count = 0;
        add(-1, 0, WordType.SENTENCE_BEGIN, model.startFrequency, Utility.START_CHAR_ARRAY);
        for (int i = 0; i < length; ) {
            i = addCandidatesAt(i, length);
        }
        add(length, length + 1, WordType.SENTENCE_END, model.endFrequency, Utility.END_CHAR_ARRAY);
    }

    /** How many candidates, the sentence's start (0) and end (the last) included. */
    int count() {
        return count;
    }

    /** Candidate {@code k}'s start offset in the sentence (-1 for the sentence's start). */
    int start(int k) {
        return start[k];
    }

    int end(int k) {
        return end[k];
    }

    /** The frequency SmartChinese weighs a pair the candidate begins by. */
    int frequency(int k) {
        return frequency[k];
    }

    /** The longest term candidate {@code k} can give. */
    int maxTermLength(int k) {
        return Math.max(1, end[k] - start[k]);
    }

    /** Adds the candidates that start at offset {@code i}; returns the offset to go on from. */
    private int addCandidatesAt(int i, int length) {
        int type = typeAt(i);
        switch (type) {
            case CharType.SPACE_LIKE:
                return i + 1;
            case CharType.SURROGATE: {
                int n = Character.charCount(Character.codePointAt(text, from + i, from + length));
                add(i, i + n, WordType.CHINESE_WORD, 0, null);
                return i + n;
            }
            case CharType.HANZI:
                addWordsAt(i, length);
                return i + 1;
            case CharType.LETTER, CharType.FULLWIDTH_LETTER:
                return addRun(i, length, Run.LETTERS, model.stringFrequency);
            case CharType.DIGIT, CharType.FULLWIDTH_DIGIT:
                return addRun(i, length, Run.DIGITS, model.numberFrequency);
            case CharType.DELIMITER:
                add(i, i + 1, WordType.DELIMITER, Utility.MAX_FREQUENCE, null);
                return i + 1;
            default:
                add(i, i + 1, WordType.STRING, model.stringFrequency, Utility.STRING_CHAR_ARRAY);
                return i + 1;
        }
    }

    /**
     * The character at {@code i} alone, then every longer dictionary word starting there, reading on over Hanzi and
     * skipping spaces between them (SmartChinese reads 中 国 as 中国) for as long as some word begins that way.
     */
    private void addWordsAt(int i, int length) {
        WordTable table = model.words;
        word[0] = text[from + i];
        int hash = WordTable.extend(0, word[0]);
        int slot = table.slot(word, 1, hash);
        add(i, i + 1, WordType.CHINESE_WORD, table.wordFrequency(slot), null);
        int wordLength = 1;
        int j = i + 1;
        while (slot != WordTable.ABSENT) {
            if (wordLength > 1 && table.isWord(slot)) {
                add(i, j, WordType.CHINESE_WORD, table.frequency(slot), null);
            }
            while (j < length && typeAt(j) == CharType.SPACE_LIKE) {
                j++;
            }
            if (j >= length || typeAt(j) != CharType.HANZI || wordLength == word.length) {
                break;
            }
            word[wordLength++] = text[from + j];
            hash = WordTable.extend(hash, text[from + j]);
            slot = table.slot(word, wordLength, hash);
            j++;
        }
    }

    private void add(int s, int e, int type, int freq, char[] lookedUpAs) {
        if (count == start.length) {
            grow();
        }
        start[count] = s;
        end[count] = e;
        wordType[count] = type;
        frequency[count] = freq;
        standIn[count] = lookedUpAs;
        pairHashFrom[count] = BigramTable.extend(hashOn(BigramTable.start(), count), PAIR_SEPARATOR);
        count++;
    }

    /** The pair hash of candidate {@code first} followed by candidate {@code second}. */
    long pairHash(int first, int second) {
        return hashOn(pairHashFrom[first], second);
    }

    /** {@code hash} carried on over the chars candidate {@code k} is looked up as: its stand-in, else its own. */
    private long hashOn(long hash, int k) {
        char[] lookedUpAs = standIn[k];
        if (lookedUpAs != null) {
            for (char c : lookedUpAs) {
                hash = BigramTable.extend(hash, c);
            }
            return hash;
        }
        for (int i = start[k]; i < end[k]; i++) {
            if (typeAt(i) != CharType.SPACE_LIKE) {
                hash = BigramTable.extend(hash, text[from + i]);
            }
        }
        return hash;
    }

    /**
     * Writes candidate {@code v}'s term as SmartChinese's tokenizer gives it into {@code terms} at {@code at} (room
     * for its length + 1); returns where the next goes.
     */
    int writeTerm(int v, char[] terms, int at) {
        int type = wordType[v];
        if (type == WordType.DELIMITER) {
            terms[at] = DELIMITER_TERM;
            return at + 1;
        }
        for (int i = start[v]; i < end[v]; i++) {
            char c = text[from + i];
            if (type == WordType.CHINESE_WORD) {
                if (typeAt(i) != CharType.SPACE_LIKE) {
                    terms[at++] = c;
                }
                continue;
            }
            if ((type == WordType.FULLWIDTH_STRING || type == WordType.FULLWIDTH_NUMBER) && c >= '\uFF10') {
                c -= 0xFEE0;
            }
            if (type != WordType.NUMBER && c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            terms[at++] = c;
        }
        return at;
    }

    private int typeAt(int i) {
        return types[text[from + i]];
    }

    /** A Latin or a digit run: its char types, its word types (full-width when any char is) and its stand-in. */
    private record Run(int type, int fullWidthType, int wordType, int fullWidthWordType, char[] standIn) {
        static final Run LETTERS = new Run(
                CharType.LETTER,
                CharType.FULLWIDTH_LETTER,
                WordType.STRING,
                WordType.FULLWIDTH_STRING,
                Utility.STRING_CHAR_ARRAY);
        static final Run DIGITS = new Run(
                CharType.DIGIT,
                CharType.FULLWIDTH_DIGIT,
                WordType.NUMBER,
                WordType.FULLWIDTH_NUMBER,
                Utility.NUMBER_CHAR_ARRAY);
    }

    /** The {@code run} starting at {@code i} as one candidate of frequency {@code frequency}; returns its end. */
    private int addRun(int i, int length, Run run, int frequency) {
        boolean full = false;
        int j = i;
        while (j < length && (typeAt(j) == run.type() || typeAt(j) == run.fullWidthType())) {
            full |= typeAt(j) == run.fullWidthType();
            j++;
        }
        add(i, j, full ? run.fullWidthWordType() : run.wordType(), frequency, run.standIn());
        return j;
    }

    private void grow() {
        int n = start.length * 2;
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
        wordType = Arrays.copyOf(wordType, n);
        frequency = Arrays.copyOf(frequency, n);
        standIn = Arrays.copyOf(standIn, n);
        pairHashFrom = Arrays.copyOf(pairHashFrom, n);
    }
}
