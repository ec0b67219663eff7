package org.kpi4j.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.Basis;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.PanelAssembler;
import org.kpi4j.series.PanelLayout;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

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
        Loader l = new Loader(sourceName, catalog, calendar, layout, asOf);
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
        Loader[] parts = new Loader[spans.size()];
        try {
            Loader head = new Loader(source, catalog, calendar, layout, asOf);
            try (InputStream in = slice(file, 0, spans.get(0)[1])) {
                head.header(new CsvCursor(in, source, 1 << 12)); // the columns, for the other chunks
            }
            java.util.stream.IntStream.range(0, parts.length).parallel().forEach(k -> {
                Loader l = new Loader(source, catalog, calendar, layout, asOf);
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
        Loader all = parts[0];
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

    /** One read: the header's columns, the caches of texts already parsed, and the panel being assembled. */
    private static final class Loader {
        private static final int EMPTY_AS_OF = Integer.MIN_VALUE;

        private final String source;
        private final FiscalCalendar calendar;
        private final PanelLayout layout;
        /** The last as_of read (epoch day), {@code Integer.MAX_VALUE} to read every row. */
        private final int asOfLimit;
        private MetricCatalog catalog;

        private int cEntity;
        private int cMetric;
        private int cSegment = -1;
        private int cPeriod;
        private int cBasis = -1;
        private int cValue = -1;
        private int cUnit;
        private int cAsOf = -1;
        private int cCagr = -1;
        private String[] header;

        private final PanelAssembler panel;
        private final Map<String, String> names = new HashMap<>();
        private byte[] lastEntity;
        private byte[] lastMetric;
        private byte[] lastSegment;
        private int lastSeries = -1;

        private final TextCache<PeriodInfo> periods = new TextCache<>();
        private final TextCache<Basis> bases = new TextCache<>();
        private final TextCache<Unit> units = new TextCache<>();
        private final TextCache<LocalDate> dates = new TextCache<>();

        Loader(String source, MetricCatalog catalog, FiscalCalendar calendar, PanelLayout layout, LocalDate asOf) {
            this.asOfLimit = asOf == null ? Integer.MAX_VALUE : (int) asOf.toEpochDay();
            this.source = source;
            this.catalog = catalog;
            this.calendar = calendar;
            this.layout = layout;
            this.panel = PanelAssembler.of(source, calendar, layout);
        }

        void read(CsvCursor c) throws IOException {
            header(c);
            rows(c);
            if (panel.rows() == 0) {
                throw KpiDataException.at(source, c.line(), null, null, asOfLimit == Integer.MAX_VALUE
                        ? "the file has no data rows" : "the file has no row filed by " + LocalDate.ofEpochDay(asOfLimit));
            }
        }

        /** Reads and checks the header row. */
        void header(CsvCursor c) throws IOException {
            if (!c.next()) {
                throw KpiDataException.at(source, 1, null, null, "the file is empty; expected a header row");
            }
            header = new String[c.fields()];
            for (int i = 0; i < header.length; i++) {
                header[i] = c.text(i);
            }
            FactRows.checkHeader(source, c.line(), Arrays.asList(header));
            for (int i = 0; i < header.length; i++) {
                switch (header[i]) {
                    case "entity": cEntity = i; break;
                    case "metric": cMetric = i; break;
                    case "segment": cSegment = i; break;
                    case "period": cPeriod = i; break;
                    case "basis": cBasis = i; break;
                    case "value": cValue = i; break;
                    case "unit": cUnit = i; break;
                    case "as_of": cAsOf = i; break;
                    case "reported_cagr_pct": cCagr = i; break;
                    default: break;
                }
            }
            if (cValue < 0) {
                throw KpiDataException.at(source, c.line(), "value", null,
                        "the header lacks the column 'value', which a panel is made of");
            }
            if (cAsOf < 0 && asOfLimit != Integer.MAX_VALUE) {
                throw KpiDataException.at(source, c.line(), "as_of", null, "the header has no column 'as_of', so "
                        + "nothing says what had been filed by " + LocalDate.ofEpochDay(asOfLimit));
            }
        }

        /** Takes the columns of a loader that has read the header (for a chunk that starts after it). */
        void columnsOf(Loader h) {
            header = h.header;
            cEntity = h.cEntity;
            cMetric = h.cMetric;
            cSegment = h.cSegment;
            cPeriod = h.cPeriod;
            cBasis = h.cBasis;
            cValue = h.cValue;
            cUnit = h.cUnit;
            cAsOf = h.cAsOf;
            cCagr = h.cCagr;
        }

        /** Reads the data rows to the end of the input. */
        void rows(CsvCursor c) throws IOException {
            while (c.next()) {
                row(c);
            }
        }

        /**
         * Appends another chunk's series and rows (the rows after this loader's, in file order), or
         * returns false if the two disagree on a series; the sequential read then gives the error
         * with its exact line.
         */
        boolean absorb(Loader o) {
            return panel.absorb(o.panel);
        }

        int rowCount() {
            return panel.rows();
        }

        private void row(CsvCursor c) {
            int line = c.line();
            if (c.fields() != header.length) {
                throw KpiDataException.at(source, line, null, null, c.fields() > header.length
                        ? "the row has more fields than the header; quote a value that contains a comma ("
                                + c.fields() + " fields, header has " + header.length + ")"
                        : "the row has fewer fields than the header (" + c.fields() + " fields, header has "
                                + header.length + ")");
            }
            if (c.isEmpty(cValue)) {
                if (cCagr >= 0 && !c.isEmpty(cCagr)) {
                    return; // a reported CAGR alone: no figure for the panel
                }
                throw KpiDataException.at(source, line, "value", "", "value is empty; give the figure "
                        + "(an empty value is allowed only on a row that carries reported_cagr_pct)");
            }
            if (asOfLimit != Integer.MAX_VALUE && (c.isEmpty(cAsOf)
                    || dates.get(c, cAsOf, Loader::date, this, line, "as_of").toEpochDay() > asOfLimit)) {
                return; // filed after the date asked for, or with no date
            }
            Basis basis = cBasis < 0 || c.isEmpty(cBasis) ? null : bases.get(c, cBasis, Basis::parse, this, line, "basis");
            Unit unit = units.get(c, cUnit, Unit::parse, this, line, "unit");
            PeriodInfo period = periods.get(c, cPeriod, PeriodInfo::parse, this, line, "period");
            int s = series(c, line, basis, unit, period);
            int quarter = quarter(c, line, s, basis, period);
            double v = Decimals.parse(c.bytes(cValue), c.start(cValue), c.end(cValue));
            if (!Double.isFinite(v)) {
                String t = c.text(cValue);
                throw KpiDataException.at(source, line, "value", t, Double.isNaN(v) ? "'" + t
                        + "' is not a number; expected a decimal such as 61400.33 or 61,400.33"
                        : "'" + t + "' is too large for a double");
            }
            int asOf = cAsOf < 0 || c.isEmpty(cAsOf) ? PanelAssembler.NO_AS_OF
                    : (int) dates.get(c, cAsOf, Loader::date, this, line, "as_of").toEpochDay();
            panel.add(s, quarter, v, asOf, line);
        }

        private static LocalDate date(String s) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + s + "' is not a date; expected YYYY-MM-DD", e);
            }
        }

        /**
         * The series of the row: the previous row's when the key fields repeat, as in a sorted file;
         * on a series' first row its metric is resolved from the catalog, the basis, unit and period.
         */
        private int series(CsvCursor c, int line, Basis basis, Unit unit, PeriodInfo period) {
            boolean same = lastSeries >= 0 && c.is(cEntity, lastEntity) && c.is(cMetric, lastMetric)
                    && (cSegment < 0 || c.is(cSegment, lastSegment));
            if (same && unit == panel.unit(lastSeries)) {
                return lastSeries;
            }
            String entity = canonical(required(c, cEntity, "entity", line));
            String metric = canonical(required(c, cMetric, "metric", line));
            String segment = cSegment < 0 ? "" : canonical(c.text(cSegment));
            SeriesKey key = SeriesKey.of(entity, metric, segment);
            int known = panel.indexOf(key);
            Metric m = known >= 0 ? panel.metric(known) : metric(line, key.metric(), basis, unit, period.period);
            int s = panel.series(key, m, unit, line);
            lastEntity = c.copy(cEntity);
            lastMetric = c.copy(cMetric);
            lastSegment = cSegment < 0 ? null : c.copy(cSegment);
            lastSeries = s;
            return s;
        }

        /** One string per distinct name: an entity's eight series share it. */
        private String canonical(String s) {
            String c = names.putIfAbsent(s, s);
            return c == null ? s : c;
        }

        private String required(CsvCursor c, int field, String column, int line) {
            String v = c.text(field);
            if (v.isEmpty()) {
                throw KpiDataException.at(source, line, column, "", column + " is empty; every row needs one");
            }
            return v;
        }

        /** FactRows' rules: a catalog metric must fit the unit and basis; an unknown one needs a basis. */
        private Metric metric(int line, String id, Basis basis, Unit unit, Period period) {
            Metric m = FactRows.resolveMetric(source, line, catalog, id, basis, unit, period);
            if (catalog.get(id).isEmpty()) {
                catalog = catalog.with(m);
            }
            return m;
        }

        /** The quarter index a row's figure belongs to, with FactRows' basis rules and the panel's own. */
        private int quarter(CsvCursor c, int line, int s, Basis basis, PeriodInfo info) {
            Metric m = panel.metric(s);
            FactRows.checkBasisFits(source, line, m, basis);
            // a period text means one thing for flows and another for stocks (2024Q3 is the instant 2024-09-30)
            int k = (basis == null ? 0 : basis.ordinal() + 1) + (m.instant() ? BASES + 1 : 0);
            Period p = info.flow[k];
            if (p == null) { // worked out once per period text, basis and kind
                p = FactRows.applyBasis(source, line, calendar, m, basis, info.period, c.text(cPeriod));
                info.flow[k] = p;
            }
            return panel.quarterOf(s, p, info.text, line);
        }

        KpiPanel build() {
            return panel.build();
        }

        String source() {
            return source;
        }
    }

    private static final int BASES = Basis.values().length;

    /**
     * A period text's meaning, worked out once: the period under each basis (by ordinal + 1; 0 for
     * no basis), for flows and then for instants.
     */
    private static final class PeriodInfo {
        final String text;
        final Period period;
        final Period[] flow = new Period[2 * (BASES + 1)];

        PeriodInfo(String text, Period period) {
            this.text = text;
            this.period = period;
        }

        static PeriodInfo parse(String text) {
            return new PeriodInfo(text, Period.parse(text));
        }
    }

    /**
     * Parsed values of a column's few distinct texts (periods, units, bases, dates), looked up by
     * the field's bytes so that a repeated text costs a compare (the previous row's) or a hash and a
     * compare, never a string.
     */
    private static final class TextCache<V> {
        private byte[][] keys = new byte[64][];
        private Object[] values = new Object[64];
        private int size;
        private byte[] lastKey;
        private Object lastValue;

        @SuppressWarnings("unchecked")
        V get(CsvCursor c, int field, Function<String, V> parser, Loader l, int line, String column) {
            if (c.is(field, lastKey)) {
                return (V) lastValue;
            }
            int mask = keys.length - 1;
            int i = c.hash(field) & mask;
            while (keys[i] != null) {
                if (c.is(field, keys[i])) {
                    lastKey = keys[i];
                    lastValue = values[i];
                    return (V) values[i];
                }
                i = (i + 1) & mask;
            }
            String text = c.text(field);
            if (text.isEmpty()) {
                throw KpiDataException.at(l.source(), line, column, "", column + " is empty; every row needs one");
            }
            V v;
            try {
                v = parser.apply(text);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw KpiDataException.at(l.source(), line, column, text, e.getMessage(), e);
            }
            put(c.copy(field), v);
            return v;
        }

        private void put(byte[] k, Object v) {
            if (2 * (size + 1) > keys.length) {
                byte[][] ok = keys;
                Object[] ov = values;
                keys = new byte[ok.length * 2][];
                values = new Object[ok.length * 2];
                size = 0;
                for (int j = 0; j < ok.length; j++) {
                    if (ok[j] != null) {
                        insert(ok[j], ov[j]);
                    }
                }
            }
            insert(k, v);
            lastKey = k;
            lastValue = v;
        }

        private void insert(byte[] k, Object v) {
            int mask = keys.length - 1;
            int i = CsvCursor.hash(k) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = k;
            values[i] = v;
            size++;
        }
    }
}
