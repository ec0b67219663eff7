package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.PanelLayout;
import org.kpi4j.time.FiscalCalendar;

/**
 * Rows given as text read as the file readers read the same rows: every fixture of this package,
 * good and bad, through {@link TidyReader} and through {@link PanelCsv} / {@link FactsCsv}; the
 * expected side is the file readers' result on the file itself.
 */
class TidyReaderTest {

    private static final FiscalCalendar CAL = FiscalCalendar.calendarYear();

    /**
     * The fixtures of this package that are CSV the file readers parse (good, or bad in their data);
     * the last two have a parent segment and a per-share flow, and a parent on a row of the whole
     * entity (which FactsCsv refuses and PanelCsv, which reads no parent, does not).
     */
    static List<String> fixtures() {
        return List.of("good.csv", "paratera.csv", "panel_reference_input.csv", "bad_unit.csv", "bad_stock_ytd.csv",
                "bad_date.csv", "bad_unknown_metric.csv", "bad_period.csv", "bad_duplicate.csv", "bad_value.csv",
                "bad_ratio_in_yuan.csv", "tidy_rows_parent.csv", "tidy_rows_bad_parent.csv");
    }

    private static List<Map<String, String>> rows(String resource) throws Exception {
        try (InputStream in = TidyReaderTest.class.getResourceAsStream(resource);
                MappingIterator<Map<String, String>> it = new CsvMapper().readerFor(Map.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            return it.readAll();
        }
    }

    private static List<TidyReader.Row> asRows(List<Map<String, String>> maps) {
        List<TidyReader.Row> r = new ArrayList<>();
        maps.forEach(m -> r.add(m::get));
        return r;
    }

    /** A fact without where it came from (the file's line is the row number plus one, for the header). */
    private static List<Object> fields(Fact f) {
        return Arrays.asList(f.key(), f.parent(), f.metric(), f.period(), f.value(), f.unit(), f.asOf(), f.reportedChangePct(),
                f.comparisonPeriod(), f.reportedFlag(), f.reportedCagrPct(), f.approximate(), f.source(), f.note());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void facts_areFactsCsvs(String name) throws Exception {
        List<Map<String, String>> maps = rows(name);
        FactSet expected;
        try (InputStream in = getClass().getResourceAsStream(name)) {
            expected = FactsCsv.read(in, name, MetricCatalog.standard(), CAL);
        } catch (KpiDataException e) {
            KpiDataException t = catchThrowableOfType(() -> TidyReader.facts(name, asRows(maps).iterator(),
                    MetricCatalog.standard(), CAL), KpiDataException.class);
            assertThat(t).as("the same refusal").isNotNull();
            assertThat(t.problem().replaceAll("line \\d+", "line N"))
                    .isEqualTo(e.problem().replaceAll("line \\d+", "line N"));
            assertThat(t.line()).isEqualTo(e.line() == 0 ? 0 : e.line() - 1);
            return;
        }
        FactSet actual = TidyReader.facts(name, asRows(maps).iterator(), MetricCatalog.standard(), CAL);
        assertThat(actual.facts()).extracting(TidyReaderTest::fields)
                .containsExactlyElementsOf(expected.facts().stream().map(TidyReaderTest::fields).toList());
        assertThat(actual.facts().get(0).origin().line()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void panel_isPanelCsvs(String name) throws Exception {
        List<Map<String, String>> maps = rows(name);
        for (PanelLayout layout : PanelLayout.values()) {
            KpiPanel expected;
            try (InputStream in = getClass().getResourceAsStream(name)) {
                expected = PanelCsv.read(in, name, MetricCatalog.standard(), CAL, layout);
            } catch (KpiDataException e) {
                KpiDataException t = catchThrowableOfType(() -> TidyReader.panel(name, asRows(maps).iterator(),
                        MetricCatalog.standard(), CAL, layout), KpiDataException.class);
                assertThat(t).as("%s, %s: the same refusal", name, layout).isNotNull();
                assertThat(t.problem().replaceAll("line \\d+", "line N"))
                        .isEqualTo(e.problem().replaceAll("line \\d+", "line N"));
                continue;
            }
            KpiPanel actual = TidyReader.panel(name, asRows(maps).iterator(), MetricCatalog.standard(), CAL, layout);
            assertThat(actual.seriesCount()).isEqualTo(expected.seriesCount());
            assertThat(actual.quarter(0)).isEqualTo(expected.quarter(0));
            assertThat(actual.quarterCount()).isEqualTo(expected.quarterCount());
            for (int s = 0; s < expected.seriesCount(); s++) {
                assertThat(actual.key(s)).isEqualTo(expected.key(s));
                assertThat(actual.metric(s)).isEqualTo(expected.metric(s));
                assertThat(actual.unit(s)).isEqualTo(expected.unit(s));
                assertThat(actual.transform(s)).isEqualTo(expected.transform(s));
                // Arrays.equals on double[] compares bits (Double.doubleToLongBits), NaN equal to NaN
                assertThat(Arrays.equals(actual.row(s), expected.row(s))).as("%s, %s, %s", name, layout,
                        expected.key(s)).isTrue();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void theClassExample_givesTheSecondQuarter() {
        // the Javadoc example of TidyReader, as written there
        List<Map<String, String>> rows = List.of(
                Map.of("entity", "acme", "metric", "revenue", "period", "2024Q1", "value", "10", "unit", "万元"),
                Map.of("entity", "acme", "metric", "revenue", "period", "2024H1", "value", "25", "unit", "万元"));
        KpiPanel p = TidyReader.panel("rows", rows.stream().<TidyReader.Row>map(m -> m::get).iterator(),
                MetricCatalog.standard(), FiscalCalendar.calendarYear(), PanelLayout.QUARTERLY);
        // Q2 = H1 − Q1 = 25 − 10
        assertThat(p.get(0, 1)).hasValue(15.0);
    }

    @org.junit.jupiter.api.Test
    void panel_figuresAtTheExtremes_areErrorsNamingTheRow_asInPanelCsv() {
        // 1e-400 would round to 0 in a double and 1e400 is beyond one: Figures' rule, the words PanelCsv uses
        for (String[] c : new String[][] {{"1e-400", "is too small for a double"}, {"1e400", "is beyond the range of a double"}}) {
            List<Map<String, String>> maps = List.of(Map.of("entity", "a", "metric", "revenue", "period", "2024Q1",
                    "value", c[0], "unit", "万元"));
            KpiDataException t = catchThrowableOfType(() -> TidyReader.panel("rows", asRows(maps).iterator(),
                    MetricCatalog.standard(), CAL, PanelLayout.QUARTERLY), KpiDataException.class);
            assertThat(t).isNotNull();
            assertThat(t.getMessage()).startsWith("rows:1: column 'value': '" + c[0] + "' " + c[1]);
        }
    }
}
