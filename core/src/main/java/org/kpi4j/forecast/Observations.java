package org.kpi4j.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.time.Period;
import org.kpi4j.time.PeriodType;

/**
 * A series made ready for forecasting: consecutive, equally spaced periods and their values.
 *
 * <p>Forecasting works on discrete quarters: a flow reported year-to-date (Q1, H1, Q1-Q3, year) is
 * converted with {@link KpiSeries#toDiscreteQuarters()} first. A series of whole years (a market
 * series) is used year by year. A gap is an error, never bridged: the models assume equal steps.
 *
 * <pre>{@code
 * Observations obs = Observations.of(facts.series("acme", "revenue"));
 * Forecast f = HoltWinters.fit(obs.values(), HoltWintersSpec.quarterly(Seasonality.ADDITIVE)).forecast(4, 0.95);
 * obs.futurePeriods(4);   // the periods those four forecasts are for
 * }</pre>
 *
 * @param periods the periods, consecutive, not null
 * @param values the values, one per period, finite
 * @param stepQuarters 1 for quarters, 4 for years
 */
public record Observations(List<Period> periods, double[] values, int stepQuarters) {

    /**
     * Validates and copies.
     *
     * @param periods the periods, consecutive, not null
     * @param values the values, one per period, finite
     * @param stepQuarters 1 for quarters, 4 for years
     */
    public Observations {
        periods = List.copyOf(periods);
        values = values.clone();
        if (periods.size() != values.length) {
            throw new IllegalArgumentException("periods and values differ in length: " + periods.size() + " and "
                    + values.length);
        }
        if (stepQuarters != 1 && stepQuarters != 4) {
            throw new IllegalArgumentException("stepQuarters must be 1 or 4 but was " + stepQuarters);
        }
    }

    /** @return a copy of the values */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * Prepares a series: discrete quarters for a quarterly flow, the series itself when it holds
     * only quarters or only years.
     *
     * @param series the series, not null
     * @return the observations, not null
     * @throws IllegalArgumentException if the series is empty, mixes years with quarters after
     *     conversion, or has a gap (naming the missing period)
     */
    public static Observations of(KpiSeries series) {
        Objects.requireNonNull(series, "series");
        KpiSeries s = series;
        boolean allYears = !s.isEmpty() && s.periods().stream().allMatch(p -> p.type() == PeriodType.YEAR);
        if (!allYears && s.metric().kind() == MetricKind.FLOW) {
            s = s.toDiscreteQuarters();
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("series " + series.entity() + "/" + series.metric().id()
                    + " has no quarters or years to forecast from");
        }
        PeriodType type = s.period(0).type();
        if (type != PeriodType.QUARTER && type != PeriodType.YEAR) {
            throw new IllegalArgumentException("forecasting needs quarters or years, but " + series.metric().id()
                    + " has the period " + s.period(0));
        }
        int step = type == PeriodType.YEAR ? 4 : 1;
        List<Period> ps = new ArrayList<>();
        double[] v = new double[s.size()];
        for (int i = 0; i < s.size(); i++) {
            Period p = s.period(i);
            if (p.type() != type) {
                throw new IllegalArgumentException("series " + series.metric().id() + " mixes " + s.period(0) + " with "
                        + p + "; forecast quarters or years, not both");
            }
            if (i > 0 && s.period(i - 1).quartersBetweenEnds(p) != step) {
                Period missing = step == 1 ? s.period(i - 1).plusQuarters(1) : Period.year(s.period(i - 1).year() + 1);
                throw new IllegalArgumentException("series " + series.entity() + "/" + series.metric().id()
                        + " has a gap: " + missing + " is missing; forecasting needs consecutive periods");
            }
            ps.add(p);
            v[i] = s.value(i);
        }
        return new Observations(ps, v, step);
    }

    /**
     * Returns the h periods after the last observation.
     *
     * @param h the horizon, 1 to {@link Forecast#MAX_HORIZON}
     * @return the periods, not null
     * @throws IllegalArgumentException if h is out of range or the periods would run past year 9999
     */
    public List<Period> futurePeriods(int h) {
        Checks.horizon(h);
        Period last = periods.get(periods.size() - 1);
        long end = (long) last.endQuarterIndex() + (long) h * stepQuarters;
        if (end > (long) Period.MAX_YEAR * 4 + 3) {
            long room = ((long) Period.MAX_YEAR * 4 + 3 - last.endQuarterIndex()) / stepQuarters;
            throw new IllegalArgumentException("a forecast " + h + " steps after " + last + " would run past "
                    + (stepQuarters == 1 ? Period.MAX_YEAR + "Q4" : Integer.toString(Period.MAX_YEAR))
                    + ", the last period kpi4j represents; forecast at most " + room + " steps");
        }
        List<Period> out = new ArrayList<>(h);
        for (int k = 1; k <= h; k++) {
            out.add(stepQuarters == 1 ? last.plusQuarters(k) : Period.year(last.year() + k));
        }
        return out;
    }
}
