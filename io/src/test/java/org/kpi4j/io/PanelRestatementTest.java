package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.kpi4j.fact.FactSet;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.PanelLayout;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;

/**
 * A panel follows the restatement rule {@code FactSet.series} follows: a figure of a fiscal year
 * filed before a restatement of that year is left out, in every layout, in one piece or in chunks,
 * and the two routes give the same numbers.
 */
class PanelRestatementTest {

    // Apple's fiscal 2008 and 2009 revenue and total assets (USD millions), with hand-made dates and a
    // September month-end calendar for the fixture: FY2008 32,479 (10-K 2008-11-05)
    // restated to 37,491 (10-K/A 2010-01-25), its Q1-Q3 24,584 (2009-07-22) never restated; FY2009
    // 36,537 restated to 42,905 the same day, its Q1-Q3 26,667 restated to 30,698 (2010-07-21).
    // Total assets at the 2009 year-end 53,851 restated to 47,501, at 2009-06-30 48,140 not restated.
    static final String CSV = "entity,metric,period,value,unit,as_of\n"
            + "apple,revenue,2008,32479,USD,2008-11-05\n"
            + "apple,revenue,2008Q1-Q3,24584,USD,2009-07-22\n"
            + "apple,revenue,2008,37491,USD,2010-01-25\n"
            + "apple,revenue,2009,36537,USD,2009-10-27\n"
            + "apple,revenue,2009,42905,USD,2010-01-25\n"
            + "apple,revenue,2009Q1-Q3,26667,USD,2009-07-22\n"
            + "apple,revenue,2009Q1-Q3,30698,USD,2010-07-21\n"
            + "apple,total_assets,2008-09-30,36171,USD,2009-10-27\n"
            + "apple,total_assets,2009-06-30,48140,USD,2009-07-22\n"
            + "apple,total_assets,2009-09-30,53851,USD,2009-10-27\n"
            + "apple,total_assets,2009-09-30,47501,USD,2010-01-25\n";

    static final FiscalCalendar SEPTEMBER = FiscalCalendar.endingIn(Month.SEPTEMBER);

    static KpiPanel panel(PanelLayout layout) {
        return PanelCsv.read(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), "restated.csv",
                MetricCatalog.standard(), SEPTEMBER, layout);
    }

    static OptionalDouble at(KpiPanel p, int series, String quarter) {
        int col = Period.parse(quarter).endQuarterIndex() - p.quarter(0).endQuarterIndex();
        return col < 0 || col >= p.quarterCount() ? OptionalDouble.empty() : p.get(series, col);
    }

    @Test
    void asReported_leavesOutTheFiguresOfARestatedYearFiledBefore() {
        KpiPanel p = panel(PanelLayout.AS_REPORTED);
        // FY2008: the year restated on 2010-01-25, so its Q1-Q3 (2009-07-22) is on the old basis
        assertThat(at(p, 0, "2008Q3")).isEmpty();
        assertThat(at(p, 0, "2008Q4")).hasValue(37491.0);
        // FY2009: both restated, both kept
        assertThat(at(p, 0, "2009Q3")).hasValue(30698.0);
        assertThat(at(p, 0, "2009Q4")).hasValue(42905.0);
        // total assets: the FY2009 year-end restated, so the 2009-06-30 figure goes; FY2008's stays
        assertThat(at(p, 1, "2009Q3")).isEmpty();
        assertThat(at(p, 1, "2009Q4")).hasValue(47501.0);
        assertThat(at(p, 1, "2008Q4")).hasValue(36171.0);
        assertThat(p.notes()).containsExactly(
                "apple/revenue: 1 figure left out, filed before a restatement of its fiscal year (a figure derived "
                        + "across it would mix two bases)",
                "apple/total_assets: 1 figure left out, filed before a restatement of its fiscal year (a figure "
                        + "derived across it would mix two bases)");
    }

    @Test
    void quarterly_derivesNoFourthQuarterAcrossTheRestatement() {
        KpiPanel p = panel(PanelLayout.QUARTERLY);
        // 37,491 − 24,584 = 12,907 would be on no basis
        assertThat(at(p, 0, "2008Q4")).isEmpty();
        // 42,905 − 30,698 = 12,207, the fourth quarter Apple filed for fiscal 2009
        assertThat(at(p, 0, "2009Q4")).hasValue(12207.0);
        // total assets grow from the FY2008 year-end to the restated FY2009 one: 47,501 / 36,171 − 1
        KpiPanel yoy = panel(PanelLayout.AS_REPORTED).yoy(GrowthConvention.PLAIN);
        assertThat(at(yoy, 1, "2009Q4").getAsDouble()).isCloseTo(47501.0 / 36171.0 - 1, within(1e-15));
    }

    @Test
    void aReportDateRepeated_isADuplicate_evenWhenALaterVintageCameBetween() {
        // line 4 repeats line 2's report date; line 3, filed later, is the cell's latest when line 4 comes
        String csv = "entity,metric,period,value,unit,as_of\n"
                + "acme,revenue,2024Q1,10,万元,2024-04-28\n"
                + "acme,revenue,2024Q1,10,万元,2024-08-30\n"
                + "acme,revenue,2024Q1,12,万元,2024-04-28\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PanelCsv.read(new ByteArrayInputStream(
                csv.getBytes(StandardCharsets.UTF_8)), "dup.csv", MetricCatalog.standard(), SEPTEMBER,
                PanelLayout.QUARTERLY)).isInstanceOf(org.kpi4j.KpiDataException.class)
                .hasMessageContaining("dup.csv:4")
                .hasMessageContaining("duplicate fact: acme/revenue 2024Q1 is also on line 2 with the same as_of");
        // the fact reader refuses the same rows
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FactsCsv.read(new StringReader(csv), "dup.csv",
                MetricCatalog.standard(), SEPTEMBER)).isInstanceOf(org.kpi4j.KpiDataException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void aReportDateBeyondYear9999_isAnError_inEveryReader() {
        // its epoch day would wrap in the int a panel keeps, and sort before every real date
        String csv = "entity,metric,period,value,unit,as_of\n"
                + "acme,revenue,2024Q1,10,万元,2024-04-28\n"
                + "acme,revenue,2024Q1,12,万元,+10000000-01-01\n";
        String expected = "dup.csv:3: column 'as_of'";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PanelCsv.read(new ByteArrayInputStream(
                csv.getBytes(StandardCharsets.UTF_8)), "dup.csv", MetricCatalog.standard(), SEPTEMBER,
                PanelLayout.QUARTERLY)).isInstanceOf(org.kpi4j.KpiDataException.class)
                .hasMessageContaining(expected).hasMessageContaining("not a date in the years 1000..9999");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FactsCsv.read(new StringReader(csv), "dup.csv",
                MetricCatalog.standard(), SEPTEMBER)).isInstanceOf(org.kpi4j.KpiDataException.class)
                .hasMessageContaining(expected).hasMessageContaining("not a date in the years 1000..9999");
    }

    @Test
    void panelAndFactSetGiveTheSameNumbers_inOnePieceAndInChunks() throws Exception {
        FactSet facts = FactsCsv.read(new StringReader(CSV), "restated.csv", MetricCatalog.standard(), SEPTEMBER);
        KpiSeries revenue = facts.series("apple", "revenue").toDiscreteQuarters();
        KpiSeries assets = facts.series("apple", "total_assets");
        KpiPanel p = panel(PanelLayout.QUARTERLY);
        java.nio.file.Path f = java.nio.file.Files.createTempFile("restated", ".csv");
        try {
            java.nio.file.Files.writeString(f, CSV);
            for (int chunk : new int[] {2, 3, 5}) { // chunks, split at line ends
                KpiPanel c = PanelCsv.readInChunks(f, chunk, MetricCatalog.standard(), SEPTEMBER, PanelLayout.QUARTERLY,
                        null);
                for (int col = 0; col < p.quarterCount(); col++) {
                    assertThat(c.get(0, col)).as("chunk %d column %d", chunk, col).isEqualTo(p.get(0, col));
                    assertThat(c.get(1, col)).as("chunk %d column %d", chunk, col).isEqualTo(p.get(1, col));
                }
            }
        } finally {
            java.nio.file.Files.delete(f);
        }
        for (int col = 0; col < p.quarterCount(); col++) {
            Period q = p.quarter(col);
            assertThat(p.get(0, col)).as("revenue %s", q).isEqualTo(revenue.get(q));
            assertThat(p.get(1, col)).as("total assets %s", q).isEqualTo(assets.get(Period.instant(SEPTEMBER.endDate(q))));
        }
    }
}
