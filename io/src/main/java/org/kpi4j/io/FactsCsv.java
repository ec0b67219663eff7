package org.kpi4j.io;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
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
import java.util.Arrays;
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
 * <p>Columns: {@code entity, metric, period, value, unit} (required) and {@code segment, parent, basis,
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

    /** Writes only: reading goes through {@link CsvCursor}, which makes no object per field. */
    /** The writer's mapper, built on first write: reading never needs it, and building it costs a one-shot call. */
    private static final class Mapper {
        static final CsvMapper MAPPER = new CsvMapper();
    }

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
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), catalog, calendar);
        } catch (NoSuchFileException e) {
            throw KpiDataException.at(file.toString(), 0, null, null, "no such file", e);
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
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(calendar, "calendar");
        FactRows rows = new FactRows(sourceName, catalog, calendar);
        CsvCursor c = new CsvCursor(in, sourceName);
        try {
            String[] header = CsvHeader.read(sourceName, c);
            int n = header.length;
            FactRows.checkHeader(sourceName, c.line(), Arrays.asList(header));
            Map<String, Integer> index = CsvHeader.index(sourceName, c.line(), header);
            // FactRows asks by the constant names of FactRows.COLUMNS: look those up by identity
            Map<String, Integer> known = new java.util.IdentityHashMap<>();
            for (String col : FactRows.COLUMNS) {
                known.put(col, index.getOrDefault(col, -1));
            }
            FactRows.Row row = column -> {
                Integer i = known.get(column);
                if (i == null) {
                    i = index.getOrDefault(column, -1);
                }
                return i < 0 ? null : c.text(i);
            };
            int headerLine = c.line();
            boolean any = false;
            while (c.next()) {
                any = true;
                if (c.fields() != n) {
                    throw KpiDataException.at(sourceName, c.line(), null, null, c.fields() > n
                            ? "the row has more fields than the header; quote a value that contains a comma ("
                                    + c.fields() + " fields, header has " + n + ")"
                            : "the row has fewer fields than the header (" + c.fields() + " fields, header has "
                                    + n + ")");
                }
                rows.add(c.line(), row);
            }
            if (!any) {
                throw FactRows.noFacts(sourceName, headerLine, "a header and no rows");
            }
        } catch (IOException e) {
            throw KpiDataException.at(sourceName, c.line(), null, null, "cannot read: " + e.getMessage(), e);
        }
        return FactSet.of(rows.facts(), calendar);
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
        return read(new Utf8Stream(reader), sourceName, catalog, calendar);
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
            Mapper.MAPPER.writer(schema).writeValue(new NonClosingWriter(writer), out);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reader's text as UTF-8 bytes, so that every read goes through the one byte-level cursor. */
    private static final class Utf8Stream extends InputStream {
        private final Reader reader;
        private final java.nio.charset.CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
        private final java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(8192);
        private final java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(8192 * 3);
        private boolean done;

        Utf8Stream(Reader reader) {
            this.reader = reader;
            chars.flip();
            bytes.flip();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (!bytes.hasRemaining()) {
                if (done) {
                    return -1;
                }
                chars.compact();
                int n = reader.read(chars);
                chars.flip();
                done = n < 0;
                bytes.clear();
                java.nio.charset.CoderResult r = encoder.encode(chars, bytes, done);
                if (r.isError()) {
                    r.throwException();
                }
                if (done) {
                    encoder.flush(bytes);
                }
                bytes.flip();
            }
            int n = Math.min(len, bytes.remaining());
            bytes.get(b, off, n);
            return n;
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
