package org.kpi4j.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.Period;

/**
 * {@link PanelCsv#write}: a panel as tidy CSV, formatted into byte buffers a run of series at a time
 * and written in series order. A large panel's runs are formatted on all cores while the calling
 * thread writes the finished ones, at most a few runs ahead of the output. A buffer once written
 * formats a later run, so memory stays at a few buffers whatever the panel's size (allocating one per
 * run had a 10M-row write churn through a gigabyte of megabyte arrays, and the heap grow with them),
 * and the bytes are those of the one-thread path.
 *
 * <p>Values are printed as {@link Double#toString(double)} prints them, by {@link DoubleText}
 * (R. Giulietti's Schubfach, which is {@code Double.toString}'s own algorithm from JDK 19 on, the
 * characters jackson-core's fast writer gives) straight into the buffer, with no String per value:
 * the shortest decimal that reads back as the same double, laid out as {@code 0.3}, {@code 180.0},
 * {@code 1.0E-4}, {@code 1.0E7}. JDK 17's {@code Double.toString} took 77% of a 10M-row write, and
 * a String per value from jackson-core's writer a third of what was left. From 10<sup>16</sup> up,
 * JDK 17's {@code Double.toString} prints a digit more than needed for some values (JDK-4511638),
 * so magnitudes that large, rare in financial data, are printed by {@code Double.toString} itself
 * and the output is the same characters on every JDK as before ({@code PanelCsvWriterTest} checks
 * both ranges against {@code Double.toString}).
 */
final class PanelCsvWriter {

    static final String HEADER = "entity,metric,segment,period,value,unit\n";

    /** Cells per run of series: about a megabyte of output per buffer. */
    static final int CELLS_PER_RUN = 1 << 15;

    /** Panels with fewer cells are written on the calling thread alone. */
    static final int PARALLEL_CELLS = 1 << 17;

    private PanelCsvWriter() {
    }

    /** Where finished buffers go, in order: as UTF-8 bytes, or decoded (on the formatting thread) for a Writer. */
    interface Sink {
        /** @return true if this sink takes text, which the formatting threads then decode */
        boolean text();

        void write(byte[] bytes, int length, String text) throws IOException;
    }

    /**
     * Writes the panel.
     *
     * @param threads formatting threads; 1 formats on the calling thread
     * @param cellsPerRun the cells per buffer (tests pass a few to cut a small panel into many runs)
     */
    static void write(KpiPanel panel, Sink sink, int threads, int cellsPerRun) throws IOException {
        Layout layout = new Layout(panel, cellsPerRun, sink.text());
        byte[] header = HEADER.getBytes(StandardCharsets.US_ASCII);
        sink.write(header, header.length, HEADER);
        int runs = layout.runs();
        if (threads <= 1 || runs <= 1) {
            Run r = new Run(layout);
            for (int k = 0; k < runs; k++) {
                r.format(k);
                sink.write(r.buf, r.pos, r.text);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "kpi4j-panel-csv-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            int ahead = 2 * threads + 1; // runs formatted but not yet written, at most
            ArrayDeque<Future<Run>> pending = new ArrayDeque<>();
            int next = 0;
            while (next < runs && pending.size() < ahead) {
                pending.add(submit(pool, new Run(layout), next++));
            }
            while (!pending.isEmpty()) {
                Run r = take(pending.poll());
                sink.write(r.buf, r.pos, r.text);
                if (next < runs) {
                    pending.add(submit(pool, r, next++)); // its buffer, written out, formats a later run
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Future<Run> submit(ExecutorService pool, Run r, int k) {
        return pool.submit(() -> {
            r.format(k);
            return r;
        });
    }

    private static Run take(Future<Run> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing a panel");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            if (c instanceof Error) {
                throw (Error) c;
            }
            throw new UncheckedIOException(new IOException(c));
        }
    }

    /** What every run shares: the panel, the period texts and the runs' first series. */
    private static final class Layout {
        final KpiPanel panel;
        final boolean text;
        final byte[][] periods;
        final byte[][] spans;
        final int[] runStart;

        Layout(KpiPanel panel, int cellsPerRun, boolean text) {
            this.panel = panel;
            this.text = text;
            int q = panel.quarterCount();
            periods = new byte[q][];
            spans = new byte[q][];
            for (int c = 0; c < q; c++) {
                Period quarter = panel.quarter(c);
                periods[c] = quarter.toString().getBytes(StandardCharsets.US_ASCII);
                // KpiPanel.period's label for a series of year-to-date spans (2024H1 in 2024Q2's column)
                spans[c] = Period.ytd(quarter.year(), quarter.lastQuarter()).toString().getBytes(StandardCharsets.US_ASCII);
            }
            int n = panel.seriesCount();
            int perRun = Math.max(1, cellsPerRun / Math.max(1, q));
            int runs = (n + perRun - 1) / perRun;
            runStart = new int[runs + 1];
            for (int k = 0; k <= runs; k++) {
                runStart[k] = Math.min(n, k * perRun);
            }
        }

        int runs() {
            return runStart.length - 1;
        }
    }

    /** One buffer: the rows of a run of series. */
    private static final class Run {
        private final Layout layout;
        byte[] buf = new byte[1 << 12];
        int pos;
        String text;

        Run(Layout layout) {
            this.layout = layout;
        }

        void format(int k) {
            pos = 0;
            KpiPanel p = layout.panel;
            for (int s = layout.runStart[k]; s < layout.runStart[k + 1]; s++) {
                SeriesKey key = p.key(s);
                byte[][] periods = p.spansYearToDate(s) ? layout.spans : layout.periods; // as KpiPanel.period labels them
                byte[] prefix = utf8(quote(key.entity()) + ',' + quote(key.metric()) + ',' + quote(key.segment()) + ',');
                byte[] suffix = utf8(',' + quote(p.unit(s).symbol()) + '\n');
                double[] row = p.row(s);
                for (int c = 0; c < row.length; c++) {
                    double v = row[c];
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    byte[] period = periods[c];
                    // a double prints in at most 24 characters ("-2.2250738585072014E-308")
                    ensure(prefix.length + period.length + 26 + suffix.length);
                    System.arraycopy(prefix, 0, buf, pos, prefix.length);
                    pos += prefix.length;
                    System.arraycopy(period, 0, buf, pos, period.length);
                    pos += period.length;
                    buf[pos++] = ',';
                    pos = put(v, buf, pos);
                    System.arraycopy(suffix, 0, buf, pos, suffix.length);
                    pos += suffix.length;
                }
            }
            text = layout.text ? new String(buf, 0, pos, StandardCharsets.UTF_8) : null;
        }

        private void ensure(int more) {
            if (pos + more > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
            }
        }
    }

    /** Above this magnitude JDK 17's {@code Double.toString} may differ from the shortest form. */
    static final double SCHUBFACH_BELOW = 1e16;

    /** {@link Double#toString(double)}'s characters, the fast way where they are known to agree. */
    static String text(double v) {
        byte[] b = new byte[DoubleText.MAX_LENGTH];
        return new String(b, 0, put(v, b, 0), StandardCharsets.US_ASCII);
    }

    /** Writes {@link #text}'s characters at {@code buf[pos]}, which has room for 24; returns the end. */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the copy an ASCII text needs
    static int put(double v, byte[] buf, int pos) {
        if (Math.abs(v) < SCHUBFACH_BELOW) {
            return DoubleText.write(v, buf, pos);
        }
        String t = Double.toString(v);
        t.getBytes(0, t.length(), buf, pos); // ASCII: digits, '.', '-', 'E'
        return pos + t.length();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 4180 quoting where a value needs it, and where surrounding spaces would be trimmed on reading. */
    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0
                && s.strip().equals(s)) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
