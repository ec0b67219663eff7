package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.PanelLayout;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;

/** A panel laid out as reported writes its year-to-date cells with their spans, so they read back as what they are. */
class PanelCsvSpansTest {

    static final String CSV = "entity,metric,period,value,unit\n"
            + "acme,revenue,2023Q1,100,万元\nacme,revenue,2023H1,210,万元\nacme,revenue,2023Q1-Q3,330,万元\n"
            + "acme,revenue,2023,460,万元\nacme,revenue,2024Q1,110,万元\nacme,revenue,2024H1,250,万元\n"
            + "acme,total_assets,2024-06-30,900,万元\n";

    static KpiPanel read(String csv, PanelLayout layout) {
        return PanelCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "t.csv",
                MetricCatalog.standard(), FiscalCalendar.calendarYear(), layout);
    }

    static String write(KpiPanel p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PanelCsv.write(p, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void asReported_writesSpans_andReadsBackToTheSameQuarters() {
        KpiPanel asReported = read(CSV, PanelLayout.AS_REPORTED);
        assertThat(asReported.period(0, 1)).isEqualTo(Period.parse("2023H1"));
        assertThat(asReported.period(1, 1)).isEqualTo(Period.parse("2023Q2")); // a stock's cells are quarters
        String written = write(asReported);
        assertThat(written).contains("acme,revenue,,2023H1,210.0,万元", "acme,revenue,,2023Q1-Q3,330.0,万元",
                "acme,revenue,,2023,460.0,万元", "acme,total_assets,,2024Q2,900.0,万元");
        // read back as quarters: Q2 = 210 − 100, Q4 = 460 − 330, as from the original file
        KpiPanel back = read(written, PanelLayout.QUARTERLY);
        KpiPanel original = read(CSV, PanelLayout.QUARTERLY);
        assertThat(write(back)).isEqualTo(write(original));
        assertThat(original.get(0, 1)).hasValue(110.0);
        // a YoY of the spans compares H1 with H1 (250 / 210 − 1) and says so
        KpiPanel yoy = asReported.yoy(GrowthConvention.PLAIN);
        assertThat(yoy.period(0, 5)).isEqualTo(Period.parse("2024H1"));
        assertThat(write(yoy)).contains("acme,revenue,,2024H1," + (40.0 / 210) + ",ratio");
    }
}
