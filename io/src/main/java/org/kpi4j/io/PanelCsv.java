package org.kpi4j.io;

import java.io.IOException;
import java.io.InputStream;
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

    /** How flows reported year-to-date are laid out in the panel. */
    public enum Layout {
        /** Discrete quarters: year-to-date figures differenced within each fiscal year. */
        QUARTERLY,
        /** Figures as reported: a year-to-date flow keeps its cumulative value in its last quarter. */
        AS_REPORTED
    }

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
        return read(file, MetricCatalog.standard(), FiscalCalendar.calendarYear(), Layout.QUARTERLY);
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
    public static KpiPanel read(Path file, MetricCatalog catalog, FiscalCalendar calendar, Layout layout) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(layout, "layout");
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            if (cores > 1 && Files.size(file) >= PARALLEL_BYTES) {
                KpiPanel p = readInChunks(file, Math.min(cores, 16), catalog, calendar, layout);
                if (p != null) {
                    return p;
                }
            }
        } catch (IOException e) {
            // the sequential read below reports it
        }
        return readSequentially(file, catalog, calendar, layout);
    }

    /** Files at least this large are read in chunks, one per core. */
    static final long PARALLEL_BYTES = 8L << 20;

    static KpiPanel readSequentially(Path file, MetricCatalog catalog, FiscalCalendar calendar, Layout layout) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), catalog, calendar, layout);
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
            Layout layout) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(layout, "layout");
        Loader l = new Loader(sourceName, catalog, calendar, layout);
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
            Layout layout) throws IOException {
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
            Loader head = new Loader(source, catalog, calendar, layout);
            try (InputStream in = slice(file, 0, spans.get(0)[1])) {
                head.header(new CsvCursor(in, source, 1 << 12)); // the columns, for the other chunks
            }
            java.util.stream.IntStream.range(0, parts.length).parallel().forEach(k -> {
                Loader l = new Loader(source, catalog, calendar, layout);
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
        if (all.rows == 0) {
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
     * value, series by series; values in Java's shortest round-trip form ({@code 0.3},
     * {@code 1.0E-4}), so reading them back gives the same doubles.
     *
     * @param panel the panel, not null
     * @param writer the writer, not null; flushed, not closed
     * @throws java.io.UncheckedIOException if writing fails
     */
    public static void write(KpiPanel panel, Writer writer) {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(writer, "writer");
        int q = panel.quarterCount();
        String[] periods = new String[q];
        for (int c = 0; c < q; c++) {
            periods[c] = panel.quarter(c).toString();
        }
        StringBuilder sb = new StringBuilder(1 << 16);
        try {
            writer.write("entity,metric,segment,period,value,unit\n");
            for (int s = 0; s < panel.seriesCount(); s++) {
                SeriesKey k = panel.key(s);
                String prefix = quote(k.entity()) + ',' + quote(k.metric()) + ',' + quote(k.segment()) + ',';
                String unit = ',' + quote(panel.unit(s).symbol()) + '\n';
                double[] row = panel.row(s);
                for (int c = 0; c < q; c++) {
                    if (!Double.isNaN(row[c])) {
                        sb.append(prefix).append(periods[c]).append(',').append(row[c]).append(unit);
                    }
                }
                if (sb.length() > (1 << 15)) {
                    writer.append(sb);
                    sb.setLength(0);
                }
            }
            writer.append(sb);
            writer.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0
                && s.strip().equals(s)) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** One read: the header's columns, the series met so far and the rows as parallel arrays. */
    private static final class Loader {
        private static final int EMPTY_AS_OF = Integer.MIN_VALUE;

        private final String source;
        private final FiscalCalendar calendar;
        private final Layout layout;
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

        private final Map<SeriesKey, Integer> seriesIndex = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private final List<Series> series = new ArrayList<>();
        private byte[] lastEntity;
        private byte[] lastMetric;
        private byte[] lastSegment;
        private int lastSeries = -1;

        private final TextCache<PeriodInfo> periods = new TextCache<>();
        private final TextCache<Basis> bases = new TextCache<>();
        private final TextCache<Unit> units = new TextCache<>();
        private final TextCache<LocalDate> dates = new TextCache<>();

        private int rows;
        private int[] rowSeries = new int[1024];
        private int[] rowQuarter = new int[1024];
        private int[] rowLine = new int[1024];
        private int[] rowAsOf;
        private double[] rowValue = new double[1024];
        private int minQuarter = Integer.MAX_VALUE;
        private int maxQuarter = Integer.MIN_VALUE;

        Loader(String source, MetricCatalog catalog, FiscalCalendar calendar, Layout layout) {
            this.source = source;
            this.catalog = catalog;
            this.calendar = calendar;
            this.layout = layout;
        }

        void read(CsvCursor c) throws IOException {
            header(c);
            rows(c);
            if (rows == 0) {
                throw KpiDataException.at(source, c.line(), null, null, "the file has no data rows");
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
            if (cAsOf >= 0) {
                rowAsOf = new int[rowLine.length];
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
            if (cAsOf >= 0) {
                rowAsOf = new int[rowLine.length];
            }
        }

        /** Reads the data rows to the end of the input. */
        void rows(CsvCursor c) throws IOException {
            while (c.next()) {
                row(c);
            }
        }

        /**
         * Appends another chunk's series and rows (the rows after this loader's, in file order), or
         * returns false if the two disagree on a series (metric, unit, or year-to-date against discrete
         * quarters); the sequential read then gives the error with its exact line.
         */
        boolean absorb(Loader o) {
            int[] map = new int[o.series.size()];
            for (int s = 0; s < map.length; s++) {
                Series theirs = o.series.get(s);
                Integer g = seriesIndex.get(theirs.key);
                if (g == null) {
                    g = series.size();
                    seriesIndex.put(theirs.key, g);
                    series.add(theirs);
                } else {
                    Series mine = series.get(g);
                    if (!mine.metric.equals(theirs.metric) || !mine.unit.equals(theirs.unit)) {
                        return false;
                    }
                    if (mine.cumulativeLine == 0) {
                        mine.cumulativeLine = theirs.cumulativeLine;
                    }
                    if (mine.discreteLine == 0) {
                        mine.discreteLine = theirs.discreteLine;
                    }
                    if (mine.cumulativeLine != 0 && mine.discreteLine != 0) {
                        return false;
                    }
                }
                map[s] = g;
            }
            int n = rows + o.rows;
            rowSeries = Arrays.copyOf(rowSeries, n);
            rowQuarter = Arrays.copyOf(rowQuarter, n);
            rowLine = Arrays.copyOf(rowLine, n);
            rowValue = Arrays.copyOf(rowValue, n);
            for (int r = 0; r < o.rows; r++) {
                rowSeries[rows + r] = map[o.rowSeries[r]];
            }
            System.arraycopy(o.rowQuarter, 0, rowQuarter, rows, o.rows);
            System.arraycopy(o.rowLine, 0, rowLine, rows, o.rows); // chunk-relative: only errors use lines
            System.arraycopy(o.rowValue, 0, rowValue, rows, o.rows);
            if (rowAsOf != null) {
                rowAsOf = Arrays.copyOf(rowAsOf, n);
                System.arraycopy(o.rowAsOf, 0, rowAsOf, rows, o.rows);
            }
            rows = n;
            minQuarter = Math.min(minQuarter, o.minQuarter);
            maxQuarter = Math.max(maxQuarter, o.maxQuarter);
            return true;
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
            int s = series(c, line);
            Series ser = series.get(s);
            Basis basis = cBasis < 0 || c.isEmpty(cBasis) ? null : bases.get(c, cBasis, Basis::parse, this, line, "basis");
            Unit unit = units.get(c, cUnit, Unit::parse, this, line, "unit");
            PeriodInfo period = periods.get(c, cPeriod, PeriodInfo::parse, this, line, "period");
            if (ser.metric == null) {
                ser.metric = metric(line, ser.key.metric(), basis, unit, period.period);
                ser.unit = unit;
                ser.line = line;
            } else if (!unit.equals(ser.unit)) {
                throw KpiDataException.at(source, line, "unit", unit.symbol(), "series " + ser.key + " is in "
                        + ser.unit.symbol() + " from line " + ser.line + " but this row is in " + unit.symbol()
                        + "; a panel holds one unit per series (FactsCsv.read converts mixed scales)");
            }
            int quarter = quarter(c, line, ser, basis, period);
            double v = Decimals.parse(c.bytes(cValue), c.start(cValue), c.end(cValue));
            if (!Double.isFinite(v)) {
                String t = c.text(cValue);
                throw KpiDataException.at(source, line, "value", t, Double.isNaN(v) ? "'" + t
                        + "' is not a number; expected a decimal such as 61400.33 or 61,400.33"
                        : "'" + t + "' is too large for a double");
            }
            if (rows == rowLine.length) {
                int n = rows * 2;
                rowSeries = Arrays.copyOf(rowSeries, n);
                rowQuarter = Arrays.copyOf(rowQuarter, n);
                rowLine = Arrays.copyOf(rowLine, n);
                rowValue = Arrays.copyOf(rowValue, n);
                if (rowAsOf != null) {
                    rowAsOf = Arrays.copyOf(rowAsOf, n);
                }
            }
            rowSeries[rows] = s;
            rowQuarter[rows] = quarter;
            rowLine[rows] = line;
            rowValue[rows] = v;
            if (rowAsOf != null) {
                rowAsOf[rows] = c.isEmpty(cAsOf) ? EMPTY_AS_OF
                        : (int) dates.get(c, cAsOf, Loader::date, this, line, "as_of").toEpochDay();
            }
            rows++;
            minQuarter = Math.min(minQuarter, quarter);
            maxQuarter = Math.max(maxQuarter, quarter);
        }

        private static LocalDate date(String s) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + s + "' is not a date; expected YYYY-MM-DD", e);
            }
        }

        /** The series of the row: the previous row's when the key fields repeat, as in a sorted file. */
        private int series(CsvCursor c, int line) {
            boolean same = lastSeries >= 0 && c.is(cEntity, lastEntity) && c.is(cMetric, lastMetric)
                    && (cSegment < 0 || c.is(cSegment, lastSegment));
            if (same) {
                return lastSeries;
            }
            String entity = canonical(required(c, cEntity, "entity", line));
            String metric = canonical(required(c, cMetric, "metric", line));
            String segment = cSegment < 0 ? "" : canonical(c.text(cSegment));
            SeriesKey key = SeriesKey.of(entity, metric, segment);
            Integer s = seriesIndex.get(key);
            if (s == null) {
                s = series.size();
                seriesIndex.put(key, s);
                series.add(new Series(key));
            }
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
        private int quarter(CsvCursor c, int line, Series ser, Basis basis, PeriodInfo info) {
            Metric m = ser.metric;
            FactRows.checkBasisFits(source, line, m, basis);
            if (m.instant()) {
                if (info.stockQuarter == Integer.MIN_VALUE) { // worked out once per period text
                    LocalDate d = FactRows.applyBasis(source, line, calendar, m, basis, info.period, c.text(cPeriod))
                            .date();
                    if (!calendar.isQuarterEnd(d)) {
                        throw KpiDataException.at(source, line, "period", c.text(cPeriod), "a panel holds quarter-end "
                                + "figures; " + d + " is not the end of a fiscal quarter");
                    }
                    info.stockQuarter = calendar.quarterOf(d).endQuarterIndex();
                }
                return info.stockQuarter;
            }
            int k = basis == null ? 0 : basis.ordinal() + 1;
            Period p = info.flow[k];
            if (p == null) { // worked out once per period text and basis
                p = FactRows.applyBasis(source, line, calendar, m, basis, info.period, c.text(cPeriod));
                info.flow[k] = p;
            }
            boolean cumulative = p.lengthInQuarters() > 1;
            if (cumulative && !p.isYearToDate()) {
                throw KpiDataException.at(source, line, "period", c.text(cPeriod), "a panel holds quarters and "
                        + "year-to-date figures; " + p + " is neither (FactsCsv.read derives quarters from it)");
            }
            if (cumulative && ser.cumulativeLine == 0) {
                ser.cumulativeLine = line;
                if (m.kind() == MetricKind.RATIO && layout == Layout.QUARTERLY) {
                    throw KpiDataException.at(source, line, "period", c.text(cPeriod), "metric '" + m.id()
                            + "' is a ratio reported year-to-date; quarterly ratios cannot be derived by "
                            + "subtraction (read with Layout.AS_REPORTED, or load its numerator and denominator)");
                }
            } else if (!cumulative && p.lastQuarter() != 1 && ser.discreteLine == 0) {
                ser.discreteLine = line;
            }
            if (ser.cumulativeLine != 0 && ser.discreteLine != 0) {
                throw KpiDataException.at(source, line, "period", c.text(cPeriod), "series " + ser.key
                        + " mixes year-to-date figures (line " + ser.cumulativeLine + ") and discrete quarters (line "
                        + ser.discreteLine + "); a panel needs one or the other (FactsCsv.read reconciles both)");
            }
            return p.endQuarterIndex();
        }

        KpiPanel build() {
            int q = maxQuarter - minQuarter + 1;
            int n = series.size();
            if ((long) n * q > Integer.MAX_VALUE - 8) {
                throw KpiDataException.at(source, 0, null, null, "the panel would have " + (long) n * q
                        + " cells, more than a Java array holds");
            }
            double[] values = new double[n * q];
            Arrays.fill(values, Double.NaN);
            int[] cellRow = new int[n * q];
            Arrays.fill(cellRow, -1);
            for (int r = 0; r < rows; r++) {
                int cell = rowSeries[r] * q + rowQuarter[r] - minQuarter;
                int prev = cellRow[cell];
                if (prev >= 0) {
                    int a = rowAsOf == null ? EMPTY_AS_OF : rowAsOf[prev];
                    int b = rowAsOf == null ? EMPTY_AS_OF : rowAsOf[r];
                    if (a == b) {
                        throw KpiDataException.at(source, rowLine[r], "period", null, "duplicate fact: "
                                + series.get(rowSeries[r]).key + " " + Period.ofQuarterIndex(rowQuarter[r])
                                + " is also on line " + rowLine[prev]
                                + (rowAsOf == null ? "" : " with the same as_of"));
                    }
                    if (b < a) {
                        continue; // an older vintage
                    }
                }
                cellRow[cell] = r;
                values[cell] = rowValue[r];
            }
            List<SeriesKey> keys = new ArrayList<>(n);
            List<Unit> us = new ArrayList<>(n);
            int fiscalQ0 = Math.floorMod(minQuarter, 4);
            for (int s = 0; s < n; s++) {
                Series ser = series.get(s);
                keys.add(ser.key);
                us.add(ser.unit);
                if (layout == Layout.QUARTERLY && ser.cumulativeLine != 0) {
                    ytdToDiscreteInPlace(values, s * q, q, fiscalQ0);
                }
            }
            return KpiPanel.of(Period.ofQuarterIndex(minQuarter), q, keys, us, values);
        }

        /** Backwards, so each difference reads the cumulative figure before it is replaced. */
        private static void ytdToDiscreteInPlace(double[] v, int off, int n, int q0) {
            for (int t = n - 1; t >= 0; t--) {
                if ((q0 + t) % 4 != 0) {
                    v[off + t] = t == 0 ? Double.NaN : v[off + t] - v[off + t - 1];
                }
            }
        }

        String source() {
            return source;
        }
    }

    /**
     * A period text's meaning, worked out once: for a stock, the quarter its end closes; for a flow,
     * the period under each basis (by ordinal + 1; 0 for no basis).
     */
    private static final class PeriodInfo {
        final Period period;
        int stockQuarter = Integer.MIN_VALUE;
        final Period[] flow = new Period[Basis.values().length + 1];

        PeriodInfo(Period period) {
            this.period = period;
        }

        static PeriodInfo parse(String text) {
            return new PeriodInfo(Period.parse(text));
        }
    }

    private static final class Series {
        final SeriesKey key;
        Metric metric;
        Unit unit;
        int line;
        int cumulativeLine;
        int discreteLine;

        Series(SeriesKey key) {
            this.key = key;
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
