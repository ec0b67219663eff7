package org.kpi4j.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kpi4j.KpiDataException;
import org.kpi4j.Origin;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.fact.ReadOptions;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Dimension;
import org.kpi4j.unit.Unit;

/**
 * Reads a tushare CSV export (a DataFrame of {@code income}, {@code balancesheet}, {@code cashflow}
 * or {@code fina_indicator} written with {@code to_csv}) into a {@link FactSet} with its vintages.
 *
 * <p>Rows: {@code ts_code} is the entity; {@code end_date} (YYYYMMDD) the period, cumulative from
 * January for the income and cash-flow tables ({@code 20240930} is {@code 2024Q1-Q3}) unless
 * {@code report_type} is 2 or 3 (a single quarter, {@code 2024Q3}), an instant for the balance sheet;
 * {@code f_ann_date} (else {@code ann_date}) the {@code as_of}. {@code report_type} 1 (consolidated,
 * latest), 4 (a prior period restated in a later report) and 5 (as first published, before a
 * restatement) are the consolidated vintages; 6 to 12 (the parent company's own statements) are
 * skipped and counted. Two rows of one period and date that disagree keep report type 5 (what was
 * published that day) over 1 and 4, then {@code update_flag} 1 over 0; rows that still disagree are
 * skipped and counted. A pandas index column (an empty header) is ignored; an empty cell is no figure.
 *
 * <p>Columns: amounts in 元, per-share columns ({@code basic_eps}, {@code eps}, ...) in 元/股,
 * {@code total_share} in 股, fina_indicator's ratios ({@code roe}, {@code grossprofit_margin},
 * {@code debt_to_assets}) in %; mapped to catalog metrics by {@link #synonyms()}, any other column of
 * the three statements kept as {@code tushare_} and its name. fina_indicator columns whose unit kpi4j
 * does not know, and its growth columns ({@code or_yoy}: a change without the figure it describes),
 * are skipped and counted in a note.
 *
 * <pre>{@code
 * FactSet f = TushareCsv.read(Path.of("income_600000.SH.csv"));   // pro.income(...).to_csv(...)
 * f.vintages(SeriesKey.of("600000.SH", "revenue"), Period.year(2023));   // as first published, then restated
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TushareCsv {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private TushareCsv() {
    }

    /**
     * Reads a tushare CSV export with the standard catalog and synonyms.
     *
     * @param file the file, not null
     * @return the facts, not null
     * @throws KpiDataException if the file is missing, unreadable or holds bad data
     */
    public static FactSet read(Path file) {
        return read(file, ReadOptions.defaults());
    }

    /**
     * Reads a tushare CSV export.
     *
     * @param file the file, not null
     * @param options the catalog, synonyms (metric to tushare columns) and a calendar (else the
     *     calendar year, as A-share companies report), not null
     * @return the facts, not null
     * @throws KpiDataException if the file is missing, unreadable or holds bad data, naming the
     *     line and column
     */
    public static FactSet read(Path file, ReadOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return new Reader(source, options).read(new CsvCursor(in, source));
        } catch (NoSuchFileException e) {
            throw KpiDataException.at(source, 0, null, null, "no such file", e);
        } catch (IOException e) {
            throw KpiDataException.at(source, 0, null, null, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the standard synonym table: metric id to tushare columns, most preferred first.
     *
     * @return the table, unmodifiable, not null
     */
    public static Map<String, List<String>> synonyms() {
        return TushareColumns.STANDARD;
    }

    /** A figure before its vintage is settled: the fact and what ranks it against a rival. */
    private record Row(Fact fact, int reportType, int updateFlag, int rank, int line) {
    }

    private record Key(String entity, String metric, Period period, LocalDate asOf) {
    }

    private static final class Reader {
        private final String source;
        private final FiscalCalendar calendar;
        private final SkipNotes notes = new SkipNotes();
        private final Map<String, Metric> mapped = new HashMap<>();
        private final Map<String, Integer> rank = new HashMap<>();
        private int emptyCells;

        Reader(String source, ReadOptions options) {
            this.source = source;
            this.calendar = options.calendar().orElse(FiscalCalendar.calendarYear());
            Map<String, List<String>> table = new LinkedHashMap<>(TushareColumns.STANDARD);
            table.putAll(options.synonyms());
            for (Map.Entry<String, List<String>> e : table.entrySet()) {
                Metric m = options.catalog().get(e.getKey()).orElseThrow(() -> KpiDataException.at(source, 0, null, null,
                        "the synonym table names metric '" + e.getKey() + "', which is not in the catalog"));
                for (int i = 0; i < e.getValue().size(); i++) {
                    mapped.put(e.getValue().get(i), m);
                    rank.put(e.getValue().get(i), i);
                }
            }
        }

        FactSet read(CsvCursor c) throws IOException {
            String[] header = CsvHeader.read(source, c);
            int n = header.length;
            Map<String, Integer> index = CsvHeader.index(source, c.line(), header); // a column given twice is an error
            for (String k : List.of("ts_code", "end_date")) {
                if (!index.containsKey(k)) {
                    throw KpiDataException.at(source, c.line(), k, null, "the header lacks '" + k
                            + "'; a tushare export has ts_code, ann_date, f_ann_date, end_date and the table's columns");
                }
            }
            TushareColumns.Table main = mainTable(header, c.line());
            Column[] columns = new Column[n];
            for (int i = 0; i < n; i++) {
                columns[i] = column(header[i], main);
            }
            Map<Key, List<Row>> rows = new LinkedHashMap<>();
            while (c.next()) {
                int line = c.line();
                if (c.fields() != n) {
                    throw KpiDataException.at(source, line, null, null, "the row has " + c.fields()
                            + " fields but the header has " + n);
                }
                row(c, line, index, header, columns, rows);
            }
            List<Fact> facts = new ArrayList<>();
            for (List<Row> same : rows.values()) {
                Row keep = settle(same);
                if (keep != null) {
                    facts.add(keep.fact());
                }
            }
            if (emptyCells > 0) {
                notes.remark(emptyCells + " empty cells hold no figure");
            }
            try {
                return FactSet.of(facts, calendar).withNotes(notes.notes());
            } catch (KpiDataException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw KpiDataException.at(source, 0, null, null, e.getMessage(), e);
            }
        }

        /** The table most known columns belong to: the kind of an unknown column. */
        private TushareColumns.Table mainTable(String[] header, int line) {
            Map<TushareColumns.Table, Integer> votes = new LinkedHashMap<>();
            for (String h : header) {
                TushareColumns.Table t = TushareColumns.table(h);
                if (t != null) {
                    votes.merge(t, 1, Integer::sum);
                }
            }
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElseThrow(() -> KpiDataException.at(source, line, null, null, "no column is one of tushare's "
                            + "income, balancesheet, cashflow or fina_indicator columns (revenue, total_assets, "
                            + "n_cashflow_act, roe, ...), so the table cannot be told"));
        }

        /** A value column: its metric, unit and shape, or why its cells are skipped; null for a key column. */
        private record Column(String name, Metric metric, Unit unit, boolean instant, String skip) {
        }

        private Column column(String name, TushareColumns.Table main) {
            if (name.isEmpty() || name.startsWith("Unnamed:") || TushareColumns.KEYS.contains(name)) {
                return null;
            }
            TushareColumns.Table t = TushareColumns.table(name);
            if (t == null) {
                t = main;
            }
            if (t == TushareColumns.Table.INDICATOR && TushareColumns.isGrowth(name)) {
                return new Column(name, null, null, false, "cells of fina_indicator's growth columns (a change "
                        + "without the figure it describes; import the statement that has the figure)");
            }
            Unit unit = TushareColumns.unit(name, t);
            if (unit == null) {
                return new Column(name, null, null, false, "cells of fina_indicator columns whose unit kpi4j does "
                        + "not know");
            }
            Metric m = mapped.get(name);
            boolean instant = m != null ? m.instant() : TushareColumns.instant(name, t);
            if (m == null) {
                String id = "tushare_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
                m = unit.dimension() == Dimension.RATIO ? Metric.ratio(id, name, name, instant)
                        : Metric.of(id, name, name, instant ? MetricKind.STOCK : MetricKind.FLOW,
                                unit.isPerShare() ? Metric.UnitFamily.PER_SHARE : Metric.UnitFamily.ANY);
            }
            if (!m.family().accepts(unit)) {
                throw KpiDataException.at(source, 1, name, name, "column " + name + " (" + unit + ") does not fit "
                        + "metric " + m.id() + " (a " + m.kind() + " in " + m.family().name().toLowerCase(Locale.ROOT)
                        + " units); fix the synonyms");
            }
            return new Column(name, m, unit, instant, null);
        }

        private void row(CsvCursor c, int line, Map<String, Integer> index, String[] header, Column[] columns,
                Map<Key, List<Row>> rows) {
            String entity = text(c, index, "ts_code");
            if (entity == null) {
                throw KpiDataException.at(source, line, "ts_code", "", "ts_code is empty; every row names its company");
            }
            int reportType = integer(c, line, index, "report_type", 1);
            if (reportType >= 6) {
                notes.skip("rows of the parent company's own statements (report_type 6 to 12)", "line " + line);
                return;
            }
            int updateFlag = integer(c, line, index, "update_flag", 1);
            LocalDate end = date(c, line, index, "end_date");
            if (end == null) {
                throw KpiDataException.at(source, line, "end_date", "", "end_date is empty; every row needs its period");
            }
            LocalDate asOf = date(c, line, index, "f_ann_date");
            if (asOf == null) {
                asOf = date(c, line, index, "ann_date");
            }
            Period quarter = calendar.quarterOf(end);
            boolean quarterEnd = calendar.endDate(quarter).equals(end);
            for (int i = 0; i < columns.length; i++) {
                Column col = columns[i];
                if (col == null || c.isEmpty(i)) {
                    emptyCells += col != null && col.metric() != null && c.isEmpty(i) ? 1 : 0;
                    continue;
                }
                if (col.metric() == null) {
                    notes.skip(col.skip(), col.name());
                    continue;
                }
                Period period;
                if (col.instant()) {
                    period = Period.instant(end);
                } else if (!quarterEnd) {
                    notes.skip("flows of an end_date that ends no fiscal quarter (" + calendar + ")", "line " + line);
                    continue;
                } else {
                    period = reportType == 2 || reportType == 3 ? quarter
                            : Period.ytd(quarter.year(), quarter.lastQuarter());
                }
                BigDecimal value = decimal(c, line, i, header[i]);
                Fact f;
                try {
                    f = Fact.builder(entity, col.metric(), period, value, col.unit()).asOf(asOf)
                            .source("tushare " + col.name() + " report_type " + reportType
                                    + (updateFlag == 1 ? "" : " update_flag " + updateFlag))
                            .origin(new Origin(XbrlFacts.fileName(source), line)).build();
                } catch (KpiDataException e) {
                    throw e;
                } catch (IllegalArgumentException e) {
                    throw KpiDataException.at(source, line, header[i], c.text(i), e.getMessage(), e);
                }
                rows.computeIfAbsent(new Key(entity, col.metric().id(), period, asOf), k -> new ArrayList<>())
                        .add(new Row(f, reportType, updateFlag, rank.getOrDefault(col.name(), 0), line));
            }
        }

        /** The one figure a period and date keep (see the class comment), or null if none can be told. */
        private Row settle(List<Row> same) {
            int bestRank = same.stream().mapToInt(Row::rank).min().orElseThrow();
            List<Row> rows = same.stream().filter(r -> r.rank() == bestRank).toList();
            Row first = rows.get(0);
            if (rows.stream().allMatch(r -> r.fact().value().compareTo(first.fact().value()) == 0)) {
                return first;
            }
            List<Row> ranked = new ArrayList<>(rows);
            ranked.sort((a, b) -> a.reportType() == 5 || b.reportType() == 5
                    ? Boolean.compare(b.reportType() == 5, a.reportType() == 5)
                    : Integer.compare(b.updateFlag(), a.updateFlag()));
            Row top = ranked.get(0);
            Row second = ranked.get(1);
            boolean decided = (top.reportType() == 5) != (second.reportType() == 5) || top.updateFlag() != second.updateFlag();
            if (!decided) {
                notes.skip("rows of one period and announcement date that disagree and that neither report_type nor "
                        + "update_flag tells apart", top.fact().key() + " " + top.fact().period() + " lines " + top.line()
                        + " and " + second.line());
                return null;
            }
            for (Row r : ranked.subList(1, ranked.size())) {
                notes.skip("rows superseded by another of the same period and date (report_type 5 over 1 and 4, then "
                        + "update_flag 1 over 0)", r.fact().key() + " " + r.fact().period() + " line " + r.line());
            }
            return top;
        }

        private static String text(CsvCursor c, Map<String, Integer> index, String column) {
            Integer i = index.get(column);
            if (i == null || c.isEmpty(i)) {
                return null;
            }
            String s = c.text(i).strip();
            return s.isEmpty() ? null : s;
        }

        private int integer(CsvCursor c, int line, Map<String, Integer> index, String column, int orElse) {
            String s = text(c, index, column);
            if (s == null) {
                return orElse;
            }
            try {
                return new BigDecimal(s).intValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw KpiDataException.at(source, line, column, s, column + " '" + s + "' is not a whole number");
            }
        }

        private LocalDate date(CsvCursor c, int line, Map<String, Integer> index, String column) {
            String s = text(c, index, column);
            if (s == null) {
                return null;
            }
            String t = s.endsWith(".0") ? s.substring(0, s.length() - 2) : s; // a date column pandas read as float
            try {
                return LocalDate.parse(t, DATE);
            } catch (DateTimeParseException e) {
                throw KpiDataException.at(source, line, column, s, column + " '" + s + "' is not a date; expected YYYYMMDD", e);
            }
        }

        private BigDecimal decimal(CsvCursor c, int line, int i, String column) {
            String s = c.text(i).strip();
            BigDecimal d;
            try {
                d = new BigDecimal(s);
            } catch (NumberFormatException e) {
                throw KpiDataException.at(source, line, column, s, "'" + s + "' is not a number; expected a decimal "
                        + "such as 8357282726.53", e);
            }
            if (!Double.isFinite(d.doubleValue())) {
                throw KpiDataException.at(source, line, column, s, "'" + s + "' is beyond the range of a double");
            }
            if (d.scale() < 0) {
                d = d.setScale(0);
            }
            return d;
        }
    }
}
