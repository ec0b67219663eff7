package org.kpi4j.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kpi4j.KpiDataException;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.PanelLayout;
import org.kpi4j.time.FiscalCalendar;

/**
 * Reads a tidy facts CSV straight into a {@link KpiPanel}: the ingest path for panels of many
 * entities, which keeps no object per row (a row becomes four primitives until the panel is laid
 * out). It reads the file format of {@link FactsCsv} with the same rules for metrics, bases,
 * periods and units, and the same errors naming file, line and column.
 *
 * <p>Each series ({@code entity, metric, segment}) becomes one row of the panel, in order of first
 * appearance, on the axis of fiscal quarters from the earliest to the latest quarter in the file.
 * Flows reported year-to-date ({@code 2024Q3,ytd}, {@code 2024Q1-Q3}, {@code 2024H1},
 * {@code 2024}) are turned into discrete quarters ({@link Layout#QUARTERLY}, Q2 = H1 − Q1, and so
 * on; missing where either figure is) or kept as reported ({@link Layout#AS_REPORTED}); stocks are
 * placed at the quarter whose end they are measured at. When an {@code as_of} column is present the
 * latest vintage of a figure wins, as in {@link org.kpi4j.fact.FactSet}.
 *
 * <p>What a panel cannot hold is an error rather than a guess: a series that mixes year-to-date and
 * discrete quarterly rows, or two units (use {@link FactsCsv}, whose series reconcile both); a
 * second-half or other non-year-to-date span; a stock dated off a quarter end; a ratio reported
 * year-to-date when quarterly values are asked for (a ratio cannot be subtracted); a duplicate row.
 * Optional columns other than {@code segment}, {@code basis} and {@code as_of} are read past; a row
 * with no value that carries {@code reported_cagr_pct} is skipped, as it holds no figure.
 *
 * <p>A file of more than 8 MB is read in chunks split at line ends, one per core, merged in file
 * order into the same panel; anything unusual (a split inside a quoted value, bad data, chunks that
 * disagree about a series) hands over to the sequential read, which reports the exact line.
 *
 * <p>{@link #write(KpiPanel, Writer)} writes a panel (say, its YoY) back as tidy CSV, one row per
 * present value.
 *
 * <pre>{@code
 * KpiPanel panel = PanelCsv.read(Path.of("facts.csv"));
 * try (Writer w = Files.newBufferedWriter(Path.of("yoy.csv"))) {
 *     PanelCsv.write(panel.yoy(GrowthConvention.FILING), w);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PanelCsv {

    private PanelCsv() {
    }

    /**
     * Reads a file as discrete quarters, with the standard catalog and a calendar fiscal year.
     *
     * @param file the file, not null
     * @return the panel, not null
     * @throws KpiDataException if the file is missing, unreadable or holds bad data
     */
    public static KpiPanel read(Path file) {
        return read(file, MetricCatalog.standard(), FiscalCalendar.calendarYear(), PanelLayout.QUARTERLY);
    }

    /**
     * Reads a file.
     *
     * @param file the file, not null
     * @param catalog the known metrics, not null
     * @param calendar the fiscal calendar, not null
     * @param layout how to lay out year-to-date flows, not null
     * @return the panel, not null
     * @throws KpiDataException if the file is missing, unreadable or holds bad data
     */
    public static KpiPanel read(Path file, MetricCatalog catalog, FiscalCalendar calendar, PanelLayout layout) {
        return read(file, catalog, calendar, layout, null);
    }

    /**
     * Reads a file as it stood at a date: only rows whose {@code as_of} is on or before {@code asOf}
     * are read (a row without one is left out, as nothing says it had been filed), and of those the
     * latest vintage of each figure wins.
     *
     * @param file the file, not null
     * @param catalog the known metrics, not null
     * @param calendar the fiscal calendar, not null
     * @param layout how to lay out year-to-date flows, not null
     * @param asOf the last filing date read, or null to read every row
     * @return the panel, not null
     * @throws KpiDataException if the file is missing, unreadable, holds bad data, has no
     *     {@code as_of} column when {@code asOf} is given, or has no row filed by then
     */
    public static KpiPanel read(Path file, MetricCatalog catalog, FiscalCalendar calendar, PanelLayout layout,
            LocalDate asOf) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(layout, "layout");
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            if (cores > 1 && Files.size(file) >= PARALLEL_BYTES) {
                KpiPanel p = readInChunks(file, Math.min(cores, 16), catalog, calendar, layout, asOf);
                if (p != null) {
                    return p;
                }
            }
        } catch (IOException e) {
            // the sequential read below reports it
        }
        return readSequentially(file, catalog, calendar, layout, asOf);
    }

    /** Files at least this large are read in chunks, one per core. */
    static final long PARALLEL_BYTES = 8L << 20;

    static KpiPanel readSequentially(Path file, MetricCatalog catalog, FiscalCalendar calendar, PanelLayout layout,
            LocalDate asOf) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = new byte[64];
            int n = in.readNBytes(head, 0, head.length);
            int i = n >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
            while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
                i++;
            }
            if (i < n && (head[i] == '{' || head[i] == '[')) {
                throw KpiDataException.at(file.toString(), 1, null, null, "this is JSON, not a tidy CSV: a panel reads "
                        + "tidy CSV; FactSet.read takes the JSON formats, and kpi import turns them into a tidy CSV");
            }
        } catch (NoSuchFileException e) {
            throw KpiDataException.at(file.toString(), 0, null, null, "no such file", e);
        } catch (IOException e) {
            throw KpiDataException.at(file.toString(), 0, null, null, "cannot read the file: " + e.getMessage(), e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), catalog, calendar, layout, asOf);
        } catch (NoSuchFileException e) {
            throw KpiDataException.at(file.toString(), 0, null, null, "no such file", e);
        } catch (IOException e) {
            throw KpiDataException.at(file.toString(), 0, null, null, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads CSV from a stream of UTF-8 bytes.
     *
     * @param in the stream, not null; not closed
     * @param sourceName the name used in error messages, not null
     * @param catalog the known metrics, not null
     * @param calendar the fiscal calendar, not null
     * @param layout how to lay out year-to-date flows, not null
     * @return the panel, not null
     * @throws KpiDataException on bad data, or if the input has no data rows
     */
    public static KpiPanel read(InputStream in, String sourceName, MetricCatalog catalog, FiscalCalendar calendar,
            PanelLayout layout) {
        return read(in, sourceName, catalog, calendar, layout, null);
    }

    static KpiPanel read(InputStream in, String sourceName, MetricCatalog catalog, FiscalCalendar calendar,
            PanelLayout layout, LocalDate asOf) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(layout, "layout");
        PanelLoader l = new PanelLoader(sourceName, catalog, calendar, layout, asOf);
        CsvCursor c = new CsvCursor(in, sourceName);
        try {
            l.read(c);
        } catch (IOException e) {
            throw KpiDataException.at(sourceName, c.line(), null, null, "cannot read: " + e.getMessage(), e);
        }
        return l.build();
    }

    /**
     * Reads a file in chunks split at line ends, one per thread, and merges them in file order:
     * series numbered by first appearance, rows scattered in file order, as the sequential read
     * does. Returns null, so that the sequential read runs and reports with exact lines, when a
     * split falls inside a quoted value, a chunk finds an error, or the chunks disagree on a series.
     */
    static KpiPanel readInChunks(Path file, int chunks, MetricCatalog catalog, FiscalCalendar calendar,
            PanelLayout layout) throws IOException {
        return readInChunks(file, chunks, catalog, calendar, layout, null);
    }

    static KpiPanel readInChunks(Path file, int chunks, MetricCatalog catalog, FiscalCalendar calendar,
            PanelLayout layout, LocalDate asOf) throws IOException {
        long size = Files.size(file);
        List<long[]> spans = new ArrayList<>();
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
            long start = 0;
            for (int k = 1; k < chunks && start < size; k++) {
                long end = nextLineStart(ch, Math.max(start + 1, size * k / chunks));
                if (end >= size) {
                    break;
                }
                spans.add(new long[] {start, end});
                start = end;
            }
            spans.add(new long[] {start, size});
        }
        String source = file.toString();
        PanelLoader[] parts = new PanelLoader[spans.size()];
        try {
            PanelLoader head = new PanelLoader(source, catalog, calendar, layout, asOf);
            try (InputStream in = slice(file, 0, spans.get(0)[1])) {
                head.header(new CsvCursor(in, source, 1 << 12)); // the columns, for the other chunks
            }
            java.util.stream.IntStream.range(0, parts.length).parallel().forEach(k -> {
                PanelLoader l = new PanelLoader(source, catalog, calendar, layout, asOf);
                try (InputStream in = slice(file, spans.get(k)[0], spans.get(k)[1])) {
                    CsvCursor c = new CsvCursor(in, source);
                    if (k == 0) {
                        l.header(c);
                    } else {
                        l.columnsOf(head);
                    }
                    l.rows(c);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                parts[k] = l;
            });
        } catch (RuntimeException e) {
            return null; // bad data, or a split inside a quoted value: the sequential read reports it
        }
        for (PanelLoader l : parts) {
            if (l.statesParents()) {
                return null; // the hierarchy is checked over the whole file, by the sequential read
            }
        }
        PanelLoader all = parts[0];
        for (int k = 1; k < parts.length; k++) {
            if (!all.absorb(parts[k])) {
                return null;
            }
        }
        if (all.rowCount() == 0) {
            return null;
        }
        try {
            return all.build();
        } catch (KpiDataException e) {
            return null; // a duplicate: named with its file line by the sequential read
        }
    }

    /** The offset just after the first line end at or after {@code from}, or the file size. */
    private static long nextLineStart(java.nio.channels.FileChannel ch, long from) throws IOException {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1 << 16);
        long pos = from;
        while (true) {
            b.clear();
            int n = ch.read(b, pos);
            if (n <= 0) {
                return ch.size();
            }
            for (int i = 0; i < n; i++) {
                if (b.get(i) == '\n') {
                    return pos + i + 1;
                }
            }
            pos += n;
        }
    }

    /** The bytes of a file from {@code start} (inclusive) to {@code end} (exclusive). */
    private static InputStream slice(Path file, long start, long end) throws IOException {
        java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file);
        ch.position(start);
        InputStream in = java.nio.channels.Channels.newInputStream(ch);
        return new java.io.FilterInputStream(in) {
            private long left = end - start;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                left -= b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(buf, off, (int) Math.min(len, left));
                left -= n < 0 ? 0 : n;
                return n;
            }
        };
    }

    /**
     * Writes a panel as tidy CSV: {@code entity,metric,segment,period,value,unit}, one row per present
     * value, series by series; values in the shortest form that reads back as the same double, laid
     * out as {@link Double#toString(double)} does ({@code 0.3}, {@code 180.0}, {@code 1.0E-4}).
     * A panel of more than {@value PanelCsvWriter#PARALLEL_CELLS} cells is formatted on all cores,
     * with the same characters as on one.
     *
     * <pre>{@code
     * StringWriter w = new StringWriter();
     * PanelCsv.write(KpiPanel.builder(Period.parse("2024Q1"), 2)
     *         .add(SeriesKey.of("acme", "revenue"), Unit.WAN_YUAN, new double[] {180, 0.1}).build(), w);
     * w.toString();   // "entity,metric,segment,period,value,unit\nacme,revenue,,2024Q1,180.0,万元\n..."
     * }</pre>
     *
     * @param panel the panel, not null
     * @param writer the writer, not null; flushed, not closed
     * @throws java.io.UncheckedIOException if writing fails
     */
    public static void write(KpiPanel panel, Writer writer) {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(writer, "writer");
        write(panel, new PanelCsvWriter.Sink() {
            @Override
            public boolean text() {
                return true;
            }

            @Override
            public void write(byte[] bytes, int length, String text) throws IOException {
                writer.write(text);
            }
        });
        try {
            writer.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Writes a panel as tidy CSV in UTF-8, as {@link #write(KpiPanel, Writer)} does: the fast path to a
     * file, with no character encoding step.
     *
     * <pre>{@code
     * try (OutputStream out = Files.newOutputStream(Path.of("yoy.csv"))) {
     *     PanelCsv.write(panel.yoy(GrowthConvention.FILING), out);
     * }
     * }</pre>
     *
     * @param panel the panel, not null
     * @param out the stream, not null; flushed, not closed
     * @throws java.io.UncheckedIOException if writing fails
     */
    public static void write(KpiPanel panel, OutputStream out) {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(out, "out");
        write(panel, new PanelCsvWriter.Sink() {
            @Override
            public boolean text() {
                return false;
            }

            @Override
            public void write(byte[] bytes, int length, String text) throws IOException {
                out.write(bytes, 0, length);
            }
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(KpiPanel panel, PanelCsvWriter.Sink sink) {
        long cells = (long) panel.seriesCount() * panel.quarterCount();
        int threads = cells >= PanelCsvWriter.PARALLEL_CELLS ? Runtime.getRuntime().availableProcessors() : 1;
        try {
            PanelCsvWriter.write(panel, sink, threads, PanelCsvWriter.CELLS_PER_RUN);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
