package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.Origin;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.reconcile.CheckRow;
import org.kpi4j.reconcile.CheckStatus;
import org.kpi4j.reconcile.Reconciliation;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

class FactsCsvTest {

    static Path resource(String name) {
        URL url = FactsCsvTest.class.getResource(name);
        assertThat(url).as("fixture " + name + " on the class path").isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The facts without where they were read from, for comparing reads of different files. */
    static List<Fact> withoutOrigin(FactSet set) {
        return set.facts().stream().map(f -> new Fact(f.entity(), f.metric(), f.segment(), f.parent(), f.period(), f.value(),
                f.unit(), f.asOf(), f.reportedChangePct(), f.comparisonPeriod(), f.reportedFlag(),
                f.reportedCagrPct(), f.approximate(), f.source(), f.note(), null)).toList();
    }

    private static Fact at(FactSet set, int i) {
        return set.facts().get(i);
    }

    @Test
    void read_goodFile_values() {
        FactSet set = FactsCsv.read(resource("good.csv"));
        assertThat(set.size()).isEqualTo(11);
        Fact q1 = at(set, 0);
        // "1,200.50" with a thousands separator is 1200.50, printed scale kept
        assertThat(q1.value()).isEqualTo(new BigDecimal("1200.50"));
        assertThat(q1.period()).isEqualTo(Period.parse("2024Q1"));
        // "12.5%" is 12.5
        assertThat(q1.reportedChangePct().percent()).isEqualTo(new BigDecimal("12.5"));
        assertThat(q1.note()).isEqualTo("first quarter, cumulative");
        assertThat(at(set, 2).period()).isEqualTo(Period.parse("2024Q1-Q3"));
        assertThat(at(set, 4).segment()).isEqualTo("算力服务");
        assertThat(at(set, 5).reportedFlag()).isEqualTo(GrowthFlag.TURNAROUND);
        // a stock reported for "2024" is the instant at the year-end
        Fact assets = at(set, 6);
        assertThat(assets.period()).isEqualTo(Period.parse("2024-12-31"));
        assertThat(assets.unit()).isEqualTo(Unit.YI_YUAN);
        assertThat(assets.note()).isEqualTo("multi-line\nnote");
        Fact headcount = at(set, 8);
        assertThat(headcount.period()).isEqualTo(Period.parse("2024-12-31"));
        assertThat(headcount.unit()).isEqualTo(Unit.PERSONS);
        assertThat(at(set, 9).approximate()).isTrue();
        // an unknown metric with basis instant is inferred as a stock; a rate-only row has no value
        Fact power = at(set, 10);
        assertThat(power.metric().kind()).isEqualTo(MetricKind.STOCK);
        assertThat(power.hasValue()).isFalse();
        assertThat(power.reportedCagrPct().percent()).isEqualTo(new BigDecimal("46.2"));
        assertThat(power.comparisonPeriod()).isEqualTo(Period.parse("2023-12-31"));
    }

    @Test
    void read_goodFile_originLines_countFromHeaderAndAcrossQuotedLineBreaks() {
        FactSet set = FactsCsv.read(resource("good.csv"));
        // header is line 1, so the first data row is line 2
        assertThat(at(set, 0).origin().line()).isEqualTo(2);
        assertThat(at(set, 5).origin().line()).isEqualTo(7);
        // the total_assets row starts on line 8 and its quoted note runs onto line 9
        assertThat(at(set, 6).origin().line()).isEqualTo(8);
        // so the debt_ratio row that follows is line 10, and the last row line 13
        assertThat(at(set, 7).origin().line()).isEqualTo(10);
        assertThat(at(set, 10).origin().line()).isEqualTo(13);
        assertThat(at(set, 0).origin().source()).endsWith("good.csv");
    }

    @Test
    void read_goodFile_seriesFromYtdRows() {
        FactSet set = FactsCsv.read(resource("good.csv"));
        // Q4 = 6000.25 − 4100.00 = 1900.25
        assertThat(set.series(SeriesKey.of("acme", "revenue")).toDiscreteQuarters().get(Period.parse("2024Q4"))
                .getAsDouble()).isCloseTo(1900.25, within(1e-9));
    }

    @Test
    void write_thenRead_givesEqualFacts(@TempDir Path dir) throws Exception {
        FactSet original = FactsCsv.read(resource("good.csv"));
        Path out = dir.resolve("out.csv");
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            FactsCsv.write(original, w);
        }
        FactSet back = FactsCsv.read(out);
        assertThat(withoutOrigin(back)).containsExactlyElementsOf(withoutOrigin(original));
        assertThat(back.facts().get(0).origin()).isEqualTo(new Origin(out.toString(), 2));
    }

    @Test
    void writeJson_thenRead_givesEqualFacts(@TempDir Path dir) throws Exception {
        FactSet original = FactsCsv.read(resource("good.csv"));
        Path out = dir.resolve("out.json");
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            FactsJson.write(original, w);
        }
        assertThat(withoutOrigin(FactsJson.read(out))).containsExactlyElementsOf(withoutOrigin(original));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                // line 3 has 8 fields under a 7-column header; no single column is at fault
                Arguments.of("bad_extra_field.csv", 3, null, "more fields than the header"),
                // first data row (line 2): unit 'RMB bn' is not a spelling Unit accepts
                Arguments.of("bad_unit.csv", 2, "unit", "'RMB bn'"),
                // line 4: quarter 5 does not exist
                Arguments.of("bad_period.csv", 4, "period", "'2024Q5'"),
                // line 4 repeats line 2 (same key, period 2024 and as_of)
                Arguments.of("bad_duplicate.csv", 4, "period", "at line 2"),
                // line 3: widgets_sold is not in the catalog and the row gives no basis
                Arguments.of("bad_unknown_metric.csv", 3, "metric", "widgets_sold"),
                // line 3: total_assets is a balance-sheet total, reported as ytd
                Arguments.of("bad_stock_ytd.csv", 3, "basis", "cannot be reported as ytd"),
                // line 3: gross_margin is a ratio, in 元
                Arguments.of("bad_ratio_in_yuan.csv", 3, "unit", "gross_margin"),
                // first data row: 'n/a' is not a number
                Arguments.of("bad_value.csv", 2, "value", "'n/a'"),
                // line 3: February has no 30th
                Arguments.of("bad_date.csv", 3, "as_of", "2025-02-30"),
                // row 2 spans lines 2-3 (quoted note with a line break), so the bad row is line 4
                Arguments.of("bad_after_multiline.csv", 4, "value", "'abc'"),
                // the BOM does not shift anything: the bad row is line 3
                Arguments.of("bom_bad_value.csv", 3, "value", "'x'"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void read_badFile_namesFileLineAndColumn(String name, int line, String column, String fragment) {
        KpiDataException e = catchThrowableOfType(KpiDataException.class, () -> FactsCsv.read(resource(name)));
        assertThat(e).as(name).isNotNull();
        assertThat(e.getMessage()).contains(name + ":" + line + ":").contains(fragment);
        assertThat(e.line()).isEqualTo(line);
        if (column == null) {
            assertThat(e.column()).isEmpty();
        } else {
            assertThat(e.getMessage()).contains("column '" + column + "'");
            assertThat(e.column()).contains(column);
        }
    }

    @Test
    void read_utf8Bom_isAccepted() throws Exception {
        Path bom = resource("bom.csv");
        byte[] raw = Files.readAllBytes(bom);
        assertThat(new byte[] {raw[0], raw[1], raw[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        FactSet set = FactsCsv.read(bom);
        assertThat(set.size()).isEqualTo(1);
        assertThat(set.facts().get(0).entity()).isEqualTo("acme");
        assertThat(set.facts().get(0).value()).isEqualTo(new BigDecimal("61400.33"));
        try (InputStream in = FactsCsvTest.class.getResourceAsStream("bom.csv")) {
            assertThat(FactsCsv.read(in, "bom.csv", MetricCatalog.standard(), FiscalCalendar.calendarYear()).size())
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("unchangedFiles")
    void read_leavesInputFileUnchanged(String name) throws Exception {
        Path file = resource(name);
        byte[] before = Files.readAllBytes(file);
        try {
            FactsCsv.read(file);
        } catch (KpiDataException expected) {
            // bad files too are only read
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    static Stream<String> unchangedFiles() {
        return Stream.of("good.csv", "bom.csv", "bad_duplicate.csv");
    }

    @Test
    void read_missingFile_isKpiDataException(@TempDir Path dir) {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> FactsCsv.read(missing)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("nope.csv").hasMessageContaining("no such file");
    }

    @Test
    void read_unknownColumn_namesItOnLine1(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cols.csv");
        Files.writeString(f, "entity,metric,period,value,unit,colour\nacme,revenue,2024,1,万元,red\n");
        assertThatThrownBy(() -> FactsCsv.read(f)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("cols.csv:1:").hasMessageContaining("'colour'");
    }

    @Test
    void read_headerOnly_stillChecksHeader(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("header_only.csv");
        Files.writeString(bad, "entity,metric,colour\n");
        // 'colour' is no column, and period, value and unit are missing: an error, not an empty fact set
        assertThatThrownBy(() -> FactsCsv.read(bad)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("header_only.csv:1:").hasMessageContaining("'colour'");
        // a good header and no rows: the file has no facts, which is an error naming it, as in PanelCsv and FactsJson
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "entity,metric,period,value,unit\n");
        assertThatThrownBy(() -> FactsCsv.read(empty)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("empty.csv:1:").hasMessageContaining("the file has no facts");
    }

    @Test
    void read_parateraSeed_reconcilesPrintedFigures() {
        FactSet set = FactsCsv.read(resource("paratera.csv"));
        assertThat(set.size()).isEqualTo(25);
        Fact seg = set.latest(SeriesKey.of("paratera", "revenue", "算力服务"), Period.year(2024)).orElseThrow();
        assertThat(seg.value()).isEqualTo(new BigDecimal("61400.33"));
        assertThat(seg.asOf()).isEqualTo(LocalDate.of(2025, 5, 19));
        CheckRow row = Reconciliation.check(set).rows().stream()
                .filter(r -> r.segment().equals("算力服务") && r.period().equals(Period.year(2024)))
                .findFirst().orElseThrow();
        // no 2023 figure in the data: 61400.33 / 1.4827 = 41411.16
        assertThat(row.status()).isEqualTo(CheckStatus.UNVERIFIABLE);
        assertThat(row.impliedBase()).isCloseTo(41411.16, within(0.01));
        // 2024 debt ratio 76.53% is a balance-sheet figure at 2024-12-31
        assertThat(set.latest(SeriesKey.of("paratera", "debt_ratio"), Period.parse("2024-12-31"))).isPresent();
    }
}
