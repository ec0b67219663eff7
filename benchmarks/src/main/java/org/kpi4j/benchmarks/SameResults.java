package org.kpi4j.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks that tidy result CSVs ({@code entity,metric,segment,period,value,...}, rows in any order,
 * an empty segment written empty or {@code ""}) hold exactly the rows of a reference, each value the
 * same double to the bit. Prints one line per file and exits 1 if any differs.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.kpi4j.benchmarks.SameResults kpi4j.csv polars.csv duckdb.csv ...
 * </pre>
 */
public final class SameResults {

    private SameResults() {
    }

    /**
     * One file's rows as cells: series (numbered by key in order of appearance) × quarter ordinals
     * from the earliest, the value's bits and which cells are present.
     */
    private static final class Cells {
        final Map<String, Integer> series = new HashMap<>();
        long[] bits;
        final BitSet present = new BitSet();
        int firstQuarter;
        int quarters;
        long rows;
        double sumAbs;

        int cell(int s, int t) {
            return t < firstQuarter || t >= firstQuarter + quarters ? -1 : s * quarters + t - firstQuarter;
        }
    }

    /**
     * Compares each file after the first with the first.
     *
     * @param args the reference, then the files to check
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: SameResults REFERENCE.csv OTHER.csv...");
        }
        Cells ref = new Cells();
        read(Path.of(args[0]), ref, null, null);
        System.out.printf(Locale.ROOT, "%s: %,d rows, sum of |value| %.9g (reference)%n", args[0], ref.rows, ref.sumAbs);
        boolean ok = true;
        for (int i = 1; i < args.length; i++) {
            String verdict = check(Path.of(args[i]), ref);
            ok &= verdict.startsWith("same");
            System.out.println(args[i] + ": " + verdict);
        }
        System.exit(ok ? 0 : 1);
    }

    private static String check(Path file, Cells ref) throws IOException {
        Cells other = new Cells();
        String[] firstDiff = new String[1];
        BitSet seen = new BitSet();
        read(file, other, ref, (cell, bits, line) -> {
            if (cell >= 0 && ref.present.get(cell) && ref.bits[cell] == bits) {
                seen.set(cell);
            } else if (firstDiff[0] == null) {
                firstDiff[0] = cell >= 0 && ref.present.get(cell) ? "differs at: " + line + " (reference "
                        + Double.longBitsToDouble(ref.bits[cell]) + ")" : "has a row the reference lacks: " + line;
            }
        });
        if (firstDiff[0] == null && !seen.equals(ref.present)) {
            BitSet missing = (BitSet) ref.present.clone();
            missing.andNot(seen);
            firstDiff[0] = other.rows + " rows; " + missing.cardinality() + " rows of the reference are missing or twice";
        }
        return firstDiff[0] == null ? String.format(Locale.ROOT, "same %,d rows, every value equal to the bit (sum of "
                + "|value| %.9g)", other.rows, other.sumAbs) : "NOT THE SAME: " + firstDiff[0];
    }

    private interface Visitor {
        void row(int cell, long bits, String line);
    }

    /** Reads a file: into c's cells when ref is null, else numbering cells by ref's series and handing them to v. */
    private static void read(Path file, Cells c, Cells ref, Visitor v) throws IOException {
        int n = 0;
        int[] rs = new int[1 << 16];
        int[] rt = new int[1 << 16];
        long[] rb = new long[1 << 16];
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.startsWith("entity,metric,segment,period,value")) {
                throw new IOException(file + ": expected the header entity,metric,segment,period,value,...");
            }
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",", -1);
                String key = unquote(f[0]) + '\u0001' + unquote(f[1]) + '\u0001' + unquote(f[2]);
                String p = unquote(f[3]);
                int t = Integer.parseInt(p.substring(0, 4)) * 4 + p.charAt(5) - '1';
                double value = Double.parseDouble(unquote(f[4]));
                long bits = Double.doubleToRawLongBits(value);
                c.rows++;
                c.sumAbs += Math.abs(value);
                if (ref != null) {
                    Integer s = ref.series.get(key);
                    v.row(s == null ? -1 : ref.cell(s, t), bits, line);
                    continue;
                }
                Integer s = c.series.get(key);
                if (s == null) {
                    s = c.series.size();
                    c.series.put(key, s);
                }
                if (n == rs.length) {
                    rs = java.util.Arrays.copyOf(rs, 2 * n);
                    rt = java.util.Arrays.copyOf(rt, 2 * n);
                    rb = java.util.Arrays.copyOf(rb, 2 * n);
                }
                rs[n] = s;
                rt[n] = t;
                rb[n] = bits;
                n++;
            }
        }
        if (ref != null) {
            return;
        }
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            lo = Math.min(lo, rt[i]);
            hi = Math.max(hi, rt[i]);
        }
        c.firstQuarter = lo;
        c.quarters = n == 0 ? 0 : hi - lo + 1;
        c.bits = new long[c.series.size() * c.quarters];
        for (int i = 0; i < n; i++) {
            int cell = c.cell(rs[i], rt[i]);
            if (c.present.get(cell)) {
                throw new IOException(file + ": a row for the same series and quarter is there twice");
            }
            c.bits[cell] = rb[i];
            c.present.set(cell);
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"'
                ? s.substring(1, s.length() - 1).replace("\"\"", "\"") : s;
    }
}
