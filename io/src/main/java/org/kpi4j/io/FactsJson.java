package org.kpi4j.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
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
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.time.FiscalCalendar;

/**
 * Reads and writes tidy facts as JSON: an array of flat objects with the same fields as
 * {@link FactsCsv}'s columns. Numbers may be JSON numbers or strings; decimals are kept as printed.
 *
 * <pre>{@code
 * FactSet facts = FactsJson.read(Path.of("facts.json"));
 * FactsJson.write(facts, new PrintWriter(System.out));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FactsJson {

    /** Writes only. */
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Reads token by token. Numbers are kept as their text, so their length limit is Figures' (100
     * characters, checked after the read) rather than Jackson's default of 1,000.
     */
    private static final JsonFactory READER = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Figures.MAX_LENGTH * 10).build())
            .build();

    private FactsJson() {
    }

    /**
     * Reads a JSON file with the standard catalog and a calendar-year fiscal calendar.
     *
     * @param file the file, not null
     * @return the facts, not null
     * @throws KpiDataException if the file is missing or holds bad data
     */
    public static FactSet read(Path file) {
        return read(file, MetricCatalog.standard(), FiscalCalendar.calendarYear());
    }

    /**
     * Reads a JSON file.
     *
     * @param file the file, not null
     * @param catalog the known metrics, not null
     * @param calendar the fiscal calendar, not null
     * @return the facts, not null
     * @throws KpiDataException if the file is missing or holds bad data
     */
    public static FactSet read(Path file, MetricCatalog catalog, FiscalCalendar calendar) {
        Objects.requireNonNull(file, "file");
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString(), catalog, calendar);
        } catch (NoSuchFileException e) {
            throw KpiDataException.at(file.toString(), 0, null, null, "no such file", e);
        } catch (IOException e) {
            throw KpiDataException.at(file.toString(), 0, null, null, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads JSON from a reader.
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
        FactRows rows = new FactRows(sourceName, catalog, calendar);
        int line = 1;
        try (JsonParser p = READER.createParser(withoutBom(reader))) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw KpiDataException.at(sourceName, lineOf(p), null, null, p.currentToken() == null
                        ? "the file is empty; expected a JSON array of fact objects"
                        : "expected a JSON array of fact objects");
            }
            int arrayLine = lineOf(p);
            int objects = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                line = lineOf(p);
                Map<String, String> row = object(p, sourceName, line);
                FactRows.checkHeader(sourceName, line, withRequiredPresent(new ArrayList<>(row.keySet())));
                rows.add(line, row);
                objects++;
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
                throw KpiDataException.at(sourceName, lineOf(p), null, null,
                        "expected a fact object or the end of the array");
            }
            if (p.nextToken() != null) {
                throw KpiDataException.at(sourceName, lineOf(p), null, null, "unexpected content after the array of "
                        + "facts; a file holds one array");
            }
            if (objects == 0) {
                throw FactRows.noFacts(sourceName, arrayLine, "an empty array");
            }
        } catch (JsonProcessingException e) {
            int at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : line;
            throw KpiDataException.at(sourceName, at, null, null, "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw KpiDataException.at(sourceName, line, null, null, "the file is not UTF-8 text (after line " + line
                    + ")", e);
        } catch (IOException e) {
            throw KpiDataException.at(sourceName, line, null, null, "cannot read: " + e.getMessage(), e);
        }
        return FactSet.of(rows.facts(), calendar);
    }

    /**
     * Reads one flat object into field texts: numbers as written (never through a double or an
     * unbounded decimal, so that {@link Figures} checks them as it checks CSV), booleans as
     * {@code true}/{@code false}, null as absent. A field given twice is an error.
     */
    private static Map<String, String> object(JsonParser p, String source, int line) throws IOException {
        Map<String, String> row = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int at = lineOf(p);
            JsonToken v = p.nextToken();
            String text;
            switch (v) {
                case VALUE_STRING:
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    text = p.getText();
                    break;
                case VALUE_TRUE:
                case VALUE_FALSE:
                    text = Boolean.toString(v == JsonToken.VALUE_TRUE);
                    break;
                case VALUE_NULL:
                    text = null;
                    break;
                default:
                    throw KpiDataException.at(source, at, name, null, "expected a string or number, not an object "
                            + "or array");
            }
            if (row.containsKey(name)) {
                throw KpiDataException.at(source, at, name, null, "the field '" + name + "' is given twice in the "
                        + "object that starts on line " + line + "; give each field once");
            }
            row.put(name, text);
        }
        if (t != JsonToken.END_OBJECT) {
            throw KpiDataException.at(source, lineOf(p), null, null, "expected a field name or the end of the object");
        }
        return row;
    }

    /** The reader without a leading byte-order mark, which editors on Windows write and JSON does not allow. */
    private static Reader withoutBom(Reader reader) throws IOException {
        java.io.PushbackReader r = new java.io.PushbackReader(reader, 1);
        int c = r.read();
        if (c >= 0 && c != '\uFEFF') {
            r.unread(c);
        }
        return r;
    }

    private static List<String> withRequiredPresent(List<String> names) {
        // a JSON object may omit optional fields; required ones are checked per row by FactRows
        List<String> out = new ArrayList<>(names);
        for (String r : FactRows.REQUIRED) {
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        if (!out.contains("value")) {
            out.add("value");
        }
        return out;
    }

    private static int lineOf(JsonParser p) {
        int n = p.currentTokenLocation().getLineNr();
        return n > 0 ? n : 1;
    }

    /**
     * Writes facts as a JSON array of flat objects, one per vintage.
     *
     * @param facts the facts, not null
     * @param writer the writer, not null; flushed, not closed
     */
    public static void write(FactSet facts, Writer writer) {
        Objects.requireNonNull(facts, "facts");
        List<Map<String, String>> out = new ArrayList<>();
        for (Fact f : facts.facts()) {
            Map<String, String> row = toRow(f, facts.calendar());
            row.values().removeIf(String::isEmpty);
            out.add(row);
        }
        try {
            MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(writer, out);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> toRow(Fact f, FiscalCalendar calendar) {
        Map<String, String> m = FactsCsv.emptyRow();
        m.put("entity", f.entity());
        m.put("metric", f.metric().id());
        m.put("segment", f.segment());
        m.put("parent", f.parent());
        m.put("period", f.period().toString());
        m.put("basis", basis(f));
        m.put("value", f.value() == null ? "" : Figures.text(f.value()));
        m.put("unit", f.unit().symbol());
        m.put("as_of", f.asOf() == null ? "" : f.asOf().toString());
        m.put("reported_change_pct", f.reportedChangePct() == null ? "" : Figures.text(f.reportedChangePct().percent()));
        m.put("comparison_period", f.comparisonPeriod() == null ? "" : f.comparisonPeriod().toString());
        m.put("reported_flag", f.reportedFlag() == GrowthFlag.NONE ? "" : f.reportedFlag().code());
        m.put("reported_cagr_pct", f.reportedCagrPct() == null ? "" : Figures.text(f.reportedCagrPct().percent()));
        m.put("approximate", f.approximate() ? "true" : "");
        m.put("source", f.source());
        m.put("note", f.note());
        return m;
    }

    private static String basis(Fact f) {
        switch (f.period().type()) {
            case INSTANT:
                return "instant";
            case YEAR:
                return "year";
            case HALF:
                return "half";
            case YTD:
                return "ytd";
            default:
                return "quarter";
        }
    }
}
