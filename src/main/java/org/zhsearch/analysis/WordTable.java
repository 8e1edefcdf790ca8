package org.zhsearch.analysis;

import java.util.Arrays;

/**
 * SmartChinese's word dictionary as one open-addressing table of every word and every beginning of a word, with the
 * word's frequency: what {@link WordLattice} asks of it while walking a sentence one character at a time ("is this a
 * word, how frequent, and can a longer word start like this?") costs one probe, where SmartChinese's own dictionary
 * binary-searches a per-character list with a char-by-char comparison for each question. Built once from that
 * dictionary's data ({@link SmartChineseModel}); immutable.
 *
 * <p>Keys are hashed as they are read ({@link #extend}), so a caller walking forward keeps the hash of what it has
 * read and pays one multiply per character.
 */
final class WordTable {
    /** What {@link #slot} answers for a key the table does not hold. */
    static final int ABSENT = -1;

    private static final byte WORD = 1;

    private final int mask;
    private final int[] keyStart;
    private final byte[] keyLength;
    private final byte[] flags;
    private final int[] frequency;
    private char[] pool = new char[1 << 16];
    private int poolSize;

    /** A table sized for about {@code keys} words and beginnings of words. */
    WordTable(int keys) {
        int capacity = Integer.highestOneBit(Math.max(16, keys * 2) - 1) << 1; // at most half full
        mask = capacity - 1;
        keyStart = new int[capacity];
        Arrays.fill(keyStart, -1);
        keyLength = new byte[capacity];
        flags = new byte[capacity];
        frequency = new int[capacity];
    }

    /** The hash of a key that is {@code hash}'s key followed by {@code c}; the empty key's hash is 0. */
    static int extend(int hash, char c) {
        return hash * 31 + c;
    }

    /**
     * Adds the word {@code chars[0, length)} with its frequency (added to, as SmartChinese merges a word listed twice),
     * and each of its beginnings as a beginning.
     */
    void addWord(char[] chars, int length, int wordFrequency) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = extend(hash, chars[i]);
            int slot = insert(chars, i + 1, hash);
            if (i + 1 == length) {
                flags[slot] |= WORD;
                frequency[slot] += wordFrequency;
            }
        }
    }

    /** The slot of key {@code chars[0, length)} with hash {@code hash}, or {@link #ABSENT}. */
    int slot(char[] chars, int length, int hash) {
        for (int slot = spread(hash); ; slot = (slot + 1) & mask) {
            int start = keyStart[slot];
            if (start < 0) {
                return ABSENT;
            }
            if (keyLength[slot] == length && Arrays.equals(pool, start, start + length, chars, 0, length)) {
                return slot;
            }
        }
    }

    /** Whether the key in {@code slot} is a whole word (else only the beginning of longer ones). */
    boolean isWord(int slot) {
        return (flags[slot] & WORD) != 0;
    }

    /** The frequency of the word in {@code slot}. */
    int frequency(int slot) {
        return frequency[slot];
    }

    /** The frequency of word {@code word}, 0 when it is not one (as SmartChinese's dictionary answers). */
    int frequency(char[] word) {
        int hash = 0;
        for (char c : word) {
            hash = extend(hash, c);
        }
        return wordFrequency(slot(word, word.length, hash));
    }

    /** The frequency of the word in {@code slot}, 0 when the slot is {@link #ABSENT} or holds only a beginning. */
    int wordFrequency(int slot) {
        return slot == ABSENT || !isWord(slot) ? 0 : frequency[slot];
    }

    private int insert(char[] chars, int length, int hash) {
        int slot = slot(chars, length, hash);
        if (slot != ABSENT) {
            return slot;
        }
        if (length > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("word too long: " + length);
        }
        slot = spread(hash);
        while (keyStart[slot] >= 0) {
            slot = (slot + 1) & mask;
        }
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(chars, 0, pool, poolSize, length);
        keyStart[slot] = poolSize;
        keyLength[slot] = (byte) length;
        poolSize += length;
        return slot;
    }

    private int spread(int hash) {
        return (hash * 0x9E3779B9 >>> 7) & mask;
    }
}
