package org.kpi4j.series;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kpi4j.KpiDataException;
import org.kpi4j.internal.SpanSums;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * One series of a {@link PanelAssembler}: its key, metric and unit, the first lines that showed
 * year-to-date or discrete figures, and, once it has shown both, its later figures kept aside so
 * that {@link #refuse} can say why the panel cannot hold it.
 */
final class PanelSeries {

    final SeriesKey key;
    final Metric metric;
    final Unit unit;
    final int line;
    final boolean instant;
    int cumulativeLine;
    int discreteLine;
    /** Set once the series has shown both year-to-date and discrete rows; the rest of its rows go to {@code mixed}. */
    boolean mixedFirstCumulative;
    List<SpanSums.Figure> mixed;
    List<Integer> mixedAsOf;

    PanelSeries(SeriesKey key, Metric metric, Unit unit, int line) {
        this.key = key;
        this.metric = metric;
        this.unit = unit;
        this.line = line;
        this.instant = metric.instant();
    }

    /**
     * The panel's rules for a figure of this series in period {@code p} (an id of {@code periods});
     * the quarter it goes to.
     */
    int quarterOf(PanelPeriods periods, int p, String text, int line, String source, PanelLayout layout) {
        byte kind = periods.kind[p];
        if (instant) {
            IllegalArgumentException error = periods.error(p);
            if (error != null) {
                throw KpiDataException.at(source, line, "period", text, error.getMessage(), error);
            }
            if ((kind & PanelPeriods.QUARTER_END) == 0) {
                throw KpiDataException.at(source, line, "period", text, (kind & PanelPeriods.INSTANT) == 0
                        ? "a panel holds " + metric.id() + " at quarter ends; " + periods.period[p] + " is not a date"
                        : "a panel holds quarter-end figures; " + periods.period[p].date() + " is not the end of a fiscal quarter"
                                + " (read the file as facts to keep figures of other dates, such as a cover-page share count)");
            }
            return periods.quarter[p];
        }
        boolean cumulative = (kind & PanelPeriods.CUMULATIVE) != 0;
        if (cumulative && (kind & PanelPeriods.YEAR_TO_DATE) == 0) {
            throw KpiDataException.at(source, line, "period", text, "a panel holds quarters and year-to-date figures; "
                    + periods.period[p] + " is neither (read the file as facts to derive quarters from it)");
        }
        if (cumulative) {
            if (cumulativeLine == 0) {
                cumulativeLine = line;
                if (metric.kind() == MetricKind.RATIO && layout == PanelLayout.QUARTERLY) {
                    throw KpiDataException.at(source, line, "period", text, "metric '" + metric.id() + "' is a ratio "
                            + "reported year-to-date; quarterly ratios cannot be derived by subtraction (lay the panel "
                            + "out as reported, or load its numerator and denominator)");
                }
                checkMix();
            }
        } else if ((kind & PanelPeriods.LATER_QUARTER) != 0 && discreteLine == 0) {
            discreteLine = line;
            checkMix();
        }
        return periods.quarter[p];
    }

    /** Notes that the series has shown both year-to-date and discrete rows, once it has. */
    void checkMix() {
        if (cumulativeLine != 0 && discreteLine != 0 && mixed == null) {
            // refused when the panel is built, after the series' figures are known, so that figures
            // that contradict each other are reported as FactSet reports them
            mixed = new ArrayList<>();
            mixedAsOf = new ArrayList<>();
            mixedFirstCumulative = cumulativeLine < discreteLine;
        }
    }

    /**
     * Refuses this series, which mixes year-to-date and discrete rows: with the contradiction between
     * the figures of one report when they disagree ({@link SpanSums}, FactSet's rule and words), else
     * because a panel holds one or the other.
     *
     * @param source the source, for the message
     * @param s this series' index among the rows
     * @param rows the assembler's rows
     * @param approximate the rows of approximate figures, or null
     * @throws KpiDataException always
     */
    void refuse(String source, int s, PanelRows rows, BitSet approximate) {
        List<SpanSums.Figure> all = new ArrayList<>();
        List<Integer> asOf = new ArrayList<>();
        rows.forEach((r, rs, quarter, value, rowAsOf, rowLine) -> {
            if (rs == s && (approximate == null || !approximate.get((int) r))) {
                int year = Math.floorDiv(quarter, 4);
                int last = Math.floorMod(quarter, 4) + 1;
                Period p = mixedFirstCumulative ? Period.ytd(year, last) : Period.quarter(year, last);
                all.add(new SpanSums.Figure(p.firstQuarter(), last, value, p.toString(), rowLine));
                asOf.add(rowAsOf);
            }
        });
        all.addAll(mixed);
        asOf.addAll(mixedAsOf);
        // report (as_of) → fiscal year → figures, as FactSet checks them
        Map<Integer, Map<Integer, List<SpanSums.Figure>>> byReport = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            SpanSums.Figure f = all.get(i);
            byReport.computeIfAbsent(asOf.get(i), d -> new TreeMap<>())
                    .computeIfAbsent(Integer.parseInt(f.label().substring(0, 4)), y -> new ArrayList<>()).add(f);
        }
        for (Map<Integer, List<SpanSums.Figure>> report : byReport.values()) {
            for (List<SpanSums.Figure> year : report.values()) {
                SpanSums.Contradiction c = year.size() < 2 ? null : SpanSums.find(key.toString(), year);
                if (c != null) {
                    throw KpiDataException.at(source, c.whole().line(), "value", null, c.message());
                }
            }
        }
        int at = Math.max(cumulativeLine, discreteLine);
        throw KpiDataException.at(source, at, "period", null, "series " + key + " mixes year-to-date figures "
                + "(line " + cumulativeLine + ") and discrete quarters (line " + discreteLine + "); a panel "
                + "needs one or the other (read the file as facts to reconcile both)");
    }
}
