package org.kpi4j.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.kpi4j.internal.Restatements;

/**
 * The restatement rule ({@link Restatements}, the one {@code FactSet.series} follows) applied to a
 * panel's cells as {@link PanelRows} lays them out, and the notes that say what it left out.
 */
final class PanelRestatements {

    private PanelRestatements() {
    }

    /**
     * The vintages of series lo..hi − 1 whose cells in {@code revised} were given more than one
     * figure: gathered in a second pass (only such cells, as cell and row in one {@code long}, sorted),
     * checked for two figures of one report date (the first such repeat in the order given goes to
     * {@code part.duplicate}, and nothing is changed), then each series' restated years found and the
     * cells of those years filed before set to NaN, counted in {@code part.stale}.
     */
    static void apply(PanelRows rows, double[] values, int[] cellRow, BitSet revised, int lo, int hi, int quarters,
            PanelRows.Part part) {
        int base = lo * quarters;
        int q0 = rows.minQuarter();
        long[] keys = new long[Math.max(16, 2 * revised.cardinality())];
        int count = 0;
        for (int k = 0; k < rows.blocks.size(); k++) {
            PanelRows.Block b = rows.blocks.get(k);
            for (int i = 0, n = b.size; i < n; i++) {
                int s = b.series[i];
                if (s < lo || s >= hi) {
                    continue;
                }
                int cell = s * quarters + b.quarter[i] - q0 - base;
                if (!revised.get(cell)) {
                    continue;
                }
                if (count == keys.length) {
                    keys = Arrays.copyOf(keys, 2 * count);
                }
                keys[count++] = (long) cell << 32 | (k << 16 | i); // a block holds at most 2^16 rows
            }
        }
        Arrays.sort(keys, 0, count); // by cell (so by series, then quarter), then in the order given
        long[] all = keys;
        long firstRepeat = Long.MAX_VALUE;
        Restatements r = null;
        int series = -1;
        long[] byDate = new long[8];
        for (int g = 0; g < count; ) {
            int cell = (int) (all[g] >>> 32);
            int end = g + 1;
            while (end < count && (int) (all[end] >>> 32) == cell) {
                end++;
            }
            int s = lo + cell / quarters;
            if (s != series) {
                if (r != null) {
                    drop(rows, values, cellRow, r, series, lo, hi, quarters, part);
                }
                series = s;
                r = new Restatements();
            }
            int n = end - g;
            if (byDate.length < n) {
                byDate = new long[2 * n];
            }
            for (int v = 0; v < n; v++) {
                byDate[v] = (long) rows.asOf((int) all[g + v]) << 32 | v; // by date, then in the order given
            }
            Arrays.sort(byDate, 0, n);
            for (int v = 1; v < n; v++) {
                if ((int) (byDate[v] >> 32) == (int) (byDate[v - 1] >> 32)) {
                    int later = (int) all[g + (int) byDate[v]];
                    long row = rows.rowNumber(later);
                    if (row < firstRepeat) {
                        firstRepeat = row;
                        int earlier = (int) all[g + (int) byDate[v - 1]];
                        int date = (int) (byDate[v] >> 32);
                        int quarter = q0 + (base + cell) % quarters;
                        part.duplicate = new PanelRows.Duplicate(row, rows.line(later), s, quarter, rows.line(earlier),
                                date);
                    }
                }
            }
            int from = g;
            r.period(Math.floorDiv(q0 + (base + cell) % quarters, 4), new Restatements.Vintages() {
                @Override
                public int size() {
                    return n;
                }

                @Override
                public int asOf(int v) {
                    int d = rows.asOf((int) all[from + v]);
                    return d == PanelAssembler.NO_AS_OF ? Restatements.UNDATED : d;
                }

                @Override
                public boolean sameValue(int v, int w) {
                    return rows.value((int) all[from + v]) == rows.value((int) all[from + w]);
                }
            });
            g = end;
        }
        if (part.duplicate != null) {
            part.stale = null;
            return; // an error: the panel is not built
        }
        if (r != null) {
            drop(rows, values, cellRow, r, series, lo, hi, quarters, part);
        }
    }

    /** Sets the cells of series s that its restatements left on an old basis to NaN, counting them. */
    private static void drop(PanelRows rows, double[] values, int[] cellRow, Restatements r, int s, int lo, int hi,
            int quarters, PanelRows.Part part) {
        if (!r.any()) {
            return;
        }
        for (int q = 0; q < quarters; q++) {
            int cell = s * quarters + q;
            int ref = cellRow[cell];
            if (ref < 0) {
                continue;
            }
            int d = rows.asOf(ref);
            if (r.stale(Math.floorDiv(q + rows.minQuarter(), 4), d == PanelAssembler.NO_AS_OF ? Restatements.UNDATED : d)) {
                values[cell] = Double.NaN;
                cellRow[cell] = -1;
                if (part.stale == null) {
                    part.stale = new int[hi - lo];
                }
                part.stale[s - lo]++;
            }
        }
    }

    /** One note per series that the rule left figures of, in series order. */
    static List<String> notes(int[] stale, SeriesKey[] keys) {
        List<String> notes = new ArrayList<>();
        for (int s = 0; stale != null && s < stale.length; s++) {
            int k = stale[s];
            if (k > 0) {
                notes.add(keys[s] + ": " + k + (k == 1 ? " figure" : " figures") + " left out, filed before a "
                        + "restatement of " + (k == 1 ? "its" : "their") + " fiscal year (a figure derived "
                        + "across it would mix two bases)");
            }
        }
        return notes;
    }
}
