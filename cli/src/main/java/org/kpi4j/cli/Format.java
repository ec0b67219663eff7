package org.kpi4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Output formats shared by the commands. The Jackson mappers are built on first use (holder
 * classes), not when picocli loads this enum for every command: building them at class load was
 * half of a one-shot call's fixed cost.
 */
enum Format {
    TABLE, CSV, JSON;

    /** The JSON mapper, built when a command first writes JSON. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /** The CSV mapper, built when a command first writes CSV. */
    private static final class Csv {
        static final CsvMapper MAPPER = CsvMapper.builder()
                .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    }

    /** Writes rows of flat objects as a JSON array or CSV with a header. */
    void write(PrintWriter out, List<? extends Map<String, ?>> rows, List<String> columns) {
        try {
            if (this == JSON) {
                out.println(Json.MAPPER.writeValueAsString(rows));
            } else {
                CsvSchema.Builder b = CsvSchema.builder();
                columns.forEach(b::addColumn);
                out.print(Csv.MAPPER.writer(b.build().withHeader()).writeValueAsString(rows));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    /** Writes one flat object as JSON, or a one-row CSV. */
    void writeOne(PrintWriter out, Map<String, ?> row) {
        try {
            if (this == JSON) {
                out.println(Json.MAPPER.writeValueAsString(row));
            } else {
                write(out, List.of(row), List.copyOf(row.keySet()));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
