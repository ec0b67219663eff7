package org.kpi4j.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.fact.FactSet;
import org.kpi4j.io.FactsCsv;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.time.Period;

class SyntheticPanelTest {

    @Test
    void sameSeedSamePanel() {
        KpiPanel a = SyntheticPanel.generate(7, 20, 8, 12);
        KpiPanel b = SyntheticPanel.generate(7, 20, 8, 12);
        KpiPanel c = SyntheticPanel.generate(8, 20, 8, 12);
        assertThat(a.seriesCount()).isEqualTo(160);
        assertThat(a.quarterCount()).isEqualTo(12);
        assertThat(a.quarter(0)).isEqualTo(Period.quarter(2022, 1));
        assertThat(a.quarter(11)).isEqualTo(Period.quarter(2024, 4));
        boolean differs = false;
        for (int s = 0; s < a.seriesCount(); s++) {
            assertThat(a.key(s)).isEqualTo(b.key(s));
            assertThat(a.row(s)).containsExactly(b.row(s));
            differs |= !java.util.Arrays.equals(a.row(s), c.row(s));
        }
        assertThat(differs).isTrue();
    }

    /** Every series draws its own numbers: no two share their quarter-on-quarter path. */
    @Test
    void seriesAreIndependent() {
        KpiPanel p = SyntheticPanel.generate(42, 60, 8, 12).toDiscreteQuarters();
        java.util.Set<String> paths = new java.util.HashSet<>();
        int complete = 0;
        for (int s = 0; s < p.seriesCount(); s++) {
            double[] r = p.row(s);
            StringBuilder sb = new StringBuilder();
            for (int t = 2; t < 12; t++) {
                sb.append(String.format(java.util.Locale.ROOT, "%.3f,", r[t] / r[t - 1]));
            }
            if (!sb.toString().contains("NaN")) { // gaps aside
                paths.add(sb.toString());
                complete++;
            }
        }
        assertThat(complete).isGreaterThan(300);
        assertThat(paths).hasSize(complete);
    }

    /** The tidy CSV read back with PanelCsv, as reported, is the generated panel to the bit. */
    @Test
    void csvReadsBackWithPanelCsv(@TempDir Path dir) {
        Path f = dir.resolve("facts.csv");
        SyntheticPanel.writeTidyCsv(f, 11, 30, 8, 20);
        KpiPanel expected = SyntheticPanel.generate(11, 30, 8, 20);
        KpiPanel read = org.kpi4j.io.PanelCsv.read(f, org.kpi4j.metric.MetricCatalog.standard(),
                org.kpi4j.time.FiscalCalendar.calendarYear(), org.kpi4j.series.PanelLayout.AS_REPORTED);
        assertThat(read.seriesCount()).isEqualTo(expected.seriesCount());
        assertThat(read.quarter(0)).isEqualTo(expected.quarter(0));
        for (int s = 0; s < read.seriesCount(); s++) {
            assertThat(read.key(s)).isEqualTo(expected.key(s));
            assertThat(read.row(s)).containsExactly(expected.row(s));
        }
    }

    @Test
    void hasGapsAndLosses() {
        KpiPanel p = SyntheticPanel.generate(1, 200, 8, 40);
        int nan = 0;
        int negative = 0;
        for (int s = 0; s < p.seriesCount(); s++) {
            for (double v : p.row(s)) {
                nan += Double.isNaN(v) ? 1 : 0;
                negative += v < 0 ? 1 : 0;
            }
        }
        assertThat(nan).isPositive();
        assertThat(negative).isPositive();
    }

    @Test
    void csvReadsBackWithFactsCsv(@TempDir Path dir) {
        Path f = dir.resolve("facts.csv");
        long n = SyntheticPanel.writeTidyCsv(f, 7, 20, 10, 12);
        KpiPanel p = SyntheticPanel.generate(7, 20, 10, 12);
        long present = 0;
        for (int s = 0; s < p.seriesCount(); s++) {
            for (double v : p.row(s)) {
                present += Double.isNaN(v) ? 0 : 1;
            }
        }
        assertThat(n).isEqualTo(present);
        FactSet facts = FactsCsv.read(f);
        assertThat(facts.size()).isEqualTo((int) n);
        // a YTD flow read back equals the panel's value in the same quarter
        int s = 0; // E000000 / revenue
        for (int t = 0; t < 12; t++) {
            double v = p.row(s)[t];
            if (!Double.isNaN(v)) {
                Period ytd = Period.ytd(p.quarter(t).year(), p.quarter(t).lastQuarter());
                assertThat(facts.latest(p.key(s), ytd)).get()
                        .satisfies(fact -> assertThat(fact.value().doubleValue()).isEqualTo(v));
                break;
            }
        }
    }
}
