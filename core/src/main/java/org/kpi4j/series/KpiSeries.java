package org.kpi4j.series;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.KpiTable;
import org.kpi4j.metric.Metric;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * An immutable series of one entity's metric (optionally one segment) over ascending, unique
 * periods, in one unit, on primitive storage, with each point's provenance.
 *
 * <p>A series holds what was reported (a flow reported year-to-date: {@code 2024Q1}, {@code 2024H1},
 * {@code 2024Q1-Q3}, {@code 2024}) or what was derived from it ({@link #toDiscreteQuarters()},
 * {@link #ttm()}, {@link #annualized()}). Missing periods are simply absent: every transformation
 * looks periods up by label, so a gap gives a missing result, never a comparison with the wrong
 * period.
 *
 * <pre>{@code
 * Metric revenue = MetricCatalog.standard().get("revenue").orElseThrow();
 * KpiSeries ytd = KpiSeries.builder("acme", revenue, Unit.WAN_YUAN)
 *         .add(Period.parse("2024Q1"), 100, 0)
 *         .add(Period.parse("2024H1"), 250, 0)
 *         .add(Period.parse("2024Q1-Q3"), 420, 0)
 *         .add(Period.parse("2024"), 600, 0)
 *         .build();
 * ytd.toDiscreteQuarters();   // 2024Q1 100, Q2 150, Q3 170, Q4 180 (Q2..Q4 derived)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KpiSeries {

    private final String entity;
    private final Metric metric;
    private final String segment;
    private final Unit unit;
    private final FiscalCalendar calendar;
    private final Transform transform;
    private final SeriesPoints points;
    private final Map<Period, String> dropped;

    KpiSeries(KpiSeriesBuilder b, SeriesPoints points) {
        this.entity = b.entity;
        this.metric = b.metric;
        this.segment = b.segment;
        this.unit = b.unit;
        this.calendar = b.calendar;
        this.transform = b.transform;
        this.points = points;
        this.dropped = Map.copyOf(b.dropped);
    }

    /**
     * Starts building a series.
     *
     * @param entity the entity, not blank
     * @param metric the metric, not null
     * @param unit the unit of every value, not null
     * @return a builder, not null
     */
    public static KpiSeriesBuilder builder(String entity, Metric metric, Unit unit) {
        return new KpiSeriesBuilder(entity, metric, unit);
    }

    /**
     * Obtains a series of reported values.
     *
     * @param entity the entity, not blank
     * @param metric the metric, not null
     * @param unit the unit, not null
     * @param periods the periods, unique, not null
     * @param values the values, finite, as many as periods, not null
     * @return the series, sorted by period, not null
     * @throws IllegalArgumentException on a duplicate period, a non-finite value or a length mismatch
     */
    public static KpiSeries of(String entity, Metric metric, Unit unit, List<Period> periods, double[] values) {
        return KpiSeriesBuilder.of(entity, metric, unit, periods, values);
    }

    /** A builder for a series like this one (entity, metric, segment, unit, calendar) in another state. */
    KpiSeriesBuilder like(Transform state) {
        return new KpiSeriesBuilder(entity, metric, unit).segment(segment).calendar(calendar).transform(state);
    }

    /** @return the entity, not null */
    public String entity() {
        return entity;
    }

    /** @return the metric, not null */
    public Metric metric() {
        return metric;
    }

    /** @return the segment, empty for the whole entity, not null */
    public String segment() {
        return segment;
    }

    /** @return the unit of every value, not null */
    public Unit unit() {
        return unit;
    }

    /** @return the fiscal calendar used for instants, not null */
    public FiscalCalendar calendar() {
        return calendar;
    }

    /**
     * Returns what the values are relative to what was reported: {@link Transform#REPORTED} for a
     * series built from facts, {@link Transform#DISCRETE} after {@link #toDiscreteQuarters()}, and
     * so on; transformations refuse states they cannot start from.
     *
     * @return the transform, not null
     */
    public Transform transform() {
        return transform;
    }

    /** @return the number of points */
    public int size() {
        return points.periods.length;
    }

    /** @return true if there are no points */
    public boolean isEmpty() {
        return points.periods.length == 0;
    }

    /**
     * Returns the period of a point.
     *
     * @param i the index, 0 to size − 1
     * @return the period, not null
     */
    public Period period(int i) {
        return points.periods[i];
    }

    /**
     * Returns the value of a point.
     *
     * @param i the index, 0 to size − 1
     * @return the value
     */
    public double value(int i) {
        return points.values[i];
    }

    /**
     * Returns the decimals a point was given with.
     *
     * @param i the index, 0 to size − 1
     * @return the decimals
     */
    public int decimals(int i) {
        return points.decimals[i];
    }

    /**
     * Returns where a point came from.
     *
     * @param i the index, 0 to size − 1
     * @return the provenance, not null
     */
    public Provenance provenance(int i) {
        return points.provenance[i];
    }

    /** @return the periods in ascending order, unmodifiable */
    public List<Period> periods() {
        return Collections.unmodifiableList(Arrays.asList(points.periods));
    }

    /** @return a copy of the values, in period order */
    public double[] values() {
        return points.values.clone();
    }

    /**
     * Returns the index of a period.
     *
     * @param period the period, not null
     * @return the index, or empty if absent
     */
    public OptionalInt indexOf(Period period) {
        Integer i = points.indexOf(Objects.requireNonNull(period, "period"));
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /**
     * Looks up the value of a period.
     *
     * @param period the period, not null
     * @return the value, or empty if the series has no such period
     */
    public OptionalDouble get(Period period) {
        Integer i = points.indexOf(Objects.requireNonNull(period, "period"));
        return i == null ? OptionalDouble.empty() : OptionalDouble.of(points.values[i]);
    }

    /**
     * Returns a point.
     *
     * @param i the index, 0 to size − 1
     * @return the point, not null
     */
    public Point point(int i) {
        return points.point(i);
    }

    /** @return the points in period order, not null */
    public List<Point> points() {
        return points.points();
    }

    /**
     * Returns the last point.
     *
     * @return the point with the latest period, not null
     * @throws IllegalStateException if the series is empty
     */
    public Point latest() {
        if (isEmpty()) {
            throw new IllegalStateException("series " + label() + " is empty, so it has no latest value");
        }
        return point(size() - 1);
    }

    /**
     * Returns this series in another unit of the same dimension (万元 to 亿元); decimals shift with
     * the scale so that displayed figures keep their precision.
     *
     * @param target the unit, not null
     * @return the converted series, not null
     * @throws IllegalArgumentException if the dimensions differ
     */
    public KpiSeries to(Unit target) {
        return SeriesTransforms.convert(this, target);
    }

    /**
     * Converts a flow reported year-to-date (Q1, H1, Q1-Q3, year) or by quarter into discrete
     * quarters: Q2 = H1 − Q1, Q3 = (Q1-Q3) − H1, Q4 = year − (Q1-Q3), and Q4 = H2 − Q3 where only a
     * second half is given. A reported quarter is kept as reported; a quarter whose inputs are
     * missing is absent, never estimated. A discrete series is returned as it is.
     *
     * @return the discrete quarterly series, not null
     * @throws IllegalStateException if the metric is not a flow, or the values are TTM sums,
     *     annualised figures or changes
     */
    public KpiSeries toDiscreteQuarters() {
        return SeriesTransforms.toDiscreteQuarters(this);
    }

    /**
     * Converts a flow to year-to-date cumulative figures (Q1, H1, Q1-Q3, year) from its discrete
     * quarters; a year-to-date figure exists only where every quarter from Q1 is present.
     *
     * @return the year-to-date series, not null
     * @throws IllegalStateException if the metric is not a flow, or the values are TTM sums,
     *     annualised figures or changes
     */
    public KpiSeries toYearToDate() {
        return SeriesTransforms.toYearToDate(this);
    }

    /**
     * Returns trailing-twelve-month sums of a flow, one per quarter that closes four consecutive
     * discrete quarters; a missing quarter leaves the four TTM figures that need it absent.
     *
     * @return the TTM series, labelled by the closing quarter, not null
     * @throws IllegalStateException if the metric is not a flow, or the values are already TTM
     *     sums, annualised figures or changes
     */
    public KpiSeries ttm() {
        return SeriesTransforms.ttm(this);
    }

    /**
     * Annualises a flow: a quarter × 4, a half × 2, Q1-Q3 × 4/3, a year as is.
     *
     * @return the annualised series, not null
     * @throws IllegalStateException if the metric is not a flow, or the values are TTM sums,
     *     already annualised or changes
     */
    public KpiSeries annualized() {
        return SeriesTransforms.annualized(this);
    }

    /**
     * Year-on-year growth under the filing convention (see {@link GrowthConvention#FILING}).
     *
     * @return the growth table, not null
     */
    public GrowthTable yoy() {
        return growth(GrowthKind.YOY, GrowthConvention.FILING);
    }

    /**
     * Quarter-on-quarter growth of discrete quarters (flows are converted first), filing convention.
     *
     * @return the growth table, not null
     */
    public GrowthTable qoq() {
        return growth(GrowthKind.QOQ, GrowthConvention.FILING);
    }

    /**
     * Computes growth of every point against its base ({@link GrowthKind#basePeriod}); a ratio's
     * change is in percentage points ({@link GrowthRow#points()}). For {@link GrowthKind#QOQ} a flow
     * is converted to discrete quarters first and for {@link GrowthKind#TTM_YOY} to TTM sums; other
     * kinds compare the series as it is.
     *
     * @param kind which base to compare with, not null
     * @param convention how to treat a zero or negative base, not null
     * @return the growth table, one row per point, not null
     * @throws IllegalStateException for TTM growth of a stock or ratio, or growth of changes
     */
    public GrowthTable growth(GrowthKind kind, GrowthConvention convention) {
        return SeriesGrowth.growth(this, kind, convention);
    }

    /**
     * Returns what a transformation could not give a number for: a derived period whose sum or
     * difference is beyond the range of a double is left out of the series, and said here, as
     * {@code "acme/revenue: 2024Q4: TTM 2024Q1 + ... + 2024Q4 is beyond the range of a double, so it has no number"}.
     *
     * @return the notes, in period order, empty for a reported series, not null
     */
    public List<String> notes() {
        return SeriesTables.notes(this);
    }

    /** The derived periods left without a number, with why (for a transform that starts from this series). */
    Map<Period, String> dropped() {
        return dropped;
    }

    /** @return the series' key as text, {@code entity/metric[segment]} */
    String label() {
        return entity + "/" + metric.id() + (segment.isEmpty() ? "" : "[" + segment + "]");
    }

    /**
     * Returns the points as a table: period, value with its given decimals (marked {@code *} when
     * derived, {@code ~} when approximate), unit, and the source or how a derived value was computed.
     *
     * @param format the language of numbers and units, not null
     * @return the table, not null
     */
    public KpiTable toTable(KpiFormat format) {
        return SeriesTables.series(this, format);
    }

    /** Returns {@link #toTable(KpiFormat)} in English as aligned text. */
    @Override
    public String toString() {
        return toTable(KpiFormat.en()).toString();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof KpiSeries)) {
            return false;
        }
        KpiSeries o = (KpiSeries) obj;
        return entity.equals(o.entity) && metric.equals(o.metric) && segment.equals(o.segment) && unit.equals(o.unit)
                && transform.equals(o.transform) && points.sameValues(o.points);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entity, metric, segment, unit, transform, Arrays.hashCode(points.periods),
                Arrays.hashCode(points.values));
    }
}
