package org.kpi4j.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The figures a {@link PanelAssembler} has been given, as primitives in blocks (no copy as they grow,
 * none when another chunk's figures are appended), and their layout into a panel's array: on all
 * cores, each thread placing the figures of a range of series in the order they were given, so the
 * result, and the first duplicate reported, are those of one thread.
 *
 * <p>An empty cell is NaN (every figure is finite); only when some figure carries a report date is
 * the row that filled each cell remembered, to let a later {@code as_of} win.
 */
final class PanelRows {

    /** The most rows a block holds; blocks grow from 1,024 rows to this. */
    static final int BLOCK = 1 << 16;

    /** Panels with fewer cells are laid out on one thread. */
    static final int PARALLEL_CELLS = 1 << 18;

    static final class Block {
        final int[] series;
        final int[] quarter;
        final int[] line;
        final double[] value;
        /** Null while every row of the block has no report date. */
        int[] asOf;
        int size;

        Block(int capacity) {
            series = new int[capacity];
            quarter = new int[capacity];
            line = new int[capacity];
            value = new double[capacity];
        }
    }

    /** The series 0..n − 1 of a panel of n × quarters cells, in parallel when the panel is large. */
    static IntStream series(int n, int quarters) {
        IntStream r = IntStream.range(0, n);
        return (long) n * quarters > PARALLEL_CELLS ? r.parallel() : r;
    }

    final List<Block> blocks = new ArrayList<>();
    private Block tail;
    private int rows;
    private boolean anyAsOf;
    private int minQuarter = Integer.MAX_VALUE;
    private int maxQuarter = Integer.MIN_VALUE;

    int rows() {
        return rows;
    }

    int minQuarter() {
        return minQuarter;
    }

    int maxQuarter() {
        return maxQuarter;
    }

    void add(int series, int quarter, double value, int asOf, int line) {
        Block b = tail;
        if (b == null || b.size == b.series.length) {
            b = new Block(Math.min(BLOCK, Math.max(1024, rows)));
            blocks.add(b);
            tail = b;
        }
        int i = b.size++;
        b.series[i] = series;
        b.quarter[i] = quarter;
        b.line[i] = line;
        b.value[i] = value;
        if (asOf != PanelAssembler.NO_AS_OF && b.asOf == null) {
            b.asOf = new int[b.series.length];
            Arrays.fill(b.asOf, 0, i, PanelAssembler.NO_AS_OF);
            anyAsOf = true;
        }
        if (b.asOf != null) {
            b.asOf[i] = asOf;
        }
        rows++;
        if (quarter < minQuarter) {
            minQuarter = quarter;
        }
        if (quarter > maxQuarter) {
            maxQuarter = quarter;
        }
    }

    /** Appends the rows of a later chunk, its series renumbered through {@code map}; {@code later} is used up. */
    void absorb(PanelRows later, int[] map) {
        for (Block b : later.blocks) {
            for (int i = 0; i < b.size; i++) {
                b.series[i] = map[b.series[i]];
            }
            blocks.add(b);
        }
        tail = null; // a partly filled block of the later chunk is not written again
        rows += later.rows;
        anyAsOf |= later.anyAsOf;
        minQuarter = Math.min(minQuarter, later.minQuarter);
        maxQuarter = Math.max(maxQuarter, later.maxQuarter);
    }

    /** What {@link #forEach} is given for each row. */
    interface RowVisitor {
        void row(long row, int series, int quarter, double value, int asOf, int line);
    }

    /** Gives every row, in the order given (an error path: a series that mixes year-to-date and discrete rows). */
    void forEach(RowVisitor v) {
        long start = 0;
        for (Block b : blocks) {
            for (int i = 0; i < b.size; i++) {
                v.row(start + i, b.series[i], b.quarter[i], b.value[i],
                        b.asOf == null ? PanelAssembler.NO_AS_OF : b.asOf[i], b.line[i]);
            }
            start += b.size;
        }
    }

    /** A figure given twice: the rows (in the order given) of the later and the earlier one. */
    record Duplicate(long row, int line, int series, int quarter, int earlierLine, int asOf) {
    }

    /** The outcome of placing one range of series. */
    static final class Part {
        Duplicate duplicate;
        /** Per series of the range (from its first), the figures a restatement left out; null while none. */
        int[] stale;
    }

    /** What {@link #layOut} found: the first duplicate, or how many figures of each series a restatement left out. */
    record Layout(Duplicate duplicate, int[] stale) {
    }

    /**
     * Places every figure in {@code values} (series × quarters from minQuarter), NaN where none; of two
     * figures for a cell the later report date wins, and a figure of a fiscal year that a restatement
     * replaced is left out ({@link Restatements}, the rule {@code FactSet.series} follows). The first
     * pair with the same date (in the order given) is returned as a duplicate, with nothing else changed.
     */
    Layout layOut(double[] values, int seriesCount, int quarters) {
        int threads = (long) seriesCount * quarters < PARALLEL_CELLS ? 1
                : Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, seriesCount / 64));
        return layOut(values, seriesCount, quarters, threads);
    }

    /** {@link #layOut(double[], int, int)} on a given number of threads (tests compare 1 with several). */
    Layout layOut(double[] values, int seriesCount, int quarters, int threads) {
        threads = Math.max(1, Math.min(threads, seriesCount));
        int[] bounds = new int[threads + 1];
        for (int t = 0; t <= threads; t++) {
            bounds[t] = (int) ((long) seriesCount * t / threads);
        }
        Part[] parts = new Part[threads];
        int[] cellRow = anyAsOf ? new int[values.length] : null;
        IntStream r = IntStream.range(0, threads);
        int[] b = bounds;
        (threads > 1 ? r.parallel() : r).forEach(t -> parts[t] = place(values, cellRow, b[t], b[t + 1], quarters));
        Duplicate first = null;
        int[] stale = null;
        for (int t = 0; t < threads; t++) {
            Part p = parts[t];
            if (p.duplicate != null && (first == null || p.duplicate.row() < first.row())) {
                first = p.duplicate;
            }
            if (p.stale != null) {
                if (stale == null) {
                    stale = new int[seriesCount];
                }
                System.arraycopy(p.stale, 0, stale, bounds[t], p.stale.length);
            }
        }
        return new Layout(first, first == null ? stale : null);
    }

    private Part place(double[] values, int[] cellRow, int lo, int hi, int quarters) {
        Part part = new Part();
        Arrays.fill(values, lo * quarters, hi * quarters, Double.NaN);
        if (cellRow != null) {
            Arrays.fill(cellRow, lo * quarters, hi * quarters, -1);
        }
        int q0 = minQuarter;
        long start = 0;
        java.util.BitSet revised = null; // cells (from the range's first) given more than one figure
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            int[] series = b.series;
            int[] quarter = b.quarter;
            double[] value = b.value;
            for (int i = 0, n = b.size; i < n; i++) {
                int s = series[i];
                if (s < lo || s >= hi) {
                    continue;
                }
                int cell = s * quarters + quarter[i] - q0;
                if (cellRow == null) {
                    if (values[cell] == values[cell]) { // already filled, and no report dates: a duplicate
                        part.duplicate = new Duplicate(start + i, b.line[i], s, quarter[i],
                                earlierLine(s, quarter[i], start + i), PanelAssembler.NO_AS_OF);
                        return part;
                    }
                    values[cell] = value[i];
                    continue;
                }
                int prev = cellRow[cell];
                if (prev >= 0) {
                    Block pb = blocks.get(prev >>> 16);
                    int mine = b.asOf == null ? PanelAssembler.NO_AS_OF : b.asOf[i];
                    int theirs = pb.asOf == null ? PanelAssembler.NO_AS_OF : pb.asOf[prev & 0xFFFF];
                    // two figures of one report date: found with the cell's other vintages below, where a
                    // repeat of an earlier vintage that is no longer the cell's latest is seen too
                    if (revised == null) {
                        revised = new java.util.BitSet();
                    }
                    revised.set(cell - lo * quarters);
                    if (mine <= theirs) {
                        continue; // an older vintage
                    }
                }
                cellRow[cell] = k << 16 | i; // block and row: a block holds at most 2^16 rows
                values[cell] = value[i];
            }
            start += b.size;
        }
        if (revised != null) {
            PanelRestatements.apply(this, values, cellRow, revised, lo, hi, quarters, part);
        }
        return part;
    }

    /** The number of a row (block << 16 | row) in the order given. */
    long rowNumber(int ref) {
        long n = 0;
        for (int k = 0, last = ref >>> 16; k < last; k++) {
            n += blocks.get(k).size;
        }
        return n + (ref & 0xFFFF);
    }

    /** The line of a row (block << 16 | row). */
    int line(int ref) {
        return blocks.get(ref >>> 16).line[ref & 0xFFFF];
    }

    /** The report date of a row (block << 16 | row), or {@link PanelAssembler#NO_AS_OF}. */
    int asOf(int ref) {
        Block b = blocks.get(ref >>> 16);
        return b.asOf == null ? PanelAssembler.NO_AS_OF : b.asOf[ref & 0xFFFF];
    }

    /** The value of a row (block << 16 | row). */
    double value(int ref) {
        return blocks.get(ref >>> 16).value[ref & 0xFFFF];
    }

    /** The line of the first row before {@code before} that gave a figure for the same cell (an error path). */
    private int earlierLine(int s, int quarter, long before) {
        long start = 0;
        for (Block b : blocks) {
            for (int i = 0; i < b.size && start + i < before; i++) {
                if (b.series[i] == s && b.quarter[i] == quarter) {
                    return b.line[i];
                }
            }
            start += b.size;
        }
        throw new AssertionError("no earlier row for series " + s + " quarter " + quarter);
    }
}
