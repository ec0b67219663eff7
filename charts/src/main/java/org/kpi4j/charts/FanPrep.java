package org.kpi4j.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.forecast.Forecast;
import org.kpi4j.forecast.Observations;
import org.kpi4j.forecast.TrendForecast;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.Transform;
import org.kpi4j.time.Period;

/** The data of a fan: the history on its basis and lines that continue it on the same basis. */
final class FanPrep {

    private FanPrep() {
    }

    /** A forecast line and its band, and the basis of the history it was fitted to. */
    record Forecasted(FanLine line, double[] lower, double[] upper, ChartBasis basis) {
    }

    static String bandName(FanLine projection, KpiFormat f) {
        return projection.name() + " " + Text.band(f);
    }

    static void checkNames(KpiSeries history, FanLine projection, boolean band, List<FanLine> scenarios, KpiFormat f) {
        Set<String> used = new LinkedHashSet<>();
        used.add(Names.series(List.of(history), f).get(0));
        List<String> names = new ArrayList<>();
        names.add(projection.name());
        if (band) {
            names.add(bandName(projection, f));
            names.add(bandName(projection, f) + " (" + Text.lower(f) + ")");
            names.add(bandName(projection, f) + " (" + Text.upper(f) + ")");
        }
        scenarios.forEach(s -> names.add(s.name()));
        for (String n : names) {
            if (!used.add(n)) {
                throw new IllegalArgumentException("the series name '" + n + "' is used twice in one chart");
            }
        }
    }

    static Forecasted forecast(KpiSeries history, ChartBasis basis, int horizon, double level, KpiFormat f) {
        BasisChoice.Based b = BasisChoice.of(List.of(Specs.nonEmpty(history)), basis);
        KpiSeries h = b.series().get(0);
        Observations obs = observations(h);
        double[] y = obs.values();
        boolean positive = java.util.Arrays.stream(y).allMatch(v -> v > 0);
        TrendForecast t = positive ? TrendForecast.logLinear(y) : TrendForecast.linear(y);
        Forecast fc = t.forecast(horizon, level);
        List<String> periods = obs.futurePeriods(horizon).stream().map(Period::toString).toList();
        String name = positive ? f.pick("log-linear trend", "对数线性趋势") : f.pick("linear trend", "线性趋势");
        return new Forecasted(FanLine.of(name, periods, fc.mean()), fc.lower(), fc.upper(), b.basis());
    }

    /** Consecutive periods of the history as drawn; TTM sums are consecutive quarters too. */
    private static Observations observations(KpiSeries h) {
        if (h.transform() != Transform.TTM) {
            return Observations.of(h);
        }
        double[] v = h.values();
        for (int i = 1; i < h.size(); i++) {
            if (h.period(i - 1).quartersBetweenEnds(h.period(i)) != 1) {
                throw new IllegalArgumentException("series " + BasisChoice.describe(h) + " has a gap in its TTM sums: "
                        + h.period(i - 1).plusQuarters(1) + " is missing; forecasting needs consecutive periods");
            }
        }
        return new Observations(h.periods(), v, 1);
    }

    static Plot plot(FanSpec spec) {
        KpiFormat f = spec.options().format();
        BasisChoice.Based b = BasisChoice.of(List.of(spec.history()), spec.basis());
        KpiSeries h = b.series().get(0);
        Period last = h.period(h.size() - 1);
        List<FanLine> lines = new ArrayList<>();
        lines.add(spec.projection());
        lines.addAll(spec.scenarios());
        Map<FanLine, List<Period>> periods = new LinkedHashMap<>();
        for (FanLine l : lines) {
            periods.put(l, continuing(l, last, b));
        }
        List<Double> all = new ArrayList<>();
        for (double v : h.values()) {
            all.add(v);
        }
        for (FanLine l : lines) {
            for (double v : l.values()) {
                all.add(v);
            }
        }
        double[] lower = spec.lower();
        double[] upper = spec.upper();
        if (lower != null) {
            for (int i = 0; i < lower.length; i++) {
                all.add(lower[i]);
                all.add(upper[i]);
            }
        }
        DisplayScale scale = DisplayScale.of(h.unit(), all.stream().mapToDouble(Double::doubleValue).toArray());
        String historyName = Names.series(List.of(h), f).get(0);
        List<ChartPoint> points = new ArrayList<>(LinePrep.points(h, historyName, scale, b.basis()));
        Map<String, Plot.Role> roles = new LinkedHashMap<>();
        roles.put(historyName, Plot.Role.HISTORY);
        FanLine proj = spec.projection();
        points.addAll(line(proj.name(), periods.get(proj), proj.values(), scale, b.basis()));
        roles.put(proj.name(), Plot.Role.PROJECTION);
        String band = null;
        if (lower != null) {
            band = bandName(proj, f);
            String lo = band + " (" + Text.lower(f) + ")";
            String hi = band + " (" + Text.upper(f) + ")";
            points.addAll(line(lo, periods.get(proj), lower, scale, b.basis()));
            points.addAll(line(hi, periods.get(proj), upper, scale, b.basis()));
            roles.put(lo, Plot.Role.BAND_LOWER);
            roles.put(hi, Plot.Role.BAND_UPPER);
        }
        for (FanLine s : spec.scenarios()) {
            points.addAll(line(s.name(), periods.get(s), s.values(), scale, b.basis()));
            roles.put(s.name(), Plot.Role.SCENARIO);
        }
        ChartData data = ChartData.of(points, Names.basisNotes(b, List.of(historyName), f));
        String title = spec.options().title().orElse(Names.title(List.of(h), f, Text.outlook(f)));
        return new Plot(KpiChart.Type.FAN, title, Text.axis(f, b.basis(), b.instants()),
                Text.axisTitle(Names.metric(h, f), Text.unit(f, scale.target())), null, Text.unit(f, scale.target()),
                data, roles, band);
    }

    /** A line's periods, checked to continue the history on its basis. */
    private static List<Period> continuing(FanLine l, Period last, BasisChoice.Based b) {
        List<Period> out = new ArrayList<>();
        for (String text : l.periods()) {
            Period p;
            try {
                p = Period.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("fan line '" + l.name() + "' has the period '" + text
                        + "', which is not a period such as 2025Q1 or 2026", e);
            }
            if (p.type() != last.type()) {
                throw new IllegalArgumentException("fan line '" + l.name() + "' does not continue the history on its "
                        + "basis: " + p + " is a " + p.type() + " but the history is drawn in "
                        + Text.basis(KpiFormat.en(), b.basis()) + " (" + last + "); a forecast continues the history "
                        + "on the same basis");
            }
            if (p.compareTo(last) < 0) {
                throw new IllegalArgumentException("fan line '" + l.name() + "' starts at " + p
                        + ", before the history's last period " + last + "; a projection continues the history");
            }
            out.add(p);
        }
        return out;
    }

    private static List<ChartPoint> line(String name, List<Period> periods, double[] values, DisplayScale scale,
            ChartBasis basis) {
        List<ChartPoint> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(ChartPoint.of(periods.get(i), name, scale.apply(values[i]), scale.target(), basis));
        }
        return out;
    }
}
