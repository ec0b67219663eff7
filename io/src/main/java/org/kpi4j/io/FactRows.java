package org.kpi4j.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.Basis;
import org.kpi4j.fact.Fact;
import org.kpi4j.Origin;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.time.PeriodType;
import org.kpi4j.unit.Dimension;
import org.kpi4j.unit.Percentage;
import org.kpi4j.unit.Unit;

/** Turns tidy rows (column name to text) into facts, with errors naming file, line and column. */
final class FactRows {

    static final List<String> COLUMNS = List.of("entity", "metric", "segment", "parent", "period", "basis", "value", "unit",
            "as_of", "reported_change_pct", "comparison_period", "reported_flag", "reported_cagr_pct", "approximate",
            "source", "note");
    static final Set<String> REQUIRED = Set.of("entity", "metric", "period", "unit");


    private final String source;
    private final FiscalCalendar calendar;
    private MetricCatalog catalog;
    // parsed texts: a file repeats a few units, periods and bases on every row
    private final Map<String, Unit> unitCache = new HashMap<>();
    private final Map<String, Period> periodCache = new HashMap<>();
    private final Map<String, Basis> basisCache = new HashMap<>();
    private final List<Fact> facts = new ArrayList<>();

    FactRows(String source, MetricCatalog catalog, FiscalCalendar calendar) {
        this.source = source;
        this.catalog = catalog;
        this.calendar = calendar;
    }

    static void checkHeader(String source, int line, List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (!COLUMNS.contains(h)) {
                throw KpiDataException.at(source, line, null, h, "unknown column " + KpiDataException.quote(h)
                        + "; expected columns " + String.join(", ", COLUMNS));
            }
            int first = header.indexOf(h);
            if (first < i) {
                throw CsvHeader.givenTwice(source, line, h, first, i);
            }
        }
        for (String r : REQUIRED) {
            if (!header.contains(r)) {
                throw KpiDataException.at(source, line, r, null, "the header lacks the required column '" + r
                        + "' (required: entity, metric, period, value, unit)");
            }
        }
        if (!header.contains("value") && !header.contains("reported_cagr_pct")) {
            throw KpiDataException.at(source, line, "value", null, "the header lacks the required column 'value'");
        }
    }

    List<Fact> facts() {
        return facts;
    }

    /**
     * The one answer to a file without facts, for every reader: an error naming the file.
     *
     * @param what what the file holds instead, such as "a header and no rows"
     */
    static KpiDataException noFacts(String source, int line, String what) {
        return KpiDataException.at(source, line, null, null, "the file has no facts: " + what);
    }

    /** A row's text by column name; null for a column the file does not have. */
    interface Row {
        String get(String column);
    }

    void add(int line, Map<String, String> row) {
        add(line, (Row) row::get);
    }

    void add(int line, Row row) {
        facts.add(build(line, row));
    }

    /**
     * Reads a row into a fact without keeping it: every check {@link #add} makes, in the same order.
     *
     * @throws KpiDataException naming the line and column of the first problem
     */
    Fact build(int line, Row row) {
        String entity = required(line, row, "entity");
        String metricId = required(line, row, "metric");
        String periodText = required(line, row, "period");
        String unitText = required(line, row, "unit");
        Unit unit = cached(unitCache, line, "unit", unitText, Unit::parse);
        Period period = cached(periodCache, line, "period", periodText, Period::parse);
        String basisText = opt(row, "basis");
        Basis basis = basisText == null ? null : cached(basisCache, line, "basis", basisText, Basis::parse);
        Metric metric = metric(line, metricId, basis, unit, period);
        period = applyBasis(line, metric, basis, period, periodText);
        BigDecimal value = decimal(line, row, "value");
        String segment = nz(opt(row, "segment"));
        String parent = nz(opt(row, "parent"));
        if (!parent.isEmpty() && (segment.isEmpty() || parent.equals(segment))) {
            throw KpiDataException.at(source, line, "parent", parent, segment.isEmpty()
                    ? "a parent is given on a row of the whole entity; only a segment is part of another"
                    : "segment '" + segment + "' cannot be part of itself");
        }
        Fact.Builder b = Fact.builder(entity, metric, period, value, unit)
                .segment(segment)
                .parent(parent)
                .asOf(date(line, row, "as_of"))
                .reportedChangePct(percentage(line, row, "reported_change_pct"))
                .reportedCagrPct(percentage(line, row, "reported_cagr_pct"))
                .approximate(bool(line, row, "approximate"))
                .source(nz(opt(row, "source")))
                .note(nz(opt(row, "note")))
                .origin(new Origin(source, line));
        String cmp = opt(row, "comparison_period");
        if (cmp != null) {
            Period c = parse(line, "comparison_period", cmp, Period::parse);
            b.comparisonPeriod(metric.instant() && !c.isInstant() ? calendar.instantAtEnd(c) : c);
        }
        String flag = opt(row, "reported_flag");
        if (flag != null) {
            b.reportedFlag(parse(line, "reported_flag", flag, GrowthFlag::parse));
        }
        if (value == null && opt(row, "reported_cagr_pct") == null) {
            throw KpiDataException.at(source, line, "value", "", "value is empty; give the figure "
                    + "(an empty value is allowed only on a row that carries reported_cagr_pct)");
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw KpiDataException.at(source, line, null, null, e.getMessage(), e);
        }
    }

    /** The metric a row names, learning an id the catalog lacks (shared by every row of one read). */
    Metric metric(int line, String id, Basis basis, Unit unit, Period period) {
        Metric m = resolveMetric(source, line, catalog, id, basis, unit, period);
        if (catalog.get(id).isEmpty()) {
            catalog = catalog.with(m);
        }
        return m;
    }

    private Period applyBasis(int line, Metric metric, Basis basis, Period period, String text) {
        return applyBasis(source, line, calendar, metric, basis, period, text);
    }

    /**
     * The metric a row names: the catalog's, checked against the row's unit and basis, or for an id
     * the catalog lacks, a new flow, stock or ratio inferred from the basis (or a date period) and
     * the unit. The caller adds a new metric to its catalog.
     */
    static Metric resolveMetric(String source, int line, MetricCatalog catalog, String id, Basis basis, Unit unit,
            Period period) {
        Metric known = catalog.get(id).orElse(null);
        if (known != null) {
            if (!known.family().accepts(unit)) {
                throw KpiDataException.at(source, line, "unit", unit.symbol(), "metric '" + id + "' is a " + known.kind()
                        + " in " + known.family().name().toLowerCase(Locale.ROOT) + " units; " + unit.symbol()
                        + " does not fit it");
            }
            checkBasisFits(source, line, known, basis);
            return known;
        }
        boolean instant;
        if (basis != null) {
            instant = basis == Basis.INSTANT;
        } else if (period.isInstant()) {
            instant = true;
        } else {
            throw KpiDataException.at(source, line, "metric", id, "unknown metric " + KpiDataException.quote(id)
                    + "; it is not in the catalog, so give its basis (ytd, quarter, half, year or instant) "
                    + "to say whether it is a flow or measured at an instant");
        }
        try {
            return unit.dimension() == Dimension.RATIO ? Metric.ratio(id, id, id, instant)
                    : Metric.of(id, id, id, instant ? MetricKind.STOCK : MetricKind.FLOW, Metric.UnitFamily.ANY);
        } catch (IllegalArgumentException e) { // an id that is not snake_case
            throw KpiDataException.at(source, line, "metric", id, e.getMessage(), e);
        }
    }

    /** A basis must say instant exactly for a metric measured at an instant. */
    static void checkBasisFits(String source, int line, Metric metric, Basis basis) {
        if (basis != null && (basis == Basis.INSTANT) != metric.instant()) {
            throw KpiDataException.at(source, line, "basis", basis.code(), "metric '" + metric.id() + "' is "
                    + (metric.instant() ? "measured at an instant (a balance-sheet figure), so it cannot be reported as "
                            + basis.code() : "a " + metric.kind() + " over a period, so it cannot be reported at an instant"));
        }
    }

    /**
     * The period a row's figure covers once its basis is applied: a stock's period becomes the
     * instant at its end; {@code 2024Q3} with basis ytd becomes {@code 2024Q1-Q3}; a basis that does
     * not fit the period is an error.
     */
    static Period applyBasis(String source, int line, FiscalCalendar calendar, Metric metric, Basis basis,
            Period period, String text) {
        if (metric.instant()) {
            if (basis != null && basis != Basis.INSTANT) {
                throw KpiDataException.at(source, line, "basis", basis.code(), "metric '" + metric.id()
                        + "' is measured at an instant");
            }
            return calendar.instantAtEnd(period);
        }
        if (period.isInstant()) {
            throw KpiDataException.at(source, line, "period", text, "metric '" + metric.id() + "' is a "
                    + metric.kind() + " over a period, but " + text + " is a date; give a year, half, quarter or Q1-Q3");
        }
        if (basis == null || basis == Basis.INSTANT) {
            return period;
        }
        switch (basis) {
            case YTD:
                if (!period.isYearToDate() && period.type() != PeriodType.QUARTER) {
                    throw KpiDataException.at(source, line, "period", text, "basis ytd needs a period that ends a "
                            + "year-to-date span (2024Q3 or 2024Q1-Q3), not " + text);
                }
                return Period.ytd(period.year(), period.lastQuarter());
            case QUARTER:
                return expect(source, line, period, PeriodType.QUARTER, text, basis);
            case HALF:
                return expect(source, line, period, PeriodType.HALF, text, basis);
            default:
                return expect(source, line, period, PeriodType.YEAR, text, basis);
        }
    }

    private static Period expect(String source, int line, Period p, PeriodType t, String text, Basis basis) {
        if (p.type() != t) {
            throw KpiDataException.at(source, line, "period", text, "basis " + basis.code() + " does not fit the period "
                    + text);
        }
        return p;
    }

    private interface Parser<T> {
        T parse(String s);
    }

    private <T> T parse(int line, String column, String text, Parser<T> p) {
        try {
            return p.parse(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw KpiDataException.at(source, line, column, text, e.getMessage(), e);
        }
    }

    private <T> T cached(Map<String, T> cache, int line, String column, String text, Parser<T> p) {
        T v = cache.get(text);
        if (v == null) {
            v = parse(line, column, text, p);
            cache.put(text, v);
        }
        return v;
    }

    private String required(int line, Row row, String column) {
        String v = opt(row, column);
        if (v == null) {
            throw KpiDataException.at(source, line, column, "", column + " is empty; every row needs one");
        }
        return v;
    }

    private static String opt(Row row, String column) {
        String v = row.get(column);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A column in percent (or points), as printed: 48.27 is 48.27%. */
    private Percentage percentage(int line, Row row, String column) {
        String v = opt(row, column);
        if (v == null) {
            return null;
        }
        return percentage(source, line, column, v);
    }

    /** A percent column's text (48.27 or 48.27%) as a Percentage: {@link Figures}' rule, then Percentage's. */
    static Percentage percentage(String source, int line, String column, String v) {
        String t = v.endsWith("%") ? v.substring(0, v.length() - 1).strip() : v;
        BigDecimal d = t.isEmpty() ? null : figure(source, line, column, t, v);
        if (d == null) {
            throw KpiDataException.at(source, line, column, v, KpiDataException.quote(v) + " is not a number");
        }
        try {
            return Percentage.ofPercent(d);
        } catch (IllegalArgumentException e) {
            throw KpiDataException.at(source, line, column, v, e.getMessage(), e);
        }
    }

    private BigDecimal decimal(int line, Row row, String column) {
        String v = opt(row, column);
        return v == null ? null : figure(source, line, column, v, v);
    }

    /** {@link Figures#decimal}, its error placed at the file, line and column. */
    static BigDecimal figure(String source, int line, String column, String text, String asWritten) {
        try {
            return Figures.decimal(text);
        } catch (IllegalArgumentException e) {
            throw KpiDataException.at(source, line, column, asWritten, e.getMessage(), e);
        }
    }

    private LocalDate date(int line, Row row, String column) {
        String v = opt(row, column);
        return v == null ? null : parse(line, column, v, FactRows::date);
    }

    /**
     * A date as every reader takes it: ISO {@code YYYY-MM-DD}, in the years {@link Period#MIN_YEAR}..
     * {@link Period#MAX_YEAR} that periods take (a report dated {@code +10000000-01-01} is a typo, and its
     * epoch day would not fit the int a panel keeps).
     *
     * @throws IllegalArgumentException naming the text otherwise
     */
    static LocalDate date(String s) {
        LocalDate d;
        try {
            d = LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + s + "' is not a date; expected YYYY-MM-DD", e);
        }
        if (d.getYear() < Period.MIN_YEAR || d.getYear() > Period.MAX_YEAR) {
            throw new IllegalArgumentException("'" + s + "' is not a date in the years " + Period.MIN_YEAR + ".."
                    + Period.MAX_YEAR);
        }
        return d;
    }

    private boolean bool(int line, Row row, String column) {
        String v = opt(row, column);
        if (v == null) {
            return false;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true":
            case "yes":
            case "1":
                return true;
            case "false":
            case "no":
            case "0":
                return false;
            default:
                throw KpiDataException.at(source, line, column, v, "'" + v + "' is not true or false");
        }
    }
}
