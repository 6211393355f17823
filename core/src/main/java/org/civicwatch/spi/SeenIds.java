package org.civicwatch.spi;

/**
 * The record ids a reader has seen, to find a duplicate id in a stream of any length with about 22 bytes
 * an id, whatever the id's length: each id is kept as a 64-bit hash, beside a number the reader chooses
 * (where the id was first seen), in arrays of primitives that grow in pieces, so that no copy of the whole
 * set is ever made but of a small index.
 *
 * <pre>{@code
 * SeenIds seen = new SeenIds();
 * long first = seen.add(record.id(), recordNumber);
 * if (first != SeenIds.NEW) {
 *     // a duplicate: the id was first seen at record 'first'
 * }
 * }</pre>
 *
 * <p>Two different ids are taken for the same one only if their 64-bit hashes are equal: for a million ids,
 * about once in 36 million such reads, and never for two ids of one length that differ in one character (the
 * hash mixes each character in with a bijective step). Not thread-safe: one set belongs to one read.
 */
public final class SeenIds {
    /** What {@link #add} returns for an id not seen before. */
    public static final long NEW = -1;

    private static final int CHUNK_BITS = 14;
    private static final int CHUNK = 1 << CHUNK_BITS;

    /** Hashes and tags by entry number, in chunks so that growing never copies them. */
    private long[][] hashes = new long[4][];
    private long[][] tags = new long[4][];
    /** Open addressing, linear probing: entry number + 1, 0 for a free slot. */
    private int[] slots = new int[1024];
    private int size;

    /**
     * Adds an id unless it was seen before.
     *
     * @param id the id
     * @param tag what to keep with it, for a later duplicate to name (a record number, a line); at least 0
     * @return {@link #NEW} when the id is new, else the tag it was first added with
     * @throws IllegalArgumentException if the tag is negative
     * @throws IllegalStateException past 2^31 - 1 ids
     */
    public long add(CharSequence id, long tag) {
        if (tag < 0) {
            throw new IllegalArgumentException("a tag is at least 0, got " + tag);
        }
        long h = hash(id);
        long seen = find(h);
        if (seen != NEW) {
            return seen;
        }
        if (size == Integer.MAX_VALUE - 1) {
            throw new IllegalStateException("more than " + (Integer.MAX_VALUE - 1) + " ids");
        }
        int n = size++;
        int chunk = n >>> CHUNK_BITS;
        if (chunk == hashes.length) {
            hashes = java.util.Arrays.copyOf(hashes, chunk * 2);
            tags = java.util.Arrays.copyOf(tags, chunk * 2);
        }
        if (hashes[chunk] == null) {
            hashes[chunk] = new long[CHUNK];
            tags[chunk] = new long[CHUNK];
        }
        hashes[chunk][n & CHUNK - 1] = h;
        tags[chunk][n & CHUNK - 1] = tag;
        // At most three quarters full, so that a probe finds a free slot in a few steps.
        if ((long) size * 4 > (long) slots.length * 3) {
            grow();
        } else {
            place(slots, h, n + 1);
        }
        return NEW;
    }

    /**
     * {@return the tag an id was added with, or {@link #NEW} when it was not}
     *
     * @param id the id
     */
    public long tagOf(CharSequence id) {
        return find(hash(id));
    }

    private long find(long h) {
        int mask = slots.length - 1;
        for (int i = (int) (h ^ h >>> 32) & mask; ; i = i + 1 & mask) {
            int entry = slots[i];
            if (entry == 0) {
                return NEW;
            }
            if (hashes[(entry - 1) >>> CHUNK_BITS][(entry - 1) & CHUNK - 1] == h) {
                return tags[(entry - 1) >>> CHUNK_BITS][(entry - 1) & CHUNK - 1];
            }
        }
    }

    /** {@return how many different ids were added} */
    public int size() {
        return size;
    }

    private void grow() {
        int[] bigger = new int[slots.length * 2];
        for (int n = 0; n < size; n++) {
            place(bigger, hashes[n >>> CHUNK_BITS][n & CHUNK - 1], n + 1);
        }
        slots = bigger;
    }

    private static void place(int[] table, long h, int entry) {
        int mask = table.length - 1;
        int i = (int) (h ^ h >>> 32) & mask;
        while (table[i] != 0) {
            i = i + 1 & mask;
        }
        table[i] = entry;
    }

    /**
     * A 64-bit hash of the characters: each is mixed in by a multiplication by an odd number and a
     * rotation (both bijective), the length last, then MurmurHash3's finalizer spreads the bits.
     */
    static long hash(CharSequence s) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0, n = s.length(); i < n; i++) {
            h = Long.rotateLeft((h ^ s.charAt(i)) * 0xBF58476D1CE4E5B9L, 31);
        }
        h ^= s.length();
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB93FE1A85EC5L;
        h ^= h >>> 33;
        return h;
    }
}
