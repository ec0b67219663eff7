package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

class FactsJsonTest {

    @Test
    void read_goodFile_numbersAndStringsKeepPrintedDecimals() {
        FactSet set = FactsJson.read(FactsCsvTest.resource("good.json"));
        assertThat(set.size()).isEqualTo(3);
        Fact seg = set.facts().get(0);
        assertThat(seg.value()).isEqualTo(new BigDecimal("61400.33"));
        assertThat(seg.reportedChangePct().percent()).isEqualTo(new BigDecimal("48.27"));
        assertThat(seg.segment()).isEqualTo("算力服务");
        // "19827.30" as a string keeps its trailing zero (2 decimals)
        assertThat(set.facts().get(1).value()).isEqualTo(new BigDecimal("19827.30"));
        Fact head = set.facts().get(2);
        assertThat(head.unit()).isEqualTo(Unit.PERSONS);
        assertThat(head.period()).isEqualTo(Period.parse("2024-12-31"));
        // each object's line is the line of its opening brace
        assertThat(seg.origin().line()).isEqualTo(2);
        assertThat(set.facts().get(1).origin().line()).isEqualTo(7);
    }

    @Test
    void write_thenRead_givesEqualFacts(@TempDir Path dir) throws Exception {
        FactSet original = FactsJson.read(FactsCsvTest.resource("good.json"));
        Path out = dir.resolve("out.json");
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            FactsJson.write(original, w);
        }
        assertThat(FactsCsvTest.withoutOrigin(FactsJson.read(out)))
                .containsExactlyElementsOf(FactsCsvTest.withoutOrigin(original));
    }

    @ParameterizedTest
    @CsvSource({
        // the second object opens on line 6 and has unit RMB bn
        "bad_unit.json, 6, unit, 'RMB bn'",
        // the only object opens on line 2; value "n/a" is not a number
        "bad_value.json, 2, value, 'n/a'"})
    void read_badFile_namesFileLineAndColumn(String name, int line, String column, String fragment) throws Exception {
        Path file = FactsCsvTest.resource(name);
        byte[] before = Files.readAllBytes(file);
        KpiDataException e = catchThrowableOfType(KpiDataException.class, () -> FactsJson.read(file));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains(name + ":" + line + ":").contains("column '" + column + "'")
                .contains(fragment);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
