package org.kpi4j.series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kpi4j.KpiDataException;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * Lays out facts given one at a time as primitives into a {@link KpiPanel}: the one implementation
 * of the panel's rules for every reader (a tidy CSV through {@code PanelCsv}, a Spark partition).
 *
 * <p>Rules: a flow is given by quarters or by year-to-date spans (Q1, H1, Q1-Q3, the year), never
 * both in one series; a stock (or instant ratio) at the end of a fiscal quarter; a second half or
 * other span that does not start the year is refused; a ratio filed year-to-date cannot be laid out
 * as discrete quarters; a series has one metric and one unit. Of two figures for the same quarter
 * the later {@code as_of} wins; the same {@code as_of} twice is a duplicate. With
 * {@link PanelLayout#QUARTERLY}, year-to-date flows become discrete quarters (Q2 = H1 − Q1, ...).
 * Errors are {@link KpiDataException}s naming the source and line.
 *
 * <pre>{@code
 * Metric revenue = MetricCatalog.standard().get("revenue").orElseThrow();
 * PanelAssembler a = PanelAssembler.of("facts.csv", FiscalCalendar.calendarYear(), PanelLayout.QUARTERLY);
 * int s = a.series(SeriesKey.of("acme", "revenue"), revenue, Unit.WAN_YUAN, 2);
 * a.add(s, a.quarterOf(s, Period.parse("2024Q1"), "2024Q1", 2), 100, PanelAssembler.NO_AS_OF, 2);
 * a.add(s, a.quarterOf(s, Period.parse("2024H1"), "2024H1", 3), 250, PanelAssembler.NO_AS_OF, 3);
 * a.build().get(0, 1);   // OptionalDouble[150.0]: H1 − Q1
 * }</pre>
 *
 * <p>Not thread-safe: one assembler per reader or per chunk, merged with {@link #absorb}.
 */
public final class PanelAssembler {

    /** The {@code asOf} of a figure whose report date is not known: older than any date. */
    public static final int NO_AS_OF = Integer.MIN_VALUE;

    private final String source;
    private final FiscalCalendar calendar;
    private final PanelLayout layout;

    private final Map<SeriesKey, Integer> seriesIndex = new HashMap<>();
    private final List<Entry> series = new ArrayList<>();
    private final Map<Period, Integer> instantQuarters = new HashMap<>();

    private int rows;
    private int[] rowSeries = new int[1024];
    private int[] rowQuarter = new int[1024];
    private int[] rowLine = new int[1024];
    private int[] rowAsOf = new int[1024];
    private double[] rowValue = new double[1024];
    private int minQuarter = Integer.MAX_VALUE;
    private int maxQuarter = Integer.MIN_VALUE;

    private PanelAssembler(String source, FiscalCalendar calendar, PanelLayout layout) {
        this.source = source;
        this.calendar = calendar;
        this.layout = layout;
    }

    /**
     * Starts a panel.
     *
     * @param source the name used in error messages (a file, a partition), not null
     * @param calendar the fiscal calendar of the quarters, not null
     * @param layout how year-to-date flows are laid out, not null
     * @return the assembler, not null
     */
    public static PanelAssembler of(String source, FiscalCalendar calendar, PanelLayout layout) {
        return new PanelAssembler(Objects.requireNonNull(source, "source"), Objects.requireNonNull(calendar, "calendar"),
                Objects.requireNonNull(layout, "layout"));
    }

    /** One series: its key, metric and unit, and the first lines that showed year-to-date or discrete figures. */
    private static final class Entry {
        final SeriesKey key;
        final Metric metric;
        final Unit unit;
        final int line;
        int cumulativeLine;
        int discreteLine;

        Entry(SeriesKey key, Metric metric, Unit unit, int line) {
            this.key = key;
            this.metric = metric;
            this.unit = unit;
            this.line = line;
        }
    }

    /**
     * Returns the index of a series, adding it the first time its key is seen.
     *
     * @param key the key, not null
     * @param metric its metric, not null
     * @param unit its unit, accepted by the metric, not null
     * @param line the line the figure came from, for messages
     * @return the series index, in order of first appearance
     * @throws KpiDataException if the series was seen with another metric or unit
     */
    public int series(SeriesKey key, Metric metric, Unit unit, int line) {
        Integer s = seriesIndex.get(key);
        if (s == null) {
            if (!metric.family().accepts(unit)) {
                throw KpiDataException.at(source, line, "unit", unit.symbol(), "metric '" + metric.id()
                        + "' does not take the unit " + unit);
            }
            s = series.size();
            seriesIndex.put(key, s);
            series.add(new Entry(key, metric, unit, line));
            return s;
        }
        Entry e = series.get(s);
        if (!unit.equals(e.unit)) {
            throw KpiDataException.at(source, line, "unit", unit.symbol(), "series " + key + " is in " + e.unit.symbol()
                    + " from line " + e.line + " but this row is in " + unit.symbol() + "; a panel holds one unit per "
                    + "series (read the file as facts to convert mixed scales)");
        }
        if (!metric.equals(e.metric)) {
            throw KpiDataException.at(source, line, "metric", key.metric(), "series " + key + " is a " + e.metric.kind()
                    + " from line " + e.line + " but this row makes it a " + metric.kind());
        }
        return s;
    }

    /**
     * Returns the index of a series already added.
     *
     * @param key the key, not null
     * @return the index, or −1 if the series has not been added
     */
    public int indexOf(SeriesKey key) {
        Integer s = seriesIndex.get(key);
        return s == null ? -1 : s;
    }

    /**
     * Returns the metric of a series.
     *
     * @param series the series index
     * @return the metric, not null
     */
    public Metric metric(int series) {
        return this.series.get(series).metric;
    }

    /**
     * Returns the unit of a series.
     *
     * @param series the series index
     * @return the unit, not null
     */
    public Unit unit(int series) {
        return this.series.get(series).unit;
    }

    /**
     * Returns the quarter a figure of a series belongs to on the panel's axis (its running index,
     * {@link Period#endQuarterIndex()}), applying the panel's rules for the period.
     *
     * @param series the series index
     * @param period the figure's period, after its basis was applied (a quarter, a year-to-date span,
     *     or an instant for a stock), not null
     * @param text the period as written, for messages, not null
     * @param line the line, for messages
     * @return the quarter index
     * @throws KpiDataException if the period is one a panel cannot hold for this series
     */
    public int quarterOf(int series, Period period, String text, int line) {
        Entry e = this.series.get(series);
        if (e.metric.instant()) {
            Integer q = instantQuarters.get(period);
            if (q == null) {
                LocalDate d = period.date();
                if (!calendar.isQuarterEnd(d)) {
                    throw KpiDataException.at(source, line, "period", text, "a panel holds quarter-end figures; " + d
                            + " is not the end of a fiscal quarter");
                }
                q = calendar.quarterOf(d).endQuarterIndex();
                instantQuarters.put(period, q);
            }
            return q;
        }
        boolean cumulative = period.lengthInQuarters() > 1;
        if (cumulative && !period.isYearToDate()) {
            throw KpiDataException.at(source, line, "period", text, "a panel holds quarters and year-to-date figures; "
                    + period + " is neither (read the file as facts to derive quarters from it)");
        }
        if (cumulative && e.cumulativeLine == 0) {
            e.cumulativeLine = line;
            if (e.metric.kind() == MetricKind.RATIO && layout == PanelLayout.QUARTERLY) {
                throw KpiDataException.at(source, line, "period", text, "metric '" + e.metric.id() + "' is a ratio "
                        + "reported year-to-date; quarterly ratios cannot be derived by subtraction (lay the panel out "
                        + "as reported, or load its numerator and denominator)");
            }
        } else if (!cumulative && period.lastQuarter() != 1 && e.discreteLine == 0) {
            e.discreteLine = line;
        }
        if (e.cumulativeLine != 0 && e.discreteLine != 0) {
            throw KpiDataException.at(source, line, "period", text, "series " + e.key + " mixes year-to-date figures "
                    + "(line " + e.cumulativeLine + ") and discrete quarters (line " + e.discreteLine + "); a panel "
                    + "needs one or the other (read the file as facts to reconcile both)");
        }
        return period.endQuarterIndex();
    }

    /**
     * Adds a figure.
     *
     * @param series the series index
     * @param quarter the quarter index from {@link #quarterOf}
     * @param value the value, finite
     * @param asOf the report date as an epoch day, or {@link #NO_AS_OF}
     * @param line the line, for messages
     * @throws KpiDataException if the value is not finite
     */
    public void add(int series, int quarter, double value, int asOf, int line) {
        if (!Double.isFinite(value)) {
            throw KpiDataException.at(source, line, "value", Double.toString(value), "value must be a finite number");
        }
        if (rows == rowLine.length) {
            int n = rows * 2;
            rowSeries = Arrays.copyOf(rowSeries, n);
            rowQuarter = Arrays.copyOf(rowQuarter, n);
            rowLine = Arrays.copyOf(rowLine, n);
            rowAsOf = Arrays.copyOf(rowAsOf, n);
            rowValue = Arrays.copyOf(rowValue, n);
        }
        rowSeries[rows] = series;
        rowQuarter[rows] = quarter;
        rowLine[rows] = line;
        rowAsOf[rows] = asOf;
        rowValue[rows] = value;
        rows++;
        minQuarter = Math.min(minQuarter, quarter);
        maxQuarter = Math.max(maxQuarter, quarter);
    }

    /** @return the number of figures added */
    public int rows() {
        return rows;
    }

    /**
     * Appends another assembler's series and figures after this one's (a later chunk of the same
     * file), or returns false if the two disagree on a series (metric, unit, or year-to-date against
     * discrete quarters), so that the caller can read again in one piece and report the exact line.
     *
     * @param later the assembler of the figures that follow, not null
     * @return true if merged
     */
    public boolean absorb(PanelAssembler later) {
        int[] map = new int[later.series.size()];
        for (int s = 0; s < map.length; s++) {
            Entry theirs = later.series.get(s);
            Integer g = seriesIndex.get(theirs.key);
            if (g == null) {
                g = series.size();
                seriesIndex.put(theirs.key, g);
                series.add(theirs);
            } else {
                Entry mine = series.get(g);
                if (!mine.metric.equals(theirs.metric) || !mine.unit.equals(theirs.unit)) {
                    return false;
                }
                mine.cumulativeLine = mine.cumulativeLine == 0 ? theirs.cumulativeLine : mine.cumulativeLine;
                mine.discreteLine = mine.discreteLine == 0 ? theirs.discreteLine : mine.discreteLine;
                if (mine.cumulativeLine != 0 && mine.discreteLine != 0) {
                    return false;
                }
            }
            map[s] = g;
        }
        int n = rows + later.rows;
        rowSeries = Arrays.copyOf(rowSeries, n);
        rowQuarter = Arrays.copyOf(rowQuarter, n);
        rowLine = Arrays.copyOf(rowLine, n);
        rowAsOf = Arrays.copyOf(rowAsOf, n);
        rowValue = Arrays.copyOf(rowValue, n);
        for (int r = 0; r < later.rows; r++) {
            rowSeries[rows + r] = map[later.rowSeries[r]];
        }
        System.arraycopy(later.rowQuarter, 0, rowQuarter, rows, later.rows);
        System.arraycopy(later.rowLine, 0, rowLine, rows, later.rows);
        System.arraycopy(later.rowAsOf, 0, rowAsOf, rows, later.rows);
        System.arraycopy(later.rowValue, 0, rowValue, rows, later.rows);
        rows = n;
        minQuarter = Math.min(minQuarter, later.minQuarter);
        maxQuarter = Math.max(maxQuarter, later.maxQuarter);
        return true;
    }

    /**
     * Lays out the panel: one row per series in order of first appearance, on the axis from the
     * earliest to the latest quarter; the later {@code as_of} of two figures for one quarter wins.
     *
     * @return the panel, not null
     * @throws KpiDataException if no figure was added, a figure is given twice for the same report,
     *     or the panel would not fit in an array
     */
    public KpiPanel build() {
        if (rows == 0) {
            throw KpiDataException.at(source, 0, null, null, "no figures to lay out: the input has no data rows");
        }
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
                if (rowAsOf[prev] == rowAsOf[r]) {
                    throw KpiDataException.at(source, rowLine[r], "period", null, "duplicate fact: "
                            + series.get(rowSeries[r]).key + " " + Period.ofQuarterIndex(rowQuarter[r])
                            + " is also on line " + rowLine[prev] + (rowAsOf[r] == NO_AS_OF ? "" : " with the same as_of"));
                }
                if (rowAsOf[r] < rowAsOf[prev]) {
                    continue; // an older vintage
                }
            }
            cellRow[cell] = r;
            values[cell] = rowValue[r];
        }
        SeriesKey[] keys = new SeriesKey[n];
        Metric[] metrics = new Metric[n];
        Unit[] units = new Unit[n];
        Transform[] transforms = new Transform[n];
        int q0 = Math.floorMod(minQuarter, 4);
        for (int s = 0; s < n; s++) {
            Entry e = series.get(s);
            keys[s] = e.key;
            metrics[s] = e.metric;
            units[s] = e.unit;
            boolean ytd = e.cumulativeLine != 0;
            if (ytd && layout == PanelLayout.QUARTERLY) {
                Kernels.ytdToDiscrete(values, s * q, values, s * q, q, q0, false);
            }
            transforms[s] = e.metric.instant() ? Transform.REPORTED
                    : ytd && layout == PanelLayout.AS_REPORTED ? Transform.YEAR_TO_DATE : Transform.DISCRETE;
        }
        return new KpiPanel(minQuarter, q, keys, metrics, units, transforms, values, List.of());
    }
}
