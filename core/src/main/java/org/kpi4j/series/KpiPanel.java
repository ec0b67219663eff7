package org.kpi4j.series;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.KpiTable;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.metric.Metric;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * Many quarterly series on one axis of consecutive fiscal quarters, stored by column in one
 * {@code double[]} (each series' quarters contiguous), so that an operation runs over a million
 * series without an object per point. Each series knows its {@link Metric} and {@link Transform},
 * and every operation follows the same rules as {@link KpiSeries}: TTM and discrete quarters apply
 * to flows only, a ratio changes in percentage points, a stock at quarter ends is compared with the
 * quarter end a year (or a quarter) earlier.
 *
 * <p>A missing quarter is {@code NaN} in storage and an empty {@link OptionalDouble} from
 * {@link #get(int, int)}; every operation propagates it: a growth whose value or base is missing, or
 * whose base is not meaningful under the convention, is missing; a TTM figure needing a missing
 * quarter is missing; a result beyond the range of a double is missing. A series an operation does
 * not apply to (the TTM of a stock) is left out of the result, and {@link #notes()} says which and
 * why. Operations on panels of more than {@value #PARALLEL_THRESHOLD} points run across cores, with
 * the same results as on one core.
 *
 * <pre>{@code
 * KpiPanel p = KpiPanel.builder(Period.parse("2023Q1"), 8)
 *         .add(SeriesKey.of("acme", "revenue"), Unit.WAN_YUAN, new double[] {10, 11, 12, 13, 12, 14, 15, 16})
 *         .add(SeriesKey.of("acme", "debt_ratio"), Unit.PERCENT, new double[] {50, 51, 52, 53, 55, 54, 53, 52})
 *         .build();
 * p.yoy(GrowthConvention.FILING).get(0, 4);   // OptionalDouble[0.2]: 12 / 10 − 1
 * p.yoy(GrowthConvention.FILING).get(1, 4);   // OptionalDouble[5.0]: 55% − 50%, in points
 * p.ttm().get(0, 3);                          // OptionalDouble[46.0]
 * p.ttm().notes();                            // [skipped acme/debt_ratio: ...]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KpiPanel {

    /** Panels with more points than this run their operations in parallel. */
    public static final int PARALLEL_THRESHOLD = 1 << 18;

    final int firstQuarter;
    final int quarters;
    final SeriesKey[] keys;
    final Metric[] metrics;
    final Unit[] units;
    final Transform[] transforms;
    final double[] values;
    private final List<String> notes;
    /** Whether every value is moderate ({@link org.kpi4j.growth.Growth#isModerate}): 0 not known yet, 1 yes, −1 no. */
    private volatile byte moderate;

    /**
     * Per series, whether its values stand for year-to-date spans (2024H1 in the column of 2024Q2):
     * null when that follows from the transforms alone (a YEAR_TO_DATE series), else set by an
     * operation whose result keeps the spans of its input (a YoY of year-to-date figures).
     */
    final boolean[] spans;

    /** Takes the arrays as they are: callers hand over arrays they built and checked. */
    KpiPanel(int firstQuarter, int quarters, SeriesKey[] keys, Metric[] metrics, Unit[] units, Transform[] transforms,
            double[] values, List<String> notes) {
        this(firstQuarter, quarters, keys, metrics, units, transforms, values, notes, null);
    }

    /** As the constructor above, with the series whose values are year-to-date spans given (or null). */
    KpiPanel(int firstQuarter, int quarters, SeriesKey[] keys, Metric[] metrics, Unit[] units, Transform[] transforms,
            double[] values, List<String> notes, boolean[] spans) {
        this.spans = spans;
        this.firstQuarter = firstQuarter;
        this.quarters = quarters;
        this.keys = keys;
        this.metrics = metrics;
        this.units = units;
        this.transforms = transforms;
        this.values = values;
        this.notes = Notes.of(notes);
    }

    /**
     * Starts building a panel.
     *
     * @param firstQuarter the first quarter of the axis, not null
     * @param quarters the number of quarters, 1 or more
     * @return a builder, not null
     * @throws IllegalArgumentException if firstQuarter is not a quarter or quarters &lt; 1
     */
    public static KpiPanelBuilder builder(Period firstQuarter, int quarters) {
        return new KpiPanelBuilder(firstQuarter, quarters);
    }

    /**
     * Builds a panel from quarterly series (flows are converted with
     * {@link KpiSeries#toDiscreteQuarters()}; stocks are placed at the quarter they close), on the
     * axis spanning all of them.
     *
     * @param series the series, at least one, not null
     * @return the panel, not null
     * @throws IllegalArgumentException if a series has no quarters or a period a panel cannot hold
     */
    public static KpiPanel of(List<KpiSeries> series) {
        return PanelOf.series(series);
    }

    /** @return the number of series */
    public int seriesCount() {
        return keys.length;
    }

    /** @return the number of quarters on the axis */
    public int quarterCount() {
        return quarters;
    }

    /**
     * Returns the quarter of a column.
     *
     * @param column 0 to quarterCount − 1
     * @return the quarter, not null
     */
    public Period quarter(int column) {
        Objects.checkIndex(column, quarters);
        return Period.ofQuarterIndex(firstQuarter + column);
    }

    /**
     * Returns the period a cell stands for: its column's quarter, or, for a series whose values are
     * year-to-date spans (figures laid out as reported, and their YoY), the span that ends in that
     * quarter ({@code 2024H1} in the column of {@code 2024Q2}, the year in the fourth quarter's). The
     * CSV writer and Spark label cells with it, so that a cumulative figure is never read back as a
     * quarter.
     *
     * <pre>{@code
     * KpiPanel p = KpiPanel.builder(Period.parse("2024Q1"), 2)
     *         .add(SeriesKey.of("acme", "revenue"), MetricCatalog.standard().get("revenue").orElseThrow(),
     *                 Unit.WAN_YUAN, Transform.YEAR_TO_DATE, new double[] {100, 210})
     *         .build();
     * p.period(0, 1);   // 2024H1
     * }</pre>
     *
     * @param series 0 to seriesCount − 1
     * @param column 0 to quarterCount − 1
     * @return the period, not null
     */
    public Period period(int series, int column) {
        Objects.checkIndex(series, keys.length);
        Period q = quarter(column);
        return spansYearToDate(series) ? Period.ytd(q.year(), q.lastQuarter()) : q;
    }

    /**
     * Returns whether the values of a series stand for year-to-date spans, so that its cells are the
     * periods {@link #period(int, int)} gives rather than quarters.
     *
     * @param series 0 to seriesCount − 1
     * @return true for figures laid out as reported year-to-date, and for their changes
     */
    public boolean spansYearToDate(int series) {
        return spans != null ? spans[series] : transforms[series] == Transform.YEAR_TO_DATE;
    }

    /**
     * Returns the key of a series.
     *
     * @param series 0 to seriesCount − 1
     * @return the key, not null
     */
    public SeriesKey key(int series) {
        return keys[series];
    }

    /**
     * Returns the metric of a series.
     *
     * @param series 0 to seriesCount − 1
     * @return the metric, not null
     */
    public Metric metric(int series) {
        return metrics[series];
    }

    /**
     * Returns the unit of a series: its metric's unit, or {@link Unit#RATIO} for growth fractions
     * and {@link Unit#POINTS} for a ratio's changes.
     *
     * @param series 0 to seriesCount − 1
     * @return the unit, not null
     */
    public Unit unit(int series) {
        return units[series];
    }

    /**
     * Returns what a series' values are: {@link Transform#DISCRETE} or
     * {@link Transform#YEAR_TO_DATE} quarters of a flow, {@link Transform#REPORTED} quarter-end
     * stocks, {@link Transform#TTM} sums, {@link Transform#YOY} changes.
     *
     * @param series 0 to seriesCount − 1
     * @return the transform, not null
     */
    public Transform transform(int series) {
        return transforms[series];
    }

    /** @return what the operation that made this panel left out, and why; empty if nothing, not null */
    public List<String> notes() {
        return notes;
    }

    /**
     * Returns a value.
     *
     * @param series 0 to seriesCount − 1
     * @param column 0 to quarterCount − 1
     * @return the value, or empty when missing
     */
    public OptionalDouble get(int series, int column) {
        Objects.checkIndex(series, keys.length);
        Objects.checkIndex(column, quarters);
        double v = values[series * quarters + column];
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * Copies one series' values, NaN where missing.
     *
     * @param series 0 to seriesCount − 1
     * @return the values, a new array
     */
    public double[] row(int series) {
        Objects.checkIndex(series, keys.length);
        return Arrays.copyOfRange(values, series * quarters, (series + 1) * quarters);
    }

    /**
     * Year-on-year change: each quarter against the same quarter a year (four columns) earlier; a
     * growth fraction (unit {@link Unit#RATIO}) for flows and stocks, a difference in percentage
     * points (unit {@link Unit#POINTS}) for ratios. Year-to-date flows compare with the year-to-date
     * figure a year earlier, as filings print it; TTM sums give TTM growth.
     *
     * @param convention how to treat a zero or negative base, not null
     * @return a panel of changes, missing where either value is, not null
     * @throws IllegalStateException if a series already holds changes
     */
    public KpiPanel yoy(GrowthConvention convention) {
        return PanelOps.change(this, Transform.YOY, convention);
    }

    /**
     * Quarter-on-quarter change: each quarter against the previous one, with the rules of
     * {@link #yoy}; year-to-date flows are converted to discrete quarters first.
     *
     * @param convention how to treat a zero or negative base, not null
     * @return a panel of changes, not null
     * @throws IllegalStateException if a series already holds changes or TTM sums
     */
    public KpiPanel qoq(GrowthConvention convention) {
        return PanelOps.change(this, Transform.QOQ, convention);
    }

    /**
     * Trailing-twelve-month sums of the flows (year-to-date flows are converted to discrete quarters
     * first): each quarter plus the three before it, missing unless all four are present. Stocks and
     * ratios are left out, named in {@link #notes()}: a balance or a margin does not sum over time.
     *
     * @return the TTM panel of the flows, not null
     * @throws IllegalStateException if a flow already holds TTM sums or changes
     */
    public KpiPanel ttm() {
        return PanelOps.ttm(this);
    }

    /**
     * Converts year-to-date flows to discrete quarters (Q1 as is, later quarters minus the previous
     * column, missing where either is); discrete flows and quarter-end stocks are kept as they are;
     * a ratio reported year-to-date is left out, named in {@link #notes()}, as it cannot be
     * differenced. The same rule as {@link KpiSeries#toDiscreteQuarters()}.
     *
     * @return the discrete panel, not null
     * @throws IllegalStateException if a series holds TTM sums or changes
     */
    public KpiPanel toDiscreteQuarters() {
        return PanelOps.toDiscreteQuarters(this);
    }

    /**
     * Tells whether every value is moderate, so that the kernels can skip their overflow check; worked
     * out on first use (a pass over the values, on all cores when large) unless the maker of the
     * panel said.
     */
    boolean moderate() {
        byte m = moderate;
        if (m == 0) {
            IntStream r = IntStream.range(0, keys.length);
            if ((long) keys.length * quarters > PARALLEL_THRESHOLD) {
                r = r.parallel();
            }
            m = r.allMatch(s -> org.kpi4j.growth.Growth.isModerate(values, s * quarters, quarters)) ? (byte) 1 : (byte) -1;
            moderate = m;
        }
        return m > 0;
    }

    /** Records what the maker of the panel knows of its values (before the panel is handed out). */
    KpiPanel moderate(boolean known) {
        moderate = known ? (byte) 1 : (byte) -1;
        return this;
    }

    void forEachSeries(IntConsumer op) {
        IntStream r = IntStream.range(0, keys.length);
        if ((long) keys.length * quarters > PARALLEL_THRESHOLD) {
            r = r.parallel();
        }
        r.forEach(op);
    }

    /**
     * Returns the first series and the last quarters as a table.
     *
     * @param format the language of numbers and units, not null
     * @return the table, not null
     */
    public KpiTable toTable(KpiFormat format) {
        return SeriesTables.panel(this, format);
    }

    /** Returns {@link #toTable(KpiFormat)} in English as aligned text, with the panel's size and notes. */
    @Override
    public String toString() {
        return toTable(KpiFormat.en()).toString();
    }
}
