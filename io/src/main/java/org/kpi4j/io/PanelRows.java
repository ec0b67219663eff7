package org.kpi4j.io;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.Basis;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.PanelAssembler;
import org.kpi4j.series.PanelLayout;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * {@link PanelCsv}'s row rules for rows given as text ({@link TidyReader#panel}): the same checks
 * and messages, FactRows' metric and basis rules, and the {@link PanelAssembler} that lays the
 * figures out. Parsed texts (units, periods, bases, dates) are kept, as a batch repeats a few.
 */
final class PanelRows {

    private static final int BASES = Basis.values().length;

    private final String source;
    private final FiscalCalendar calendar;
    private final PanelAssembler panel;
    private MetricCatalog catalog;

    private final Map<String, Unit> units = new HashMap<>();
    private final Map<String, Basis> bases = new HashMap<>();
    private final Map<String, Integer> dates = new HashMap<>();
    /** A period text's period and, by basis (ordinal + 1, 0 for none) for flows then instants, its figure's period. */
    private final Map<String, Period[]> periods = new HashMap<>();
    private SeriesKey lastKey;
    private int lastSeries = -1;
    /** FactRows' rules, for a row that states a parent (PanelCsv checks those rows the same way). */
    private final FactRows facts;
    /** The first row of each segment-parent pair: FactSet's hierarchy checks, as PanelCsv makes them. */
    private final Map<String, org.kpi4j.fact.Fact> parents = new java.util.LinkedHashMap<>();

    PanelRows(String source, MetricCatalog catalog, FiscalCalendar calendar, PanelLayout layout) {
        this.source = source;
        this.catalog = catalog;
        this.calendar = calendar;
        this.panel = PanelAssembler.of(source, calendar, layout);
        this.facts = new FactRows(source, catalog, calendar);
    }

    void add(int line, TidyReader.Row row) {
        if (!text(row, "parent").isEmpty()) {
            org.kpi4j.fact.Fact f = facts.build(line, row::get);
            parents.putIfAbsent(f.entity() + '\u0000' + f.segment() + '\u0000' + f.parent(), f);
        }
        String value = text(row, "value");
        if (value.isEmpty()) {
            if (!text(row, "reported_cagr_pct").isEmpty()) {
                return; // a reported CAGR alone: no figure for the panel
            }
            throw KpiDataException.at(source, line, "value", "", "value is empty; give the figure "
                    + "(an empty value is allowed only on a row that carries reported_cagr_pct)");
        }
        String basisText = text(row, "basis");
        Basis basis = basisText.isEmpty() ? null : parse(bases, line, "basis", basisText, Basis::parse);
        Unit unit = parse(units, line, "unit", required(row, "unit", line), Unit::parse);
        String periodText = required(row, "period", line);
        Period[] period = periods.get(periodText);
        if (period == null) {
            period = new Period[1 + 2 * (BASES + 1)];
            period[0] = parse(new HashMap<>(), line, "period", periodText, Period::parse);
            periods.put(periodText, period);
        }
        int s = series(row, line, basis, unit, period[0]);
        Metric m = panel.metric(s);
        FactRows.checkBasisFits(source, line, m, basis);
        // a period text means one thing for flows and another for stocks (2024Q3 is the instant 2024-09-30)
        int k = 1 + (basis == null ? 0 : basis.ordinal() + 1) + (m.instant() ? BASES + 1 : 0);
        if (period[k] == null) {
            period[k] = FactRows.applyBasis(source, line, calendar, m, basis, period[0], periodText);
        }
        int quarter = panel.quarterOf(s, period[k], periodText, line);
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        double v = Decimals.parse(b, 0, b.length);
        if (!Figures.plainlyFine(v, value.length())) {
            // zero, an edge of a double's range (1e400, 1e-400) or text the fast parser does not take: the one rule
            v = FactRows.figure(source, line, "value", value, value).doubleValue();
        }
        String asOfText = text(row, "as_of");
        int asOf = asOfText.isEmpty() ? PanelAssembler.NO_AS_OF
                : parse(dates, line, "as_of", asOfText, t -> (int) FactRows.date(t).toEpochDay());
        panel.add(s, quarter, v, asOf, line);
    }

    KpiPanel build() {
        if (!parents.isEmpty()) {
            org.kpi4j.fact.SegmentHierarchy.of(parents.values());
        }
        return panel.build();
    }

    /** The series of the row; on a series' first row its metric is resolved from the catalog, basis, unit and period. */
    private int series(TidyReader.Row row, int line, Basis basis, Unit unit, Period period) {
        String entity = required(row, "entity", line);
        String metric = required(row, "metric", line);
        SeriesKey key = SeriesKey.of(entity, metric, text(row, "segment"));
        if (key.equals(lastKey) && unit == panel.unit(lastSeries)) {
            return lastSeries;
        }
        int known = panel.indexOf(key);
        Metric m = known >= 0 ? panel.metric(known) : metric(line, metric, basis, unit, period);
        lastSeries = panel.series(key, m, unit, line);
        lastKey = key;
        return lastSeries;
    }

    /** FactRows' rules: a catalog metric must fit the unit and basis; an unknown one needs a basis. */
    private Metric metric(int line, String id, Basis basis, Unit unit, Period period) {
        Metric m = FactRows.resolveMetric(source, line, catalog, id, basis, unit, period);
        if (catalog.get(id).isEmpty()) {
            catalog = catalog.with(m);
        }
        return m;
    }

    private static String text(TidyReader.Row row, String column) {
        String t = row.get(column);
        return t == null ? "" : t;
    }

    private String required(TidyReader.Row row, String column, int line) {
        String t = text(row, column);
        if (t.isEmpty()) {
            throw KpiDataException.at(source, line, column, "", column + " is empty; every row needs one");
        }
        return t;
    }

    private <V> V parse(Map<String, V> cache, int line, String column, String text, Function<String, V> parser) {
        V v = cache.get(text);
        if (v == null) {
            try {
                v = parser.apply(text);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw KpiDataException.at(source, line, column, text, e.getMessage(), e);
            }
            cache.put(text, v);
        }
        return v;
    }

}
