package org.kpi4j.io.internal;

import java.nio.file.Path;
import org.kpi4j.fact.FactFormat;
import org.kpi4j.fact.FactSet;
import org.kpi4j.fact.ReadOptions;
import org.kpi4j.io.EdgarFacts;
import org.kpi4j.io.EdgarFrames;
import org.kpi4j.io.FactsCsv;
import org.kpi4j.io.FactsJson;
import org.kpi4j.io.SinaReports;
import org.kpi4j.io.TushareCsv;
import org.kpi4j.time.FiscalCalendar;

/**
 * The {@link FactFormat}s of module org.kpi4j.io, which {@link FactSet#read(Path)} finds through
 * {@link java.util.ServiceLoader} ({@code provides} in module-info, {@code META-INF/services} on the
 * class path). Not API: call {@link FactSet#read(Path)} or the readers themselves.
 */
public final class Formats {

    private Formats() {
    }

    private abstract static class Base implements FactFormat {
        private final String name;
        private final String description;

        Base(String name, String description) {
            this.name = name;
            this.description = description;
        }

        @Override
        public final String name() {
            return name;
        }

        @Override
        public final String description() {
            return description;
        }

        @Override
        public final boolean detects(String fileName, byte[] head) {
            return detects(new Head(head), fileName.toLowerCase(java.util.Locale.ROOT));
        }

        abstract boolean detects(Head head, String fileName);

        @Override
        public String toString() {
            return name;
        }
    }

    /** Tidy facts as CSV ({@link FactsCsv}). */
    public static final class TidyCsv extends Base {
        /** Creates the format; called by the service loader. */
        public TidyCsv() {
            super("tidy-csv", "tidy facts CSV (a header with entity, metric, period, value, unit)");
        }

        @Override
        boolean detects(Head h, String fileName) {
            // a CSV that is not tushare's, named .csv or with the tidy key columns: FactsCsv then says
            // exactly what its header lacks
            return !h.isJsonObject() && !h.isJsonArray() && !h.header.contains("ts_code")
                    && (h.header.contains("entity") || h.header.contains("metric") || fileName.endsWith(".csv"));
        }

        @Override
        public FactSet read(Path file, ReadOptions o) {
            return FactsCsv.read(file, o.catalog(), o.calendar().orElse(FiscalCalendar.calendarYear()));
        }
    }

    /** Tidy facts as JSON ({@link FactsJson}). */
    public static final class TidyJson extends Base {
        /** Creates the format; called by the service loader. */
        public TidyJson() {
            super("tidy-json", "tidy facts JSON (an array of objects with entity, metric, period, value, unit)");
        }

        @Override
        boolean detects(Head h, String fileName) {
            return h.isJsonArray(); // the only format that is a JSON array
        }

        @Override
        public FactSet read(Path file, ReadOptions o) {
            return FactsJson.read(file, o.catalog(), o.calendar().orElse(FiscalCalendar.calendarYear()));
        }
    }

    /** SEC EDGAR companyfacts JSON ({@link EdgarFacts#read(Path, ReadOptions)}). */
    public static final class CompanyFacts extends Base {
        /** Creates the format; called by the service loader. */
        public CompanyFacts() {
            super("edgar-companyfacts", "SEC EDGAR companyfacts JSON");
        }

        @Override
        boolean detects(Head h, String fileName) {
            return h.isJsonObject() && h.keys.contains("facts") && (h.keys.contains("cik") || h.keys.contains("entityName"));
        }

        @Override
        public FactSet read(Path file, ReadOptions o) {
            return EdgarFacts.read(file, o);
        }
    }

    /** SEC EDGAR companyconcept JSON ({@link EdgarFacts#readConcept(Path, ReadOptions)}). */
    public static final class CompanyConcept extends Base {
        /** Creates the format; called by the service loader. */
        public CompanyConcept() {
            super("edgar-companyconcept", "SEC EDGAR companyconcept JSON");
        }

        @Override
        boolean detects(Head h, String fileName) {
            return h.isJsonObject() && h.keys.contains("tag") && h.keys.contains("taxonomy") && h.keys.contains("cik")
                    && !h.keys.contains("ccp");
        }

        @Override
        public FactSet read(Path file, ReadOptions o) {
            return EdgarFacts.readConcept(file, o);
        }
    }

    /** SEC EDGAR frames JSON ({@link EdgarFrames}). */
    public static final class Frames extends Base {
        /** Creates the format; called by the service loader. */
        public Frames() {
            super("edgar-frames", "SEC EDGAR frames JSON");
        }

        @Override
        boolean detects(Head h, String fileName) {
            return h.isJsonObject() && h.keys.contains("tag") && (h.keys.contains("ccp") || h.keys.contains("uom"))
                    && !h.keys.contains("cik");
        }

        @Override
        public FactSet read(Path file, ReadOptions o) {
            return EdgarFrames.read(file, o);
        }
    }

    /** Sina finance-report JSON ({@link SinaReports}). */
    public static final class Sina extends Base {
        /** Creates the format; called by the service loader. */
        public Sina() {
            super("sina", "Sina finance-report JSON (getFinanceReport2022)");
        }

        @Override
        boolean detects(Head h, String fileName) {
            return h.isJsonObject() && h.keys.contains("result")
                    && (h.text.contains("\"report_list\"") || h.text.contains("\"item_field\""));
        }

        @Override
        public FactSet read(Path file, ReadOptions o) {
            return SinaReports.read(file, o);
        }
    }

    /** tushare-shaped CSV: income, balancesheet, cashflow, fina_indicator ({@link TushareCsv}). */
    public static final class Tushare extends Base {
        /** Creates the format; called by the service loader. */
        public Tushare() {
            super("tushare", "tushare CSV export (ts_code, ann_date, end_date, ...)");
        }

        @Override
        boolean detects(Head h, String fileName) {
            return h.hasHeader("ts_code", "end_date") && !h.header.contains("metric");
        }

        @Override
        public FactSet read(Path file, ReadOptions o) {
            return TushareCsv.read(file, o);
        }
    }
}
