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

    /** How a format knows its files: by the head of the file and its name in lower case. */
    private interface Detector {
        boolean detects(Head head, String fileName);
    }

    /** How a format reads a file. */
    private interface Reader {
        FactSet read(Path file, ReadOptions options);
    }

    /** A format by its name, description, detection and reader; each service class below is one. */
    private abstract static class Base implements FactFormat {
        private final String name;
        private final String description;
        private final Detector detector;
        private final Reader reader;

        Base(String name, String description, Detector detector, Reader reader) {
            this.name = name;
            this.description = description;
            this.detector = detector;
            this.reader = reader;
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
            return detector.detects(new Head(head), fileName.toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public final FactSet read(Path file, ReadOptions o) {
            return reader.read(file, o);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The calendar the options name, else the calendar year. */
    private static FiscalCalendar calendar(ReadOptions o) {
        return o.calendar().orElse(FiscalCalendar.calendarYear());
    }

    /** Tidy facts as CSV ({@link FactsCsv}). */
    public static final class TidyCsv extends Base {
        /** Creates the format; called by the service loader. */
        public TidyCsv() {
            // a CSV that is not tushare's, named .csv or with the tidy key columns: FactsCsv then says
            // exactly what its header lacks
            super("tidy-csv", "tidy facts CSV (a header with entity, metric, period, value, unit)",
                    (h, fileName) -> !h.isJsonObject() && !h.isJsonArray() && !h.header.contains("ts_code")
                            && (h.header.contains("entity") || h.header.contains("metric") || fileName.endsWith(".csv")),
                    (file, o) -> FactsCsv.read(file, o.catalog(), calendar(o)));
        }
    }

    /** Tidy facts as JSON ({@link FactsJson}). */
    public static final class TidyJson extends Base {
        /** Creates the format; called by the service loader. */
        public TidyJson() {
            super("tidy-json", "tidy facts JSON (an array of objects with entity, metric, period, value, unit)",
                    (h, fileName) -> h.isJsonArray(), // the only format that is a JSON array
                    (file, o) -> FactsJson.read(file, o.catalog(), calendar(o)));
        }
    }

    /** SEC EDGAR companyfacts JSON ({@link EdgarFacts#read(Path, ReadOptions)}). */
    public static final class CompanyFacts extends Base {
        /** Creates the format; called by the service loader. */
        public CompanyFacts() {
            super("edgar-companyfacts", "SEC EDGAR companyfacts JSON",
                    (h, fileName) -> h.isJsonObject() && h.keys.contains("facts")
                            && (h.keys.contains("cik") || h.keys.contains("entityName")),
                    EdgarFacts::read);
        }
    }

    /** SEC EDGAR companyconcept JSON ({@link EdgarFacts#readConcept(Path, ReadOptions)}). */
    public static final class CompanyConcept extends Base {
        /** Creates the format; called by the service loader. */
        public CompanyConcept() {
            super("edgar-companyconcept", "SEC EDGAR companyconcept JSON",
                    (h, fileName) -> h.isJsonObject() && h.keys.contains("tag") && h.keys.contains("taxonomy")
                            && h.keys.contains("cik") && !h.keys.contains("ccp"),
                    EdgarFacts::readConcept);
        }
    }

    /** SEC EDGAR frames JSON ({@link EdgarFrames}). */
    public static final class Frames extends Base {
        /** Creates the format; called by the service loader. */
        public Frames() {
            super("edgar-frames", "SEC EDGAR frames JSON",
                    (h, fileName) -> h.isJsonObject() && h.keys.contains("tag")
                            && (h.keys.contains("ccp") || h.keys.contains("uom")) && !h.keys.contains("cik"),
                    EdgarFrames::read);
        }
    }

    /** Sina finance-report JSON ({@link SinaReports}). */
    public static final class Sina extends Base {
        /** Creates the format; called by the service loader. */
        public Sina() {
            super("sina", "Sina finance-report JSON (getFinanceReport2022)",
                    (h, fileName) -> h.isJsonObject() && h.keys.contains("result")
                            && (h.text.contains("\"report_list\"") || h.text.contains("\"item_field\"")),
                    SinaReports::read);
        }
    }

    /** tushare-shaped CSV: income, balancesheet, cashflow, fina_indicator ({@link TushareCsv}). */
    public static final class Tushare extends Base {
        /** Creates the format; called by the service loader. */
        public Tushare() {
            super("tushare", "tushare CSV export (ts_code, ann_date, end_date, ...)",
                    (h, fileName) -> h.hasHeader("ts_code", "end_date") && !h.header.contains("metric"),
                    TushareCsv::read);
        }
    }
}
