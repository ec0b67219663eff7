package org.kpi4j.io;

import java.io.IOException;
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
 * <p>Handles quoted fields (commas, line breaks and doubled quotes inside), CRLF or LF line ends, a
 * leading byte-order mark, a last line without a line end, and blank lines (skipped). Unquoted fields
 * are trimmed of spaces and tabs, as {@link FactsCsv} does. Line numbers are 1-based and count every
 * line break, so a record's line is the one its first field is on.
 */
final class CsvCursor {

    /** The longest record, in bytes: a window grows to hold one record, never past this. */
    static final int MAX_RECORD = 64 << 20;

    private final InputStream in;
    private final String source;
    private final int maxRecord;
    private final boolean words;
    private byte[] buf;
    private int pos;
    private int lim;
    private boolean eof;
    private boolean started;
    private int line = 1;
    private int recordLine;

    private byte[] scratch = new byte[64];
    private int scratchLen;
    private int count;
    private int[] start = new int[16];
    private int[] end = new int[16];
    private boolean[] inScratch = new boolean[16];

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
        this.in = in;
        this.source = source;
        this.buf = new byte[Math.max(window, 4)];
        this.maxRecord = maxRecord;
        this.words = words;
    }

    /** @return the line the current record starts on */
    int line() {
        return recordLine;
    }

    /** @return the number of fields in the current record */
    int fields() {
        return count;
    }

    /**
     * Advances to the next record, skipping blank lines.
     *
     * @return false at the end of the input
     * @throws IOException if the reader fails
     * @throws KpiDataException on a quote that is never closed or text after a closing quote
     */
    boolean next() throws IOException {
        if (!started) {
            started = true;
            fill();
            if (lim >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
                pos = 3;
            }
        }
        if (words && parseFast()) {
            return true;
        }
        while (true) {
            int recordStart = pos;
            int startLine = line;
            int r = parse();
            if (r == 1) {
                return true;
            }
            if (r == 0) {
                return false;
            }
            // r == -1: the record runs past the window; keep it, read more, parse it again
            pos = recordStart;
            line = startLine;
            if (eof) {
                throw KpiDataException.at(source, startLine, null, null,
                        "malformed CSV: a quoted value is never closed");
            }
            compactAndFill();
        }
    }

    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    /** The high bit of each byte of x that is zero, and no other bit (exact, unlike the borrow trick). */
    private static long zeros(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    /**
     * The common record, read a word at a time: unquoted fields without leading or trailing blanks,
     * no CR, ending in LF inside the window. Commas and the LF are found 8 bytes at a time (SWAR), so
     * a field costs a few bit operations rather than three compares per byte. Returns false, having
     * changed nothing, for anything else, which {@link #parse()} then reads.
     */
    private boolean parseFast() {
        int p = pos;
        if (p >= lim) {
            return false;
        }
        byte b0 = buf[p];
        if (b0 == '\n' || b0 == '\r' || b0 == ' ' || b0 == '\t' || b0 == '"') {
            return false; // a blank line or a quoted or padded first field
        }
        int f = 0;
        int fieldStart = p;
        while (p + 8 <= lim) {
            long w = (long) LONGS.get(buf, p);
            long lf = zeros(w ^ ('\n' * ONES));
            long upto = lf == 0 ? -1L : lf ^ (lf - 1); // the bytes up to the first LF
            if (((zeros(w ^ ('"' * ONES)) | zeros(w ^ ('\r' * ONES))) & upto) != 0) {
                return false;
            }
            for (long c = zeros(w ^ (',' * ONES)) & upto; c != 0; c &= c - 1) {
                int at = p + (Long.numberOfTrailingZeros(c) >>> 3);
                if (!fastField(f++, fieldStart, at)) {
                    return false;
                }
                fieldStart = at + 1;
            }
            if (lf != 0) {
                int at = p + (Long.numberOfTrailingZeros(lf) >>> 3);
                if (!fastField(f++, fieldStart, at)) {
                    return false;
                }
                count = f;
                scratchLen = 0;
                recordLine = line++;
                pos = at + 1;
                return true;
            }
            p += 8;
        }
        return false;
    }

    /** Records field f as buf[s..e) unless it starts or ends with a blank (parse() trims those). */
    private boolean fastField(int f, int s, int e) {
        if (e > s) {
            byte first = buf[s];
            byte last = buf[e - 1];
            if (first == ' ' || first == '\t' || last == ' ' || last == '\t') {
                return false;
            }
        }
        if (f >= start.length) {
            ensureFields(f + 1);
        }
        start[f] = s;
        end[f] = e;
        inScratch[f] = false;
        return true;
    }

    /** @return 1 for a record, 0 at the end, -1 if the window ends inside the record */
    private int parse() {
        int p = pos;
        // skip blank lines
        while (true) {
            int q = p;
            while (q < lim && (buf[q] == ' ' || buf[q] == '\t')) {
                q++;
            }
            if (q >= lim) {
                if (!eof) {
                    return -1;
                }
                pos = q;
                return 0;
            }
            byte c = buf[q];
            if (c == '\n') {
                line++;
                p = q + 1;
            } else if (c == '\r') {
                if (q + 1 >= lim && !eof) {
                    return -1;
                }
                line++;
                p = q + 1 < lim && buf[q + 1] == '\n' ? q + 2 : q + 1;
            } else {
                break;
            }
            pos = p;
        }
        recordLine = line;
        count = 0;
        scratchLen = 0;
        while (true) {
            int f = count;
            ensureFields(f + 1);
            // leading spaces before a field (a quote may follow them)
            int q = p;
            while (q < lim && (buf[q] == ' ' || buf[q] == '\t')) {
                q++;
            }
            if (q < lim && buf[q] == '"') {
                p = q + 1;
                int s0 = scratchLen;
                int segment = p;
                while (true) {
                    if (p >= lim) {
                        return -1;
                    }
                    byte c = buf[p];
                    if (c == '"') {
                        if (p + 1 >= lim && !eof) {
                            return -1;
                        }
                        appendScratch(segment, p);
                        if (p + 1 < lim && buf[p + 1] == '"') {
                            appendScratch((byte) '"');
                            p += 2;
                            segment = p;
                            continue;
                        }
                        p++;
                        break;
                    }
                    if (c == '\n') {
                        line++;
                    } else if (c == '\r' && !(p + 1 < lim && buf[p + 1] == '\n')) {
                        if (p + 1 >= lim && !eof) {
                            return -1;
                        }
                        line++;
                    }
                    p++;
                }
                start[f] = s0;
                end[f] = scratchLen;
                inScratch[f] = true;
                while (p < lim && (buf[p] == ' ' || buf[p] == '\t')) {
                    p++;
                }
                if (p < lim && buf[p] != ',' && buf[p] != '\n' && buf[p] != '\r') {
                    throw KpiDataException.at(source, line, null, null, "malformed CSV: unexpected character '"
                            + (char) (buf[p] & 0xFF) + "' after a closing quote; a quote inside a quoted value is written \"\"");
                }
            } else {
                int s = q;
                while (q < lim) {
                    byte c = buf[q];
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    q++;
                }
                if (q >= lim && !eof) {
                    return -1;
                }
                p = q;
                int e = q;
                while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t')) {
                    e--;
                }
                start[f] = s;
                end[f] = e;
                inScratch[f] = false;
            }
            count = f + 1;
            if (p >= lim) {
                if (!eof) {
                    return -1;
                }
                pos = p;
                return 1;
            }
            byte c = buf[p];
            if (c == ',') {
                p++;
                continue;
            }
            if (c == '\r') {
                if (p + 1 >= lim && !eof) {
                    return -1;
                }
                p = p + 1 < lim && buf[p + 1] == '\n' ? p + 2 : p + 1;
            } else {
                p++;
            }
            line++;
            pos = p;
            return 1;
        }
    }

    private void appendScratch(int from, int to) {
        int n = to - from;
        if (scratchLen + n > scratch.length) {
            scratch = java.util.Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchLen + n));
        }
        System.arraycopy(buf, from, scratch, scratchLen, n);
        scratchLen += n;
    }

    private void appendScratch(byte c) {
        if (scratchLen + 1 > scratch.length) {
            scratch = java.util.Arrays.copyOf(scratch, scratch.length * 2);
        }
        scratch[scratchLen++] = c;
    }

    private void ensureFields(int n) {
        if (n > start.length) {
            start = java.util.Arrays.copyOf(start, n * 2);
            end = java.util.Arrays.copyOf(end, n * 2);
            inScratch = java.util.Arrays.copyOf(inScratch, n * 2);
        }
    }

    private void fill() throws IOException {
        while (lim < buf.length) {
            int n = in.read(buf, lim, buf.length - lim);
            if (n < 0) {
                eof = true;
                return;
            }
            lim += n;
        }
    }

    private void compactAndFill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
        } else { // one record fills the window
            if (buf.length >= maxRecord) {
                throw KpiDataException.at(source, line, null, null, "a record longer than " + (maxRecord >= 1 << 20
                        ? (maxRecord >> 20) + " MB" : (maxRecord >> 10) + " KB") + "; no row of tidy facts is that long "
                        + "(is a quote left open, or is this not CSV?)");
            }
            buf = java.util.Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, maxRecord));
        }
        fill();
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
        if (a[s] > ' ' && a[e - 1] > ' ') {
            return false; // ASCII that is not white space at both ends (bytes of U+0080 and up are negative)
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

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

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
