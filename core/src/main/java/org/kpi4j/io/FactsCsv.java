package org.kpi4j.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.FactSet;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.time.FiscalCalendar;

/**
 * Reads and writes tidy facts as CSV: a header row, UTF-8, RFC 4180 quoting, one fact per row.
 *
 * <p>Columns: {@code entity, metric, period, value, unit} (required) and {@code segment, basis,
 * as_of, reported_change_pct, comparison_period, reported_flag, reported_cagr_pct, approximate,
 * source, note} (optional), in any order. A basis that is absent is inferred from the period and the
 * metric's kind; a stock's period ({@code 2024}) means the instant at its end. Every error is a
 * {@link KpiDataException} naming the file, line and column; the file is only read.
 *
 * <pre>{@code
 * FactSet facts = FactsCsv.read(Path.of("facts.csv"));
 * try (Writer w = Files.newBufferedWriter(Path.of("out.csv"))) {
 *     FactsCsv.write(facts, w);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FactsCsv {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    private FactsCsv() {
    }

    /**
     * Reads a CSV file with the standard catalog and a calendar-year fiscal calendar.
     *
     * @param file the file, not null
     * @return the facts, not null
     * @throws KpiDataException if the file is missing, unreadable or holds bad data
     */
    public static FactSet read(Path file) {
        return read(file, MetricCatalog.standard(), FiscalCalendar.calendarYear());
    }

    /**
     * Reads a CSV file.
     *
     * @param file the file, not null
     * @param catalog the known metrics, not null
     * @param calendar the fiscal calendar, not null
     * @return the facts, not null
     * @throws KpiDataException if the file is missing, unreadable or holds bad data
     */
    public static FactSet read(Path file, MetricCatalog catalog, FiscalCalendar calendar) {
        Objects.requireNonNull(file, "file");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString(), catalog, calendar);
        } catch (NoSuchFileException e) {
            throw KpiDataException.at(file.toString(), 0, null, null, "no such file", e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw KpiDataException.at(file.toString(), 0, null, null, "the file is not UTF-8 text", e);
        } catch (IOException e) {
            throw KpiDataException.at(file.toString(), 0, null, null, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads CSV from a stream of UTF-8 bytes, such as a class-path resource.
     *
     * @param in the stream, not null; not closed
     * @param sourceName the name used in error messages, not null
     * @param catalog the known metrics, not null
     * @param calendar the fiscal calendar, not null
     * @return the facts, not null
     * @throws KpiDataException on bad data
     */
    public static FactSet read(InputStream in, String sourceName, MetricCatalog catalog, FiscalCalendar calendar) {
        return read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), sourceName, catalog, calendar);
    }

    /**
     * Reads CSV from a reader.
     *
     * @param reader the reader, not null; not closed
     * @param sourceName the name used in error messages, not null
     * @param catalog the known metrics, not null
     * @param calendar the fiscal calendar, not null
     * @return the facts, not null
     * @throws KpiDataException on bad data
     */
    public static FactSet read(Reader reader, String sourceName, MetricCatalog catalog, FiscalCalendar calendar) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(calendar, "calendar");
        FactRows rows = new FactRows(sourceName, catalog, calendar);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnReordering(false);
        int line = 1;
        try (MappingIterator<Map<String, String>> it = MAPPER.readerForMapOf(String.class).with(schema)
                .readValues(new BomSkippingReader(reader))) {
            boolean headerChecked = false;
            while (true) {
                try {
                    if (!it.hasNextValue()) {
                        if (!headerChecked && it.getParserSchema() instanceof CsvSchema) {
                            // a file with a header and no rows: its header is still checked
                            FactRows.checkHeader(sourceName, 1,
                                    new ArrayList<>(((CsvSchema) it.getParserSchema()).getColumnNames()));
                        }
                        break;
                    }
                    // after hasNextValue() the parser stands at the start of the row's first line; the
                    // START_OBJECT token's own location is where the previous row's last value began,
                    // which is a line too early after a quoted value spanning lines
                    line = it.getParser().currentLocation().getLineNr();
                    Map<String, String> row = it.nextValue();
                    if (!headerChecked) {
                        CsvSchema s = (CsvSchema) it.getParserSchema();
                        List<String> header = new ArrayList<>(s.getColumnNames());
                        FactRows.checkHeader(sourceName, 1, header);
                        headerChecked = true;
                    }
                    rows.add(line, row);
                } catch (JsonProcessingException e) {
                    int at = e.getLocation() != null ? e.getLocation().getLineNr() : line;
                    throw KpiDataException.at(sourceName, at, null, null, csvProblem(e), e);
                } catch (RuntimeException e) {
                    if (e.getCause() instanceof JsonProcessingException) {
                        JsonProcessingException j = (JsonProcessingException) e.getCause();
                        int at = j.getLocation() != null ? j.getLocation().getLineNr() : line;
                        throw KpiDataException.at(sourceName, at, null, null, csvProblem(j), j);
                    }
                    throw e;
                }
            }
        } catch (IOException e) {
            throw KpiDataException.at(sourceName, line, null, null, "cannot read: " + e.getMessage(), e);
        }
        return FactSet.of(rows.facts(), calendar);
    }

    private static String csvProblem(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m.startsWith("Too many entries")) {
            return "the row has more fields than the header; quote a value that contains a comma (" + m + ")";
        }
        if (m.startsWith("Not enough column values") || m.contains("Missing") || m.contains("missing")) {
            return "the row has fewer fields than the header (" + m + ")";
        }
        return "malformed CSV: " + m;
    }

    /**
     * Writes facts as CSV with every column, one row per vintage.
     *
     * @param facts the facts, not null
     * @param writer the writer, not null; flushed, not closed
     */
    public static void write(FactSet facts, Writer writer) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(writer, "writer");
        CsvSchema.Builder sb = CsvSchema.builder();
        for (String c : FactRows.COLUMNS) {
            sb.addColumn(c);
        }
        CsvSchema schema = sb.build().withHeader();
        List<Map<String, String>> out = new ArrayList<>();
        facts.facts().forEach(f -> out.add(FactsJson.toRow(f, facts.calendar())));
        try {
            MAPPER.writer(schema).writeValue(new NonClosingWriter(writer), out);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops a leading byte-order mark, which spreadsheets write into UTF-8 CSV. */
    private static final class BomSkippingReader extends java.io.FilterReader {
        private boolean first = true;

        BomSkippingReader(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = super.read(cbuf, off, len);
            if (first && n > 0) {
                first = false;
                if (cbuf[off] == '\uFEFF') {
                    System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
                    return n - 1 == 0 ? read(cbuf, off, len) : n - 1;
                }
            }
            return n;
        }

        @Override
        public void close() {
            // the caller owns the reader
        }
    }

    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    static Map<String, String> emptyRow() {
        Map<String, String> m = new LinkedHashMap<>();
        FactRows.COLUMNS.forEach(c -> m.put(c, ""));
        return m;
    }
}
