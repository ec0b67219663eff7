package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.fact.ReadOptions;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;

/**
 * companyconcept and frames, on fixtures made for these tests in the layouts of the SEC's API
 * documentation ({@code https://www.sec.gov/edgar/sec-api-documentation}); expected values are the
 * fixtures'.
 */
class EdgarConceptAndFramesTest {

    @Test
    void companyConcept_instantsOnly_calendarFromYearEndBalanceSheets() {
        FactSet f = EdgarFacts.readConcept(FactsCsvTest.resource("filings/acme_companyconcept_assets.json"),
                ReadOptions.defaults());
        // no durations: the 10-K balance sheets at 2022-06-25, 2023-06-24 and 2024-06-29 are year-ends,
        // each the last Saturday of June
        assertThat(f.calendar()).isEqualTo(FiscalCalendar.lastWeekday(DayOfWeek.SATURDAY, Month.JUNE));
        assertThat(f.notes().get(0).text()).contains("inferred from 3 year-end balance sheets");
        // six facts, of which the 10-K of 2024 repeats 2023-06-24's 1,000M: five kept
        assertThat(f.size()).isEqualTo(5);
        SeriesKey k = SeriesKey.of("Acme Widgets Inc.", "total_assets");
        assertThat(f.series(k).get(Period.parse("2024-06-29")).getAsDouble()).isEqualTo(1100e6);
        // vs the prior year-end: 1,100 / 1,000 − 1 = +10%
        assertThat(f.calendar().priorYearEnd(java.time.LocalDate.of(2024, 6, 29)))
                .isEqualTo(java.time.LocalDate.of(2023, 6, 24));
    }

    @Test
    void frames_instant_oneFactPerFiler_atTheCalendarQuarterEnd() {
        FactSet f = EdgarFrames.read(FactsCsvTest.resource("filings/assets_frame_CY2023Q4I.json"));
        assertThat(f.entities()).containsExactly("Acme Widgets Inc.", "Beta Tools Corp.", "Gamma Foods Co.");
        Period dec31 = Period.parse("2023-12-31");
        Fact gamma = f.latest(SeriesKey.of("Gamma Foods Co.", "total_assets"), dec31).orElseThrow();
        assertThat(gamma.value()).isEqualTo(new BigDecimal("310500000"));
        // a frame lists no filing dates; each filer's own date stays in the source
        assertThat(gamma.asOf()).isNull();
        assertThat(gamma.source()).isEqualTo("EDGAR frames CY2023Q4I 0009999903-24-000001 us-gaap:Assets at 2023-12-30");
        assertThat(f.calendar()).isEqualTo(FiscalCalendar.calendarYear());
    }

    @Test
    void frames_duration_isTheCalendarYear() {
        FactSet f = EdgarFrames.read(FactsCsvTest.resource("filings/revenues_frame_CY2023.json"));
        assertThat(f.facts()).extracting(Fact::period).containsOnly(Period.year(2023));
        assertThat(f.facts()).extracting(x -> x.metric().id()).containsOnly("revenue");
        assertThat(f.latest(SeriesKey.of("Beta Tools Corp.", "revenue"), Period.year(2023)).orElseThrow().value())
                .isEqualTo(new BigDecimal("5100000000"));
    }

    @Test
    void frames_withoutCalendarPeriod_isAnError(@TempDir Path dir) throws Exception {
        Path p = Files.writeString(dir.resolve("frame.json"), "{\"taxonomy\":\"us-gaap\",\"tag\":\"Assets\","
                + "\"ccp\":\"FY2023\",\"uom\":\"USD\",\"data\":[]}");
        assertThatThrownBy(() -> EdgarFrames.read(p)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("frame.json").hasMessageContaining("'FY2023'");
        // found by ImportersFuzzTest: CY0023Q4I was an IllegalArgumentException naming no file
        Path y = Files.writeString(dir.resolve("frame0023.json"), "{\"taxonomy\":\"us-gaap\",\"tag\":\"Assets\","
                + "\"ccp\":\"CY0023Q4I\",\"uom\":\"USD\",\"data\":[]}");
        assertThatThrownBy(() -> EdgarFrames.read(y)).isInstanceOf(KpiDataException.class)
                .hasMessageStartingWith(y + ": column 'ccp': the frame's calendar period 'CY0023Q4I': year must be in 1000..9999");
    }

    @Test
    void frames_valuesAtTheExtremes_andDuplicateKeys_areErrorsNamingTheFile(@TempDir Path dir) throws Exception {
        // found by ImportersFuzzTest: "1051e4000000000" was Jackson's "Exponent overflow", with no file
        String json = Files.readString(FactsCsvTest.resource("filings/revenues_frame_CY2023.json"));
        for (String[] c : new String[][] {{"1051e4000000000", "is beyond the range of a double"},
            {"1e400", "is beyond the range of a double"}, {"1e-400", "is too small for a double"}}) {
            Path p = Files.writeString(dir.resolve("frame.json"), json.replace("\"val\": 5100000000", "\"val\": " + c[0]));
            assertThatThrownBy(() -> EdgarFrames.read(p)).isInstanceOf(KpiDataException.class)
                    .hasMessageStartingWith(p.toString()).hasMessageContaining("val '" + c[0] + "' " + c[1]);
        }
        Path d = Files.writeString(dir.resolve("dup.json"), json.replace("\"val\": 5100000000",
                "\"val\": 5100000000, \"val\": 1"));
        assertThatThrownBy(() -> EdgarFrames.read(d)).isInstanceOf(KpiDataException.class)
                .hasMessageStartingWith(d + ":1: ").hasMessageContaining("Duplicate field 'val'");
        // the same figure with an exponent reads as the fixture's 5,100,000,000
        Path e = Files.writeString(dir.resolve("exp.json"), json.replace("\"val\": 5100000000", "\"val\": 5.1e9"));
        assertThat(EdgarFrames.read(e).facts().stream().map(f -> f.value()).filter(v -> v.compareTo(
                new BigDecimal("5100000000")) == 0)).hasSize(1);
    }
}
