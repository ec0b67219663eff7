package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.KpiDataException;
import org.kpi4j.series.PanelLayout;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;

/** PanelCsv as of a date: rows filed after it (or undated) are left out before the latest vintage wins. */
class PanelCsvAsOfTest {

    static final String CSV = "entity,metric,period,value,unit,as_of\n"
            + "acme,revenue,2024Q1,100,万元,2024-04-28\n"
            + "acme,revenue,2024Q1,120,万元,2024-08-30\n"    // restated in the half-year report
            + "acme,revenue,2024Q2,130,万元,2024-08-30\n"
            + "acme,revenue,2024Q3,140,万元,\n"              // undated
            + "beta,revenue,2024Q1,50,万元,2024-04-29\n";

    static double at(KpiPanel p, int series, String quarter) {
        return p.row(series)[Period.parse(quarter).endQuarterIndex() - p.quarter(0).endQuarterIndex()];
    }

    @Test
    void asOf_keepsWhatHadBeenFiled(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("p.csv"), CSV);
        KpiPanel all = PanelCsv.read(f, MetricCatalog.standard(), FiscalCalendar.calendarYear(), PanelLayout.QUARTERLY, null);
        assertThat(at(all, 0, "2024Q1")).isEqualTo(120.0);
        assertThat(at(all, 0, "2024Q3")).isEqualTo(140.0);
        KpiPanel then = PanelCsv.read(f, MetricCatalog.standard(), FiscalCalendar.calendarYear(), PanelLayout.QUARTERLY,
                LocalDate.of(2024, 5, 31));
        // as of 2024-05-31 only the first-quarter reports: acme 100, beta 50, nothing later
        assertThat(then.quarterCount()).isEqualTo(1);
        assertThat(at(then, 0, "2024Q1")).isEqualTo(100.0);
        assertThat(at(then, 1, "2024Q1")).isEqualTo(50.0);
        // the chunked read gives the same panel
        KpiPanel chunked = PanelCsv.readInChunks(f, 2, MetricCatalog.standard(), FiscalCalendar.calendarYear(),
                PanelLayout.QUARTERLY, LocalDate.of(2024, 5, 31));
        assertThat(chunked).isNotNull();
        assertThat(chunked.quarterCount()).isEqualTo(1);
        assertThat(at(chunked, 0, "2024Q1")).isEqualTo(100.0);
        assertThat(at(chunked, 1, "2024Q1")).isEqualTo(50.0);
    }

    @Test
    void asOf_withoutAsOfColumn_orBeforeEveryFiling_isAnError(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("p.csv"), CSV);
        assertThatThrownBy(() -> PanelCsv.read(f, MetricCatalog.standard(), FiscalCalendar.calendarYear(),
                PanelLayout.QUARTERLY, LocalDate.of(2020, 1, 1))).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("no row filed by 2020-01-01");
        Path g = Files.writeString(dir.resolve("q.csv"), "entity,metric,period,value,unit\nacme,revenue,2024Q1,1,万元\n");
        assertThatThrownBy(() -> PanelCsv.read(g, MetricCatalog.standard(), FiscalCalendar.calendarYear(),
                PanelLayout.QUARTERLY, LocalDate.of(2024, 1, 1))).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("no column 'as_of'");
    }
}
