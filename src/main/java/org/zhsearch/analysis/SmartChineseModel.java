package org.zhsearch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.cn.smart.Utility;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;

/**
 * SmartChinese's model — its word dictionary, its word-pair table and its character classes — read from the data
 * files in Lucene's smartcn jar and laid out for {@link WordLattice}: {@link WordTable}, {@link BigramTable} and a
 * class per char. The same data SmartChinese reads, so the same words; only the lookups are ours. Read once per
 * process (about 6 MB of serialized arrays), immutable, shared by every tokenizer.
 */
final class SmartChineseModel {
    private static final String WORDS = "coredict.mem";

    private static final String PAIRS = "bigramdict.mem";

    final WordTable words;
    final BigramTable pairs;
    /** {@link Utility#getCharType} of every char. */
    final byte[] charTypes = new byte[Character.MAX_VALUE + 1];
    /** The frequencies of SmartChinese's stand-ins for a Latin run, a digit run, a sentence's start and end. */
    final int stringFrequency;

    final int numberFrequency;
    final int startFrequency;
    final int endFrequency;

    private SmartChineseModel() {
        try {
            words = readWords();
            pairs = readPairs();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SmartChinese's dictionaries from its jar", e);
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            charTypes[c] = (byte) Utility.getCharType((char) c);
        }
        stringFrequency = words.frequency(Utility.STRING_CHAR_ARRAY);
        numberFrequency = words.frequency(Utility.NUMBER_CHAR_ARRAY);
        startFrequency = words.frequency(Utility.START_CHAR_ARRAY);
        endFrequency = words.frequency(Utility.END_CHAR_ARRAY);
    }

    /** The model, read on first use. */
    static SmartChineseModel get() {
        return Holder.MODEL;
    }

    private static final class Holder {
        static final SmartChineseModel MODEL = new SmartChineseModel();
    }

    /**
     * The word dictionary: per first character (its slot in a char hash table), the rest of each word, sorted, with
     * its frequency; a null or empty rest is the character alone.
     */
    private static WordTable readWords() throws IOException {
        try (ObjectInputStream in = open(WORDS)) {
            short[] tableOfSlot = (short[]) in.readObject();
            char[] charOfSlot = (char[]) in.readObject();
            char[][][] rests = (char[][][]) in.readObject();
            int[][] frequencies = (int[][]) in.readObject();
            int chars = 0; // every word's chars: at most one key each, a size for the table
            for (char[][] restsOfChar : rests) {
                for (char[] rest : restsOfChar == null ? new char[0][] : restsOfChar) {
                    chars += 1 + (rest == null ? 0 : rest.length);
                }
            }
            WordTable table = new WordTable(chars);
            char[] word = new char[Byte.MAX_VALUE];
            for (int slot = 0; slot < charOfSlot.length; slot++) {
                if (charOfSlot[slot] == 0 || tableOfSlot[slot] < 0 || rests[tableOfSlot[slot]] == null) {
                    continue;
                }
                char[][] restsOfChar = rests[tableOfSlot[slot]];
                int[] frequencyOfRest = frequencies[tableOfSlot[slot]];
                word[0] = charOfSlot[slot];
                for (int i = 0; i < restsOfChar.length; i++) {
                    char[] rest = restsOfChar[i];
                    int length = 1 + (rest == null ? 0 : rest.length);
                    if (rest != null) {
                        System.arraycopy(rest, 0, word, 1, rest.length);
                    }
                    table.addWord(word, length, frequencyOfRest[i]);
                }
            }
            return table;
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException(WORDS + ": not SmartChinese's word dictionary", e);
        }
    }

    /** The pair table: the hashes of the pairs it holds (0 in a free slot) and their frequencies. */
    private static BigramTable readPairs() throws IOException {
        try (ObjectInputStream in = open(PAIRS)) {
            long[] keys = (long[]) in.readObject();
            int[] frequencies = (int[]) in.readObject();
            int pairs = 0;
            for (long key : keys) {
                pairs += key != 0 ? 1 : 0;
            }
            BigramTable table = new BigramTable(pairs);
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] != 0) {
                    table.put(keys[i], frequencies[i]);
                }
            }
            return table;
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException(PAIRS + ": not SmartChinese's pair table", e);
        }
    }

    /** One of smartcn's data files, beside its segmenter's class, read as arrays of primitives and nothing else. */
    private static ObjectInputStream open(String name) throws IOException {
        InputStream data = HHMMSegmenter.class.getResourceAsStream(name);
        if (data == null) {
            throw new IOException(name + " is not in the smartcn jar");
        }
        ObjectInputStream in = new ObjectInputStream(data);
        in.setObjectInputFilter(info -> {
            Class<?> type = info.serialClass();
            while (type != null && type.isArray()) {
                type = type.getComponentType();
            }
            return type == null
                    ? ObjectInputFilter.Status.UNDECIDED
                    : type.isPrimitive() ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
        });
        return in;
    }
}
