package org.kpi4j.io;

import java.io.IOException;
import java.io.InputStream;
import org.kpi4j.KpiDataException;

/**
 * The record splitter under {@link CsvCursor}: a window of UTF-8 bytes read from a stream, refilled
 * and grown as records need, and the two parsers that find each record's fields in it, as offsets
 * (a quoted field's unescaped bytes go to a scratch array). The common record (unquoted fields, LF
 * line ends) is read a word at a time; anything else, byte by byte. {@link CsvCursor} adds the
 * access to the fields; it extends this class rather than holding one, so that the ingest loops read
 * the window and the bounds as fields of the cursor itself, as they did when both were one class.
 *
 * <p>Handles quoted fields (commas, line breaks and doubled quotes inside), CRLF or LF line ends, a
 * leading byte-order mark, a last line without a line end, and blank lines (skipped). Unquoted fields
 * are trimmed of spaces and tabs, as {@link FactsCsv} does. Line numbers are 1-based and count every
 * line break, so a record's line is the one its first field is on.
 */
abstract class CsvSplitter {

    /** Reads a little-endian long at any byte offset (the word-at-a-time parser and {@link CsvCursor#word}). */
    static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    private final InputStream in;
    final String source;
    private final int maxRecord;
    private final boolean words;
    // the window and the current record's fields, read by CsvCursor
    byte[] buf;
    private int pos;
    private int lim;
    private boolean eof;
    private boolean started;
    private int line = 1;
    int recordLine;

    byte[] scratch = new byte[64];
    private int scratchLen;
    int count;
    int[] start = new int[16];
    int[] end = new int[16];
    boolean[] inScratch = new boolean[16];

    CsvSplitter(InputStream in, String source, int window, int maxRecord, boolean words) {
        this.in = in;
        this.source = source;
        this.buf = new byte[Math.max(window, 4)];
        this.maxRecord = maxRecord;
        this.words = words;
    }

    /**
     * Advances to the next record, skipping blank lines.
     *
     * @return false at the end of the input
     * @throws IOException if the reader fails
     * @throws KpiDataException on a quote that is never closed or text after a closing quote
     */
    final boolean next() throws IOException {
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
    private static final long HIGH = 0x8080808080808080L;

    /** The high bit of each byte of x that is zero, and no other bit (exact, unlike the borrow trick). */
    private static long zeros(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }

    /**
     * The index (0..7) of the lowest byte whose high bit is set in {@code m}, a mask from {@link #zeros}
     * (high bits only, not 0): that bit isolated, moved to the byte's low bit, times 0x0001020304050607
     * puts the index in the top byte. {@code Long.numberOfTrailingZeros(m) >>> 3}, without the call C1,
     * the compiler {@code ./kpi} runs with, makes of it (12% of a 10M-row read).
     */
    static int firstByte(long m) {
        return (int) ((((m & -m) >>> 7) * 0x0001020304050607L) >>> 56);
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
            long lf = 0;
            long upto = -1L; // the bytes up to the first LF: all of them when there is none
            if (((w - 0x23 * ONES) & ~w & HIGH) != 0) {
                // some byte below '#' (0x23); none means no LF, CR, quote, space, tab or other control
                // byte, so the word holds at most commas and the checks below have nothing to find
                lf = zeros(w ^ ('\n' * ONES));
                upto = lf == 0 ? -1L : lf ^ (lf - 1);
                if (((zeros(w ^ ('"' * ONES)) | zeros(w ^ ('\r' * ONES))) & upto) != 0) {
                    return false;
                }
            }
            for (long c = zeros(w ^ (',' * ONES)) & upto; c != 0; c &= c - 1) {
                int at = p + firstByte(c);
                if (!fastField(f++, fieldStart, at)) {
                    return false;
                }
                fieldStart = at + 1;
            }
            if (lf != 0) {
                int at = p + firstByte(lf);
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
}
