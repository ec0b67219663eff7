package org.kpi4j.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.time.Period;
import org.kpi4j.time.PeriodType;
import org.kpi4j.unit.Unit;

/**
 * Builds a {@link KpiPanel} from whole series on one quarterly axis; not thread-safe, but the panel it
 * builds is immutable. Start with {@link KpiPanel#builder(Period, int)}.
 *
 * <pre>{@code
 * KpiPanel p = KpiPanel.builder(Period.parse("2024Q1"), 4)
 *         .add(SeriesKey.of("acme", "revenue"), Unit.WAN_YUAN, new double[] {100, 110, 120, 130})
 *         .build();
 * p.get(0, 3);   // OptionalDouble[130.0]
 * }</pre>
 */
public final class KpiPanelBuilder {
    private final int first;
    private final int quarters;
    private final List<SeriesKey> keys = new ArrayList<>();
    private final List<Metric> metrics = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<Transform> transforms = new ArrayList<>();
    private final List<double[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    KpiPanelBuilder(Period firstQuarter, int quarters) {
        Objects.requireNonNull(firstQuarter, "firstQuarter");
        if (firstQuarter.type() != PeriodType.QUARTER) {
            throw new IllegalArgumentException("firstQuarter must be a quarter but was " + firstQuarter);
        }
        if (quarters < 1) {
            throw new IllegalArgumentException("quarters must be >= 1 but was " + quarters);
        }
        this.first = firstQuarter.endQuarterIndex();
        this.quarters = quarters;
    }

    /**
     * Adds a series of a metric of the standard catalog ({@link MetricCatalog#standard()}):
     * discrete quarters of a flow, quarter-end values of a stock or ratio.
     *
     * @param key the key, whose metric id is in the standard catalog, not null
     * @param unit the unit, not null
     * @param values one value per quarter, NaN where missing, copied, not null
     * @return this builder
     * @throws IllegalArgumentException if the metric is not in the standard catalog, or as
     *     {@link #add(SeriesKey, Metric, Unit, Transform, double[])}
     */
    public KpiPanelBuilder add(SeriesKey key, Unit unit, double[] values) {
        Objects.requireNonNull(key, "key");
        Metric m = MetricCatalog.standard().get(key.metric()).orElseThrow(() -> new IllegalArgumentException(
                "metric '" + key.metric() + "' is not in the standard catalog; give its Metric with add(key, metric, "
                        + "unit, values)"));
        return add(key, m, unit, values);
    }

    /**
     * Adds a series: discrete quarters of a flow, quarter-end values of a stock or ratio.
     *
     * @param key the key, not null
     * @param metric the metric, whose id is the key's, not null
     * @param unit the unit, accepted by the metric, not null
     * @param values one value per quarter, NaN where missing, copied, not null
     * @return this builder
     * @throws IllegalArgumentException as {@link #add(SeriesKey, Metric, Unit, Transform, double[])}
     */
    public KpiPanelBuilder add(SeriesKey key, Metric metric, Unit unit, double[] values) {
        return add(key, metric, unit, metric.instant() ? Transform.REPORTED : Transform.DISCRETE, values);
    }

    /**
     * Adds a series in a given state, such as a flow's year-to-date figures in the columns of
     * their last quarter ({@link Transform#YEAR_TO_DATE}).
     *
     * @param key the key, not null
     * @param metric the metric, whose id is the key's, not null
     * @param unit the unit, accepted by the metric (or a ratio unit for changes), not null
     * @param transform what the values are, not null
     * @param values one value per quarter, NaN where missing, copied, not null
     * @return this builder
     * @throws IllegalArgumentException if the metric id differs from the key's, the unit does not
     *     fit the metric, the length differs from the axis or a value is infinite
     */
    public KpiPanelBuilder add(SeriesKey key, Metric metric, Unit unit, Transform transform, double[] values) {
        Objects.requireNonNull(values, "values");
        PanelOf.checkSeries(key, metric, unit, transform);
        if (values.length != quarters) {
            throw new IllegalArgumentException("series " + key + " has " + values.length
                    + " values but the axis has " + quarters + " quarters");
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("series " + key + " has an infinite value at "
                        + Period.ofQuarterIndex(first + i));
            }
        }
        keys.add(key);
        metrics.add(metric);
        units.add(unit);
        transforms.add(transform);
        rows.add(values.clone());
        return this;
    }

    /**
     * Adds a note for {@link KpiPanel#notes()}, such as a series left out and why.
     *
     * @param note the note, not null
     * @return this builder
     */
    public KpiPanelBuilder note(String note) {
        notes.add(Objects.requireNonNull(note, "note"));
        return this;
    }

    /**
     * Builds the panel.
     *
     * @return the panel, not null
     * @throws IllegalArgumentException if a key occurs twice
     */
    public KpiPanel build() {
        PanelOf.checkUnique(keys);
        double[] v = new double[keys.size() * quarters];
        for (int s = 0; s < rows.size(); s++) {
            System.arraycopy(rows.get(s), 0, v, s * quarters, quarters);
        }
        return new KpiPanel(first, quarters, keys.toArray(new SeriesKey[0]), metrics.toArray(new Metric[0]),
                units.toArray(new Unit[0]), transforms.toArray(new Transform[0]), v, notes);
    }
}
