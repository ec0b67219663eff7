package org.kpi4j.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.List;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.FactSet;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.io.FactsCsv;
import org.kpi4j.io.PanelCsv;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.PanelLayout;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;

/**
 * Fuzzes {@link PanelCsv} against {@link FactsCsv} on the same bytes. Either the panel reader
 * refuses the file with a {@link KpiDataException} naming the file and a line, and then the facts
 * reader refuses it too or the reason is one the README gives for panels alone; or both accept it,
 * and the panel as reported holds exactly the facts' latest figures (one cell per figure, the same
 * doubles), its discrete quarters are the series' discrete quarters, and no operation on it gives
 * an infinity.
 */
class PanelCsvFuzzTest {

    static final String SOURCE = "fuzz.csv";

    /** What a panel refuses that facts accept, as README's "Panels at scale" lists it. */
    static final List<String> PANEL_ONLY = List.of("mixes year-to-date figures", "a panel holds quarters and year-to-date",
            "a panel holds quarter-end figures", "is a ratio reported year-to-date", "a panel holds one unit per series",
            "which a panel is made of", "no figures for a panel", "more than a Java array holds",
            "year must be in 1000..9999");

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"entity,metric,segment,parent,period,basis,value,unit,as_of,reported_change_pct,comparison_period,"
            + "reported_flag,reported_cagr_pct,approximate,source,note", "entity,metric,period,value,unit",
            "revenue", "total_assets", "debt_ratio", "ytd", "quarter", "year", "instant", "2024Q1", "2024Q2", "2024H1",
            "2024Q1-Q3", "2024", "2023Q4", "2024-06-30", "2024-12-31", "万元", "元", "%", "1e308", "1e-400", "true"})
    void read(byte[] input) {
        MetricCatalog catalog = MetricCatalog.standard();
        FiscalCalendar cal = Invariants.calendar(input);
        KpiPanel reported;
        KpiPanel quarterly;
        try {
            reported = PanelCsv.read(new ByteArrayInputStream(input), SOURCE, catalog, cal, PanelLayout.AS_REPORTED);
            quarterly = PanelCsv.read(new ByteArrayInputStream(input), SOURCE, catalog, cal, PanelLayout.QUARTERLY);
        } catch (KpiDataException e) {
            Invariants.placed(e, SOURCE);
            KpiDataException facts = factsError(input);
            if (facts == null && PANEL_ONLY.stream().noneMatch(e.getMessage()::contains)) {
                throw new AssertionError("the panel refuses what facts accept: " + e.getMessage(), e);
            }
            return;
        }
        FactSet facts;
        try {
            facts = FactsCsv.read(new ByteArrayInputStream(input), SOURCE, catalog, cal);
        } catch (KpiDataException e) {
            throw new AssertionError("the panel accepts what facts refuse: " + e.getMessage(), e);
        }
        sameFigures(reported, facts, cal);
        sameQuarters(quarterly, facts);
        for (GrowthConvention c : GrowthConvention.values()) {
            written(quarterly.yoy(c));
            written(quarterly.qoq(c));
            written(reported.yoy(c));
        }
        written(quarterly.ttm());
        written(reported.toDiscreteQuarters());
    }

    private static KpiDataException factsError(byte[] input) {
        try {
            FactsCsv.read(new ByteArrayInputStream(input), SOURCE, MetricCatalog.standard(), Invariants.calendar(input));
            return null;
        } catch (KpiDataException e) {
            return e;
        }
    }

    /** The panel as reported: one cell per latest figure of each series, bit for bit. */
    private static void sameFigures(KpiPanel p, FactSet facts, FiscalCalendar cal) {
        int first = p.quarter(0).endQuarterIndex();
        int cells = Invariants.cells(p).size();
        int figures = 0;
        for (int s = 0; s < p.seriesCount(); s++) {
            KpiSeries series = facts.series(p.key(s));
            figures += series.size();
            for (int i = 0; i < series.size(); i++) {
                Period per = series.period(i);
                int q = per.isInstant() ? cal.quarterOf(per.date()).endQuarterIndex() : per.endQuarterIndex();
                double v = p.row(s)[q - first];
                if (Double.doubleToLongBits(v) != Double.doubleToLongBits(series.value(i))) {
                    throw new AssertionError(p.key(s) + " " + per + ": panel " + v + ", facts " + series.value(i));
                }
            }
        }
        long withValues = facts.keys().stream().filter(k -> facts.facts().stream()
                .anyMatch(f -> f.key().equals(k) && f.hasValue())).count();
        if (cells != figures || withValues != p.seriesCount()) {
            throw new AssertionError("panel: " + cells + " cells in " + p.seriesCount() + " series; facts: " + figures
                    + " figures in " + withValues + " series");
        }
    }

    /** The discrete panel: where a flow's series has a discrete quarter, the panel has it too, and the same double. */
    private static void sameQuarters(KpiPanel p, FactSet facts) {
        int first = p.quarter(0).endQuarterIndex();
        for (int s = 0; s < p.seriesCount(); s++) {
            if (p.metric(s).kind() != MetricKind.FLOW) {
                continue;
            }
            KpiSeries d = facts.series(p.key(s)).toDiscreteQuarters();
            double[] row = p.row(s);
            int present = 0;
            for (double v : row) {
                present += Double.isNaN(v) ? 0 : 1;
            }
            for (int i = 0; i < d.size(); i++) {
                double v = row[d.period(i).endQuarterIndex() - first];
                if (Double.doubleToLongBits(v) != Double.doubleToLongBits(d.value(i))) {
                    throw new AssertionError(p.key(s) + " " + d.period(i) + ": panel " + v + ", series " + d.value(i));
                }
            }
            if (present != d.size()) {
                throw new AssertionError(p.key(s) + ": " + present + " discrete quarters in the panel, " + d.size()
                        + " in the series");
            }
        }
    }

    /** A derived panel: no infinity anywhere, and its tidy CSV names no NaN or Infinity. */
    private static void written(KpiPanel p) {
        Invariants.cells(p);
        StringWriter w = new StringWriter();
        PanelCsv.write(p, w);
        for (String line : w.toString().split("\n")) {
            int unit = line.lastIndexOf(',');
            String value = unit < 0 ? "" : line.substring(line.lastIndexOf(',', unit - 1) + 1, unit);
            if (value.contains("NaN") || value.contains("Infinity")) {
                throw new AssertionError("written: " + line);
            }
        }
    }
}
