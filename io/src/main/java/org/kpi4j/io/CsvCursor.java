package org.kpi4j.io;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.kpi4j.KpiDataException;

/**
 * An RFC 4180 record reader over a window of UTF-8 bytes, for the panel-scale ingest path: a record's
 * fields are offsets into the window (a quoted field's unescaped bytes go to a scratch array), so
 * reading a row allocates nothing and decodes nothing. Jackson's CSV decoder, which {@link FactsCsv}
 * uses, decodes every byte and makes a {@code String} per field; at a million rows that alone costs
 * more than the rest of the ingest. The CSV delimiters are ASCII, which never occurs inside a UTF-8
 * multi-byte sequence, so splitting bytes is splitting characters; a field becomes text (checked to
 * be valid UTF-8) only when asked for.
 *
 * <p>{@link CsvSplitter} finds the records and their fields ({@link #next()}: quoting, line ends, a
 * byte-order mark, blank lines, line numbers); this class reads a field: as bytes, as text, as a
 * hash, or as words for {@link PanelLoader}'s caches.
 */
final class CsvCursor extends CsvSplitter {

    /** The longest record, in bytes: a window grows to hold one record, never past this. */
    static final int MAX_RECORD = 64 << 20;

    CsvCursor(InputStream in, String source) {
        this(in, source, 1 << 16);
    }

    /** A small window (tests use a few characters) exercises the refill and growth paths. */
    CsvCursor(InputStream in, String source, int window) {
        this(in, source, window, MAX_RECORD, true);
    }

    /** A small limit on a record's length lets a test reach it without a 64 MB file. */
    CsvCursor(InputStream in, String source, int window, int maxRecord) {
        this(in, source, window, maxRecord, true);
    }

    /** With {@code words} false every record takes the byte-by-byte path (tests compare the two). */
    CsvCursor(InputStream in, String source, int window, boolean words) {
        this(in, source, window, MAX_RECORD, words);
    }

    private CsvCursor(InputStream in, String source, int window, int maxRecord, boolean words) {
        super(in, source, window, maxRecord, words);
    }

    /** @return the line the current record starts on */
    int line() {
        return recordLine;
    }

    /** @return the number of fields in the current record */
    int fields() {
        return count;
    }

    // ---- field access ----

    /** @return the field's bytes (the window or the scratch array); valid until next() */
    byte[] bytes(int field) {
        return inScratch[field] ? scratch : buf;
    }

    int start(int field) {
        return start[field];
    }

    int end(int field) {
        return end[field];
    }

    boolean isEmpty(int field) {
        return end[field] == start[field];
    }

    /**
     * Returns the field as text, trimmed.
     *
     * @throws KpiDataException if the bytes are not UTF-8
     */
    String text(int field) {
        byte[] a = bytes(field);
        int s = start[field];
        int n = end[field] - s;
        boolean ascii = true;
        for (int i = s; i < s + n; i++) {
            if (a[i] < 0) {
                ascii = false;
                break;
            }
        }
        String t;
        if (ascii) {
            t = new String(a, s, n, StandardCharsets.ISO_8859_1);
        } else {
            t = new String(a, s, n, StandardCharsets.UTF_8);
        }
        if (!ascii && t.indexOf('\uFFFD') >= 0) { // a replacement: malformed bytes, or a real U+FFFD
            try {
                t = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(a, s, n)).toString();
            } catch (CharacterCodingException e) {
                throw KpiDataException.at(source, recordLine, null, null, "the file is not UTF-8 text", e);
            }
        }
        return t.strip(); // unquoted fields lose spaces and tabs in the cursor; every field loses all white space here
    }

    /**
     * Checks that a field is UTF-8 text, as {@link #text(int)} would, without making a string of
     * ASCII: a reader that skips a column still rejects a file whose bytes there are not text.
     *
     * @throws KpiDataException if the bytes are not UTF-8
     */
    void requireText(int field) {
        byte[] a = bytes(field);
        for (int i = start[field], e = end[field]; i < e; i++) {
            if (a[i] < 0) {
                text(field);
                return;
            }
        }
    }

    /** @return true if the field is empty or white space only, as {@link #text(int)} would strip it to nothing */
    boolean isBlank(int field) {
        int s = start[field];
        int e = end[field];
        if (s == e) {
            return true;
        }
        byte[] a = bytes(field);
        if (a[s] > ' ' || a[e - 1] > ' ') {
            return false; // an ASCII character that is not white space (bytes of U+0080 and up are negative)
        }
        int lead = a[s] & 0xFF;
        if (lead >= 0xC3 && lead <= 0xF4 && lead != 0xE1 && lead != 0xE2 && lead != 0xE3) {
            // the first byte of a character that is no white space: above U+007F, Character.isWhitespace
            // (and so String.strip) takes only U+1680 (E1 ..), U+2000..U+205F (E2 ..) and U+3000 (E3 ..);
            // C2 (U+0080..U+00BF, none of them white space) is left to the slow path too, to be safe;
            // so 万元 is not blank without being decoded
            return false;
        }
        return text(field).isEmpty();
    }

    /** @return true if the field's bytes equal {@code k} */
    boolean is(int field, byte[] k) {
        int s = start[field];
        int n = end[field] - s;
        return k != null && k.length == n && java.util.Arrays.equals(bytes(field), s, s + n, k, 0, n);
    }

    /** @return a hash of the field's bytes, equal to {@link #hash(byte[])} of a copy */
    int hash(int field) {
        byte[] a = bytes(field);
        int h = 0;
        for (int i = start[field], e = end[field]; i < e; i++) {
            h = 31 * h + a[i];
        }
        return h;
    }

    /** @return the bytes of the field, a copy */
    byte[] copy(int field) {
        return java.util.Arrays.copyOfRange(bytes(field), start[field], end[field]);
    }

    static int hash(byte[] k) {
        int h = 0;
        for (byte b : k) {
            h = 31 * h + b;
        }
        return h;
    }

    // ---- short fields and spans as words, for PanelLoader's caches ----

    /** @return the length of the field in bytes */
    int length(int field) {
        return end[field] - start[field];
    }

    /**
     * Returns a field of at most 8 bytes as one little-endian word (its bytes, zeros above), so that
     * comparing two such fields of the same length is comparing two longs.
     */
    long word(int field) {
        return word(bytes(field), start[field], end[field] - start[field]);
    }

    /** Bytes {@code a[s..s + n)}, n ≤ 8, as a little-endian word with zeros above. */
    static long word(byte[] a, int s, int n) {
        if (s + 8 <= a.length) {
            long w = (long) LONGS.get(a, s);
            return n == 8 ? w : w & ((1L << (n << 3)) - 1);
        }
        long w = 0;
        for (int i = n - 1; i >= 0; i--) {
            w = w << 8 | (a[s + i] & 0xFF);
        }
        return w;
    }

    /** @return true if none of the fields {@code first..last} was quoted (so all lie in the window) */
    boolean unquoted(int first, int last) {
        for (int f = first; f <= last; f++) {
            if (inScratch[f]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the bytes from the start of field {@code first} to the end of {@code last} as words
     * ({@link #word(byte[], int, int)} of each 8 bytes), the length first.
     */
    long[] span(int first, int last) {
        int s = start[first];
        int n = end[last] - s;
        long[] w = new long[1 + (n + 7) / 8];
        w[0] = n;
        for (int i = 0; i < n; i += 8) {
            w[1 + i / 8] = word(buf, s + i, Math.min(8, n - i));
        }
        return w;
    }

    /** @return true if the bytes from the start of field {@code first} to the end of {@code last} are {@code span} */
    boolean spanIs(int first, int last, long[] span) {
        int s = start[first];
        int n = end[last] - s;
        if (n != span[0]) {
            return false;
        }
        for (int i = 0, k = 1; i < n; i += 8, k++) {
            if (word(buf, s + i, Math.min(8, n - i)) != span[k]) {
                return false;
            }
        }
        return true;
    }
}
