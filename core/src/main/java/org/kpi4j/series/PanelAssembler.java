package org.kpi4j.series;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kpi4j.KpiDataException;
import org.kpi4j.internal.SpanSums;
import org.kpi4j.metric.Metric;
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
 * the later {@code as_of} wins; the same {@code as_of} twice is a duplicate; a figure of a fiscal
 * year filed before a restatement of that year is left out, with a note, by the rule
 * {@code FactSet.series} follows (a quarter derived across a restatement would mix bases). With
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
    private final PanelLayout layout;

    /** The most figures one panel takes (its rows are kept in blocks of 2^16, numbered in an int). */
    static final int MAX_ROWS = 2_000_000_000;

    private final Map<SeriesKey, Integer> seriesIndex = new HashMap<>();
    private final List<PanelSeries> series = new ArrayList<>();
    private final PanelRows rows = new PanelRows();
    private final PanelPeriods periods;

    /** The period {@link #quarterOf} classified last, for the row {@link #add} takes next. */
    private Period lastPeriod;
    /** The rows (in the order given) of approximate figures; null while there are none. */
    private java.util.BitSet rowApproximate;

    private PanelAssembler(String source, FiscalCalendar calendar, PanelLayout layout) {
        this.source = source;
        this.layout = layout;
        this.periods = new PanelPeriods(calendar);
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
            series.add(new PanelSeries(key, metric, unit, line));
            return s;
        }
        PanelSeries e = series.get(s);
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
        return quarterOf(this.series.get(series), period(period), text, line);
    }

    /**
     * Returns an id for a period, for {@link #add(int, int, String, double, int, int)}: what the
     * period means on the panel's axis is worked out once per period rather than once per figure.
     *
     * @param period a figure's period, after its basis was applied, not null
     * @return the id, 0 or more
     */
    public int period(Period period) {
        return periods.id(period);
    }

    /** The panel's rules for a figure of series e in period p (an id); the quarter it goes to. */
    private int quarterOf(PanelSeries e, int p, String text, int line) {
        int q = e.quarterOf(periods, p, text, line, source, layout);
        lastPeriod = periods.period[p];
        return q;
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
        add(series, quarter, value, asOf, line, false);
    }

    /**
     * Adds a figure that may be approximate (约): such a figure is never taken to contradict others.
     *
     * @param series the series index
     * @param quarter the quarter index from {@link #quarterOf}, called for this figure
     * @param value the value, finite
     * @param asOf the report date as an epoch day, or {@link #NO_AS_OF}
     * @param line the line, for messages
     * @param approximate true if the source gives the figure as approximate
     * @throws KpiDataException if the value is not finite
     */
    public void add(int series, int quarter, double value, int asOf, int line, boolean approximate) {
        if (!Double.isFinite(value)) {
            throw KpiDataException.at(source, line, "value", Double.toString(value), "value must be a finite number");
        }
        PanelSeries e = this.series.get(series);
        if (e.mixed != null) {
            if (!approximate && lastPeriod != null && lastPeriod.isDuration()) {
                e.mixed.add(new SpanSums.Figure(lastPeriod.firstQuarter(), lastPeriod.lastQuarter(), value,
                        lastPeriod.toString(), line));
                e.mixedAsOf.add(asOf);
            }
            return;
        }
        if (rows.rows() == MAX_ROWS) {
            throw KpiDataException.at(source, line, null, null, "more than " + MAX_ROWS + " figures, more than a panel "
                    + "takes");
        }
        if (approximate) {
            if (rowApproximate == null) {
                rowApproximate = new java.util.BitSet();
            }
            rowApproximate.set(rows.rows());
        }
        rows.add(series, quarter, value, asOf, line);
    }

    /**
     * Adds a figure by its period's id: {@link #quarterOf} and {@link #add(int, int, double, int, int)}
     * in one step, for readers that resolve each distinct period once.
     *
     * @param series the series index
     * @param period the id of the figure's period, from {@link #period(Period)}
     * @param text the period as written, for messages, not null
     * @param value the value, finite
     * @param asOf the report date as an epoch day, or {@link #NO_AS_OF}
     * @param line the line, for messages
     * @throws KpiDataException if the period is one a panel cannot hold for this series, or the value is
     *     not finite
     */
    public void add(int series, int period, String text, double value, int asOf, int line) {
        add(series, period, text, value, asOf, line, false);
    }

    /**
     * Adds a figure by its period's id, as {@link #add(int, int, String, double, int, int)} does, that
     * may be approximate, as {@link #add(int, int, double, int, int, boolean)} takes it.
     *
     * @param series the series index
     * @param period the id of the figure's period, from {@link #period(Period)}
     * @param text the period as written, for messages, not null
     * @param value the value, finite
     * @param asOf the report date as an epoch day, or {@link #NO_AS_OF}
     * @param line the line, for messages
     * @param approximate true if the source gives the figure as approximate
     * @throws KpiDataException if the period is one a panel cannot hold for this series, or the value is
     *     not finite
     */
    public void add(int series, int period, String text, double value, int asOf, int line, boolean approximate) {
        add(series, quarterOf(this.series.get(series), period, text, line), value, asOf, line, approximate);
    }

    /** @return the number of figures added */
    public int rows() {
        return rows.rows();
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
        if (series.stream().anyMatch(e -> e.mixed != null) || later.series.stream().anyMatch(e -> e.mixed != null)
                || rowApproximate != null || later.rowApproximate != null) {
            return false; // rare: the one-piece read reports these
        }
        int[] map = new int[later.series.size()];
        for (int s = 0; s < map.length; s++) {
            PanelSeries theirs = later.series.get(s);
            Integer g = seriesIndex.get(theirs.key);
            if (g == null) {
                g = series.size();
                seriesIndex.put(theirs.key, g);
                series.add(theirs);
            } else {
                PanelSeries mine = series.get(g);
                if (!mine.metric.equals(theirs.metric) || !mine.unit.equals(theirs.unit) || mine.mixed != null) {
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
        if ((long) rows.rows() + later.rows.rows() > MAX_ROWS) {
            return false;
        }
        rows.absorb(later.rows, map);
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
        if (rows.rows() == 0 && series.stream().allMatch(e -> e.mixed == null)) {
            throw KpiDataException.at(source, 0, null, null, "no figures to lay out: the input has no data rows");
        }
        for (int s = 0; s < series.size(); s++) {
            if (series.get(s).mixed != null) {
                series.get(s).refuse(source, s, rows, rowApproximate);
            }
        }
        int minQuarter = rows.minQuarter();
        int q = rows.maxQuarter() - minQuarter + 1;
        int n = series.size();
        if ((long) n * q > Integer.MAX_VALUE - 8) {
            throw KpiDataException.at(source, 0, null, null, "the panel would have " + (long) n * q
                    + " cells, more than a Java array holds");
        }
        double[] values = new double[n * q];
        PanelRows.Layout laid = rows.layOut(values, n, q);
        PanelRows.Duplicate d = laid.duplicate();
        if (d != null) {
            throw KpiDataException.at(source, d.line(), "period", null, "duplicate fact: " + series.get(d.series()).key
                    + " " + Period.ofQuarterIndex(d.quarter()) + " is also on line " + d.earlierLine()
                    + (d.asOf() == NO_AS_OF ? "" : " with the same as_of"));
        }
        SeriesKey[] keys = new SeriesKey[n];
        Metric[] metrics = new Metric[n];
        Unit[] units = new Unit[n];
        Transform[] transforms = new Transform[n];
        boolean[] differenced = new boolean[n];
        for (int s = 0; s < n; s++) {
            PanelSeries e = series.get(s);
            keys[s] = e.key;
            metrics[s] = e.metric;
            units[s] = e.unit;
            boolean ytd = e.cumulativeLine != 0;
            differenced[s] = ytd && layout == PanelLayout.QUARTERLY;
            transforms[s] = e.instant ? Transform.REPORTED
                    : ytd && layout == PanelLayout.AS_REPORTED ? Transform.YEAR_TO_DATE : Transform.DISCRETE;
        }
        int q0 = Math.floorMod(minQuarter, 4);
        KpiPanel p = new KpiPanel(minQuarter, q, keys, metrics, units, transforms, values, List.of());
        // year-to-date flows differenced in place, and whether every value is moderate, in one pass on all cores
        java.util.concurrent.atomic.AtomicBoolean immoderate = new java.util.concurrent.atomic.AtomicBoolean();
        int[] dropped = new int[n];
        PanelRows.series(n, q).forEach(s -> {
            if (differenced[s]) {
                dropped[s] = Kernels.ytdToDiscrete(values, s * q, values, s * q, q, q0, false);
            }
            if (!immoderate.get() && !org.kpi4j.growth.Growth.isModerate(values, s * q, q)) {
                immoderate.set(true);
            }
        });
        boolean moderate = !immoderate.get();
        List<String> notes = PanelRestatements.notes(laid.stale(), keys);
        notes.addAll(PanelOps.beyond(p, dropped, "year-to-date difference"));
        return (notes.isEmpty() ? p : new KpiPanel(minQuarter, q, keys, metrics, units, transforms, values, notes))
                .moderate(moderate);
    }
}
