package org.kpi4j.io;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
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
 * One read of {@link PanelCsv}: the header's columns ({@link PanelColumns}), the caches of texts
 * already parsed, and the {@link PanelAssembler} that holds the rules and lays the panel out. A row
 * costs a few byte compares in a file sorted by series: the series key fields (one span when they
 * are neighbouring columns) against the previous row's, the period against the quarter that followed
 * it last time, the unit and basis against the previous row's; each distinct period text and basis
 * is resolved once, to a period id of the assembler.
 */
final class PanelLoader extends PanelColumns {

    private final FiscalCalendar calendar;
    private int dataRows;
    /** FactRows' rules and catalog, for the rows that carry more than a figure and to learn new metrics. */
    private final FactRows facts;
    /** The first row of each segment-parent pair, in file order: FactSet's hierarchy checks, without keeping every row. */
    private final Map<String, org.kpi4j.fact.Fact> parents = new java.util.LinkedHashMap<>();

    private final PanelAssembler panel;
    private final Map<String, String> names = new HashMap<>();
    private byte[] lastEntity;
    private byte[] lastMetric;
    private byte[] lastSegment;
    private long[] lastKeySpan; // null when the last series' row was quoted in its key
    private int lastSeries = -1;
    private Unit lastUnit;

    private final TextCache<PeriodInfo> periods = new TextCache<>(true);
    private final TextCache<Basis> bases = new TextCache<>(false);
    private final TextCache<Unit> units = new TextCache<>(false);
    private final TextCache<LocalDate> dates = new TextCache<>(false);

    PanelLoader(String source, MetricCatalog catalog, FiscalCalendar calendar, PanelLayout layout, LocalDate asOf) {
        super(source, asOf);
        this.calendar = calendar;
        this.panel = PanelAssembler.of(source, calendar, layout);
        this.facts = new FactRows(source, catalog, calendar);
    }

    void read(CsvCursor c) throws IOException {
        header(c);
        int headerLine = c.line();
        rows(c);
        if (dataRows == 0) {
            throw FactRows.noFacts(source, headerLine, "a header and no rows");
        }
        checkParents();
        if (panel.rows() == 0) {
            throw KpiDataException.at(source, headerLine, "value", null, asOfLimit != Integer.MAX_VALUE
                    ? "the file has no row filed by " + LocalDate.ofEpochDay(asOfLimit)
                    : "the file has no figures for a panel: every row carries only a reported CAGR");
        }
    }

    /** A segment with two parents, or parents in a cycle: FactSet's error, from the rows that state parents. */
    void checkParents() {
        if (!parents.isEmpty()) {
            org.kpi4j.fact.SegmentHierarchy.of(parents.values());
        }
    }

    /** @return true if some row read so far states a segment's parent (the hierarchy is checked over the whole file) */
    boolean statesParents() {
        return !parents.isEmpty();
    }

    /** Reads the data rows to the end of the input. */
    void rows(CsvCursor c) throws IOException {
        while (c.next()) {
            row(c);
        }
    }

    /**
     * Appends another chunk's series and rows (the rows after this loader's, in file order), or
     * returns false if the two disagree on a series; the sequential read then gives the error with its
     * exact line.
     */
    boolean absorb(PanelLoader o) {
        return panel.absorb(o.panel);
    }

    int rowCount() {
        return panel.rows();
    }

    private void row(CsvCursor c) {
        int line = c.line();
        dataRows++;
        if (c.fields() != header.length) {
            throw KpiDataException.at(source, line, null, null, c.fields() > header.length
                    ? "the row has more fields than the header; quote a value that contains a comma ("
                            + c.fields() + " fields, header has " + header.length + ")"
                    : "the row has fewer fields than the header (" + c.fields() + " fields, header has "
                            + header.length + ")");
        }
        // FactRows' checks, in its order; then the panel's own rules
        required(c, cEntity, "entity", line);
        required(c, cMetric, "metric", line);
        required(c, cPeriod, "period", line);
        required(c, cUnit, "unit", line);
        Unit unit = units.get(c, cUnit, Unit::parse, source, line, "unit");
        PeriodInfo period = periods.get(c, cPeriod, PeriodInfo::parse, source, line, "period");
        Basis basis = cBasis < 0 || c.isBlank(cBasis) ? null
                : bases.get(c, cBasis, Basis::parse, source, line, "basis");
        boolean approximate = false;
        boolean blankValue = c.isBlank(cValue);
        if (blankValue || needsEveryCheck(c)) {
            org.kpi4j.fact.Fact f = facts.build(line, column -> field(c, column));
            approximate = f.approximate();
            if (!f.parent().isEmpty()) {
                parents.putIfAbsent(f.entity() + '\u0000' + f.segment() + '\u0000' + f.parent(), f);
            }
            if (blankValue) {
                return; // a reported CAGR alone: no figure for the panel
            }
        }
        for (int f : skipped) {
            c.requireText(f);
        }
        if (asOfLimit != Integer.MAX_VALUE && (c.isBlank(cAsOf)
                || dates.get(c, cAsOf, FactRows::date, source, line, "as_of").toEpochDay() > asOfLimit)) {
            value(c, line); // checked as every figure is, then left out: filed after the date asked for, or undated
            return;
        }
        int s = series(c, line, basis, unit, period);
        int id = period(c, line, s, basis, period);
        double v = value(c, line);
        int asOf = cAsOf < 0 || c.isBlank(cAsOf) ? PanelAssembler.NO_AS_OF
                : (int) dates.get(c, cAsOf, FactRows::date, source, line, "as_of").toEpochDay();
        panel.add(s, id, period.text, v, asOf, line, approximate);
    }

    /** The row's figure: the fast parse, or {@link Figures}' rule for anything it does not plainly take. */
    private double value(CsvCursor c, int line) {
        double v = Decimals.parse(c.bytes(cValue), c.start(cValue), c.end(cValue));
        if (!Figures.plainlyFine(v, c.end(cValue) - c.start(cValue))) {
            String t = c.text(cValue); // zero, an edge of the range, or text the fast parser does not take
            v = FactRows.figure(source, line, "value", t, t).doubleValue();
        }
        return v;
    }

    private boolean needsEveryCheck(CsvCursor c) {
        for (int f : checked) {
            if (!c.isBlank(f)) {
                return true;
            }
        }
        return false;
    }


    /**
     * The series of the row: the previous row's when the key fields repeat, as in a sorted file;
     * on a series' first row its metric is resolved from the catalog, the basis, unit and period.
     */
    private int series(CsvCursor c, int line, Basis basis, Unit unit, PeriodInfo period) {
        if (lastSeries >= 0 && unit == lastUnit && sameKey(c)) {
            return lastSeries;
        }
        String entity = canonical(c.text(cEntity));
        String metric = canonical(c.text(cMetric));
        String segment = cSegment < 0 ? "" : canonical(c.text(cSegment));
        SeriesKey key = SeriesKey.of(entity, metric, segment);
        int known = panel.indexOf(key);
        Metric m = known >= 0 ? panel.metric(known) : metric(line, key.metric(), basis, unit, period.period);
        int s = panel.series(key, m, unit, line);
        lastEntity = c.copy(cEntity);
        lastMetric = c.copy(cMetric);
        lastSegment = cSegment < 0 ? null : c.copy(cSegment);
        lastKeySpan = keyFirst >= 0 && c.unquoted(keyFirst, keyLast) ? c.span(keyFirst, keyLast) : null;
        lastSeries = s;
        lastUnit = unit;
        return s;
    }

    /**
     * Whether the row's key fields are the previous series' (equal bytes: a row whose key differs
     * only in spacing or quoting is looked up by its key instead, with the same result).
     */
    private boolean sameKey(CsvCursor c) {
        if (lastKeySpan != null && c.unquoted(keyFirst, keyLast)) {
            return c.spanIs(keyFirst, keyLast, lastKeySpan);
        }
        return c.is(cEntity, lastEntity) && c.is(cMetric, lastMetric) && (cSegment < 0 || c.is(cSegment, lastSegment));
    }

    /** One string per distinct name: an entity's eight series share it. */
    private String canonical(String s) {
        String c = names.putIfAbsent(s, s);
        return c == null ? s : c;
    }

    /** FactRows' check of a required column, without making a string of it. */
    private void required(CsvCursor c, int field, String column, int line) {
        if (c.isBlank(field)) {
            throw KpiDataException.at(source, line, column, "", column + " is empty; every row needs one");
        }
    }

    /** FactRows' rules and catalog: a catalog metric must fit the unit and basis; an unknown one needs a basis. */
    private Metric metric(int line, String id, Basis basis, Unit unit, Period period) {
        return facts.metric(line, id, basis, unit, period);
    }

    /** The assembler's id of a row's period, with FactRows' basis rules; worked out once per text, basis and kind. */
    private int period(CsvCursor c, int line, int s, Basis basis, PeriodInfo info) {
        Metric m = panel.metric(s);
        FactRows.checkBasisFits(source, line, m, basis);
        // a period text means one thing for flows and another for stocks (2024Q3 is the instant 2024-09-30)
        int k = (basis == null ? 0 : basis.ordinal() + 1) + (m.instant() ? BASES + 1 : 0);
        int id = info.id[k];
        if (id < 0) {
            Period p = FactRows.applyBasis(source, line, calendar, m, basis, info.period, c.text(cPeriod));
            id = panel.period(p);
            info.id[k] = id;
        }
        return id;
    }

    KpiPanel build() {
        return panel.build();
    }

    private static final int BASES = Basis.values().length;

    /**
     * A period text's meaning, worked out once: the assembler's period id under each basis (by
     * ordinal + 1; 0 for no basis), for flows and then for instants; −1 until first needed.
     */
    private static final class PeriodInfo {
        final String text;
        final Period period;
        final int[] id = new int[2 * (BASES + 1)];

        PeriodInfo(String text, Period period) {
            this.text = text;
            this.period = period;
            Arrays.fill(id, -1);
        }

        static PeriodInfo parse(String text) {
            return new PeriodInfo(text, Period.parse(text));
        }
    }
}
