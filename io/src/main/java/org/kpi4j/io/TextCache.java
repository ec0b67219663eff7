package org.kpi4j.io;

import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import org.kpi4j.KpiDataException;

/**
 * Parsed values of a column's few distinct texts (periods, units, bases, dates), looked up by the
 * field's bytes, so that a repeated text costs a compare and never a string. Each entry remembers the
 * one that followed it last time: in a file sorted by series a period is followed by the next
 * quarter, so {@link #successors} caches try that first and a row costs one compare, not a hash and a
 * probe; the other caches try the previous row's text first (a unit or a basis repeats).
 */
final class TextCache<V> {

    private final boolean successors;
    // entries in the order first seen
    private byte[][] keys = new byte[16][];
    private long[] words = new long[16]; // a key of at most 8 bytes as CsvCursor.word gives it
    private Object[] values = new Object[16];
    private int[] next = new int[16];
    private int size;
    // open addressing over the entries: index + 1, 0 for empty
    private int[] table = new int[64];
    private int last = -1;

    /** @param successors true to try first the entry that followed the previous row's last time */
    TextCache(boolean successors) {
        this.successors = successors;
    }

    /** Whether entry k holds the field: by one word for a short field, else byte by byte. */
    private boolean matches(int k, CsvCursor c, int field, int length, long word) {
        byte[] key = keys[k];
        return key.length == length && (length <= 8 ? words[k] == word : c.is(field, key));
    }

    @SuppressWarnings("unchecked")
    V get(CsvCursor c, int field, Function<String, V> parser, String source, int line, String column) {
        int length = c.length(field);
        long word = length <= 8 ? c.word(field) : 0;
        int l = last;
        if (l >= 0) {
            int n = next[l];
            if (successors && n >= 0 && matches(n, c, field, length, word)) {
                last = n;
                return (V) values[n];
            }
            if (matches(l, c, field, length, word)) {
                return (V) values[l];
            }
            if (!successors && n >= 0 && matches(n, c, field, length, word)) {
                last = n;
                return (V) values[n];
            }
        }
        int mask = table.length - 1;
        int i = c.hash(field) & mask;
        int e;
        while ((e = table[i]) != 0) {
            if (matches(e - 1, c, field, length, word)) {
                return (V) values[follow(e - 1)];
            }
            i = (i + 1) & mask;
        }
        String text = c.text(field);
        if (text.isEmpty()) {
            throw KpiDataException.at(source, line, column, "", column + " is empty; every row needs one");
        }
        V v;
        try {
            v = parser.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException ex) {
            throw KpiDataException.at(source, line, column, text, ex.getMessage(), ex);
        }
        int k = put(c.copy(field), v);
        return (V) values[follow(k)];
    }

    /** Makes entry k the last one, as the successor of the one before. */
    private int follow(int k) {
        if (last >= 0) {
            next[last] = k;
        }
        last = k;
        return k;
    }

    private int put(byte[] key, Object v) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            words = Arrays.copyOf(words, size * 2);
            values = Arrays.copyOf(values, size * 2);
            next = Arrays.copyOf(next, size * 2);
        }
        int k = size++;
        keys[k] = key;
        words[k] = key.length <= 8 ? CsvCursor.word(key, 0, key.length) : 0;
        values[k] = v;
        next[k] = -1;
        if (2 * size > table.length) {
            table = new int[table.length * 2];
            for (int j = 0; j < size - 1; j++) {
                insert(j);
            }
        }
        insert(k);
        return k;
    }

    private void insert(int k) {
        int mask = table.length - 1;
        int i = CsvCursor.hash(keys[k]) & mask;
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = k + 1;
    }
}
