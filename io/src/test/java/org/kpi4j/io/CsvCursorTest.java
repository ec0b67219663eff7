package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.kpi4j.KpiDataException;

class CsvCursorTest {

    /** Each record as "line:field|field|...". */
    static List<String> records(String csv, int window) throws IOException {
        CsvCursor c = new CsvCursor(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv", window);
        List<String> out = new ArrayList<>();
        while (c.next()) {
            StringBuilder sb = new StringBuilder().append(c.line()).append(':');
            for (int i = 0; i < c.fields(); i++) {
                sb.append(i == 0 ? "" : "|").append(c.text(i));
            }
            out.add(sb.toString());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 7, 64, 1 << 16})
    void readsRfc4180_atAnyWindowSize(int window) throws IOException {
        String csv = "\uFEFFentity,metric,value\r\n"
                + "acme, revenue ,\"1,234.5\"\r\n"
                + "\"say \"\"hi\"\"\",x,\"two\nlines\"\n"
                + "\n"
                + "  \n"
                + "深圳,净利润,-3\n"
                + "a,,\n"
                + "last,row,9";
        assertThat(records(csv, window)).containsExactly(
                "1:entity|metric|value",
                "2:acme|revenue|1,234.5",
                "3:say \"hi\"|x|two\nlines",
                "7:深圳|净利润|-3",
                "8:a||",
                "9:last|row|9");
    }

    @Test
    void aRecordLongerThanTheLimit_isAnError_notANegativeArraySize() {
        // a 2 GB field used to double the window past Integer.MAX_VALUE; the limit (64 MB) stops it first,
        // here 1 KB with a 3,000-byte field on line 2
        byte[] csv = ("a,b\n1,\"" + "x".repeat(3000) + "\"\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> {
            CsvCursor c = new CsvCursor(new ByteArrayInputStream(csv), "t.csv", 64, 1024);
            while (c.next()) {
                c.text(0);
            }
        }).isInstanceOf(KpiDataException.class).hasMessage("t.csv:2: a record longer than 1 KB; no row of tidy facts is "
                + "that long (is a quote left open, or is this not CSV?)");
        assertThat(CsvCursor.MAX_RECORD).isEqualTo(64 << 20);
    }

    @Test
    void isBlank_agreesWithStripOnEveryKindOfField() throws Exception {
        // Java's white space beyond ASCII (U+1680, U+2000..U+200A, U+2028, U+2029, U+205F, U+3000) and
        // characters that are none (万, é, U+00A0 the no-break space, U+FEFF), alone, padded and mixed
        String[] fields = {"", " ", "\t", "万元", " 万元", "万元 ", "\u3000", "\u3000万\u3000", "\u2003", "\u1680",
            "\u205f\u2028", "é", "\u00a0", "\ufeff", "\u0085", "x", "\u3000 \u2029", "\uD83D\uDE00"};
        for (String f : fields) {
            String csv = "a,b\n\"" + f + "\",1\n";
            CsvCursor c = new CsvCursor(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv");
            assertThat(c.next()).isTrue(); // the header
            assertThat(c.next()).isTrue();
            assertThat(c.isBlank(0)).as("'%s'", f).isEqualTo(f.strip().isEmpty());
        }
    }

    @Test
    void unclosedQuote_namesTheLineItStarts() {
        assertThatThrownBy(() -> records("a,b\n1,\"open\n2,3\n", 4))
                .isInstanceOf(KpiDataException.class)
                .hasMessageContaining("t.csv:2")
                .hasMessageContaining("never closed");
    }

    @Test
    void textAfterClosingQuote_isAnError() {
        assertThatThrownBy(() -> records("a,b\n\"x\"y,3\n", 64))
                .isInstanceOf(KpiDataException.class)
                .hasMessageContaining("t.csv:2")
                .hasMessageContaining("after a closing quote");
    }

    @Test
    void invalidUtf8_isReportedWhenTheFieldIsRead() {
        byte[] bad = {'a', ',', 'b', '\n', (byte) 0xC3, (byte) 0x28, ',', '1', '\n'};
        assertThatThrownBy(() -> {
            CsvCursor c = new CsvCursor(new ByteArrayInputStream(bad), "t.csv");
            c.next();
            c.next();
            c.text(0);
        }).isInstanceOf(KpiDataException.class).hasMessageContaining("t.csv:2").hasMessageContaining("not UTF-8");
    }

    /** Random fields written with RFC 4180 quoting read back the same, whatever the window. */
    @Test
    void randomQuotedRecords_roundTrip() throws IOException {
        SplittableRandom r = new SplittableRandom(7);
        String alphabet = "ab9 ,\"\n\r万";
        for (int round = 0; round < 200; round++) {
            int rows = 1 + r.nextInt(5);
            int cols = 1 + r.nextInt(4);
            StringBuilder csv = new StringBuilder();
            List<String> expected = new ArrayList<>();
            int line = 1;
            for (int i = 0; i < rows; i++) {
                StringBuilder rec = new StringBuilder().append(line).append(':');
                for (int j = 0; j < cols; j++) {
                    StringBuilder f = new StringBuilder();
                    int n = r.nextInt(6);
                    for (int k = 0; k < n; k++) {
                        f.append(alphabet.charAt(r.nextInt(alphabet.length())));
                    }
                    // leading/trailing spaces of a quoted value are trimmed as well; keep them out
                    String v = f.toString().strip();
                    if (cols == 1 && v.isEmpty()) {
                        v = "z"; // a lone empty field would be a blank line, which is skipped
                    }
                    csv.append(j == 0 ? "" : ",").append('"').append(v.replace("\"", "\"\"")).append('"');
                    rec.append(j == 0 ? "" : "|").append(v);
                    line += v.chars().filter(ch -> ch == '\n').count();
                    line += v.replace("\r\n", "\n").chars().filter(ch -> ch == '\r').count();
                }
                csv.append(r.nextBoolean() ? "\r\n" : "\n");
                line++;
                expected.add(rec.toString());
            }
            for (int window : new int[] {4, 9, 1 << 12}) {
                assertThat(records(csv.toString(), window)).as("round %d window %d: %s", round, window, csv)
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    /** Every record as records() gives it, read with or without the word-at-a-time path. */
    static List<String> records(byte[] csv, int window, boolean words) throws IOException {
        CsvCursor c = new CsvCursor(new ByteArrayInputStream(csv), "t.csv", window, words);
        List<String> out = new ArrayList<>();
        while (c.next()) {
            StringBuilder sb = new StringBuilder().append(c.line()).append(':');
            for (int i = 0; i < c.fields(); i++) {
                sb.append(i == 0 ? "" : "|").append(c.text(i)).append('@').append(c.length(i));
            }
            out.add(sb.toString());
        }
        return out;
    }

    /**
     * Random records mixing plain and quoted fields, blanks around fields, tabs, CR, blank lines,
     * long and multi-byte fields: the word-at-a-time path reads them as the byte-by-byte path does
     * (same fields, lengths and lines), at every window size.
     */
    @Test
    void wordAtATime_readsAsByteByByte() throws IOException {
        long seed = 20261203L;
        SplittableRandom r = new SplittableRandom(seed);
        String[] pieces = {"a", "E000123", "revenue", "2024Q3", "ytd", "61400.33", "万元", "-3.25", " ", "\t", ",", "\"",
            "\r", "\n", "x y", "0123456789abcdefghij", "净利润", ""};
        for (int round = 0; round < 3000; round++) {
            StringBuilder csv = new StringBuilder();
            int rows = 1 + r.nextInt(8);
            for (int i = 0; i < rows; i++) {
                int cols = 1 + r.nextInt(8);
                for (int j = 0; j < cols; j++) {
                    if (j > 0) {
                        csv.append(',');
                    }
                    if (r.nextInt(6) == 0) { // quoted, maybe with a comma, a quote or a line break inside
                        csv.append('"');
                        for (int k = r.nextInt(3); k >= 0; k--) {
                            String x = pieces[r.nextInt(pieces.length)];
                            csv.append(x.equals("\"") ? "\"\"" : x);
                        }
                        csv.append('"');
                    } else {
                        for (int k = r.nextInt(3); k >= 0; k--) {
                            String x = pieces[r.nextInt(pieces.length)];
                            if (!x.equals(",") && !x.equals("\"") && !x.equals("\n") && !x.equals("\r")) {
                                csv.append(x);
                            }
                        }
                    }
                }
                csv.append(r.nextInt(5) == 0 ? "\r\n" : r.nextInt(9) == 0 ? "\n\n" : "\n");
            }
            if (r.nextBoolean()) {
                csv.setLength(csv.length() - 1); // no line end after the last row
            }
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            for (int window : new int[] {4, 13, 64, 1 << 16}) {
                List<String> slow;
                try {
                    slow = records(bytes, window, false);
                } catch (KpiDataException e) {
                    String msg = e.getMessage();
                    assertThatThrownBy(() -> records(bytes, window, true)).as("seed %d round %d", seed, round)
                            .isInstanceOf(KpiDataException.class).hasMessage(msg);
                    continue;
                }
                assertThat(records(bytes, window, true)).as("seed %d round %d window %d: %s", seed, round, window, csv)
                        .containsExactlyElementsOf(slow);
            }
        }
    }

    @Test
    void firstByteIsTheIndexOfTheLowestMarkedByte() {
        // every mask of byte high bits: the lowest marked byte is where the first comma or LF is
        for (int bits = 1; bits < 256; bits++) {
            long m = 0;
            int lowest = -1;
            for (int k = 7; k >= 0; k--) {
                if ((bits & (1 << k)) != 0) {
                    m |= 0x80L << (8 * k);
                    lowest = k;
                }
            }
            assertThat(CsvSplitter.firstByte(m)).as("mask %016x", m).isEqualTo(lowest);
        }
    }
}
