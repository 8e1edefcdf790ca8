package org.zhsearch.analysis;

/**
 * SmartChinese's word-pair frequencies, keyed as its own table keys them (the 64-bit FNV-1 hash of
 * {@code first + '@' + second}, read two bytes per char, see {@link #start} and {@link #extend}), in a table with one
 * probe or two per lookup. SmartChinese's own table is 82 % full and probes with a second hash that falls in 0–288,
 * so a pair it does not hold can take a long walk to be found missing. Immutable once built.
 */
final class BigramTable {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 1099511628211L;

    private final int shift;
    private final long[] keys;
    private final int[] frequencies;

    /** A table with room for {@code pairs} pairs. */
    BigramTable(int pairs) {
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(16, pairs * 3L) - 1);
        shift = 64 - bits;
        keys = new long[1 << bits];
        frequencies = new int[1 << bits];
    }

    /** The hash of no chars. */
    static long start() {
        return FNV_OFFSET;
    }

    /** The hash of {@code hash}'s chars followed by {@code c}. */
    static long extend(long hash, char c) {
        hash = (hash ^ (c & 0xFF)) * FNV_PRIME;
        return (hash ^ (c >> 8)) * FNV_PRIME;
    }

    /** Records {@code frequency} for the pair whose hash is {@code key} (never 0: 0 marks a free slot). */
    void put(long key, int frequency) {
        int slot = slot(key);
        keys[slot] = key;
        frequencies[slot] = frequency;
    }

    /** The frequency of the pair whose hash is {@code key}, 0 when the table has none. */
    int frequency(long key) {
        int slot = slot(key);
        return keys[slot] == key ? frequencies[slot] : 0;
    }

    /** The slot holding {@code key}, else the free slot where it would go. */
    private int slot(long key) {
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
        while (keys[slot] != key && keys[slot] != 0) {
            slot = (slot + 1) & (keys.length - 1);
        }
        return slot;
    }
}
