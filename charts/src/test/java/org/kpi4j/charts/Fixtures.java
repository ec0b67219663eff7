package org.kpi4j.charts;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assumptions;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.KpiSeriesBuilder;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/** Small series for chart tests. */
final class Fixtures {

    static final Metric REVENUE = MetricCatalog.standard().get("revenue").orElseThrow();
    static final Metric NET_PROFIT = MetricCatalog.standard().get("net_profit").orElseThrow();

    private Fixtures() {
    }

    static List<Period> quarters(int fromYear, int toYear) {
        List<Period> ps = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            for (int q = 1; q <= 4; q++) {
                ps.add(Period.quarter(y, q));
            }
        }
        return ps;
    }

    /** 12 discrete quarters of revenue in 万元, 2022Q1..2024Q4, all above 1e4 万元. */
    static KpiSeries revenueWan() {
        return KpiSeries.of("acme", REVENUE, Unit.WAN_YUAN, quarters(2022, 2024),
                new double[] {12000, 14500, 15800, 19000, 15100, 17900, 19300, 24100, 19827.3, 23000, 26000, 31000});
    }

    /** Net profit with losses, a zero and turnarounds: 2023 vs 2022 and 2024 vs 2023. */
    static KpiSeries profitWan() {
        return KpiSeries.of("acme", NET_PROFIT, Unit.WAN_YUAN, quarters(2022, 2024),
                new double[] {-800, -300, 200, 500, -400, 100, 0, 900, 359.4, -100, 300, 800});
    }

    /** Revenue in USD, no CJK needed in English. */
    static KpiSeries revenueUsd() {
        return KpiSeries.of("acme", REVENUE, Unit.USD, quarters(2023, 2024),
                new double[] {2.1e9, 2.3e9, 2.2e9, 2.8e9, 2.9e9, 3.1e9, 3.0e9, 3.6e9});
    }

    /**
     * Revenue filed year-to-date in 亿元, 2023 and 2024: Q1, H1, Q1-Q3, year = 10, 21, 33, 46 and
     * 12, 26, 41, 57, whose single quarters are 10, 11, 12, 13 and 12, 14, 15, 16 (H1 − Q1, and so on).
     */
    static KpiSeries revenueYtd() {
        KpiSeriesBuilder b = KpiSeries.builder("acme", REVENUE, Unit.YI_YUAN);
        double[][] v = {{10, 21, 33, 46}, {12, 26, 41, 57}};
        for (int y = 0; y < 2; y++) {
            for (int q = 1; q <= 4; q++) {
                b.add(Period.ytd(2023 + y, q), v[y][q - 1], 0);
            }
        }
        return b.build();
    }

    static KpiSeries segment(String segment, Unit unit, double... values) {
        KpiSeriesBuilder b = KpiSeries.builder("acme", REVENUE, unit).segment(segment);
        List<Period> ps = quarters(2024, 2024);
        for (int i = 0; i < values.length; i++) {
            b.add(ps.get(i), values[i], 2);
        }
        return b.build();
    }

    /**
     * Skips a test that draws Chinese only where charts cannot: no installed CJK font and the
     * bundled one not loadable either (a JRE without a font system). On a machine without CJK fonts
     * the bundled font draws them, so these tests run there too.
     */
    static void assumeCjkFont() {
        boolean drawable;
        try {
            drawable = ChartFonts.cjkFamily().isPresent() || ChartFonts.bundled().canDisplayUpTo("营业收入") == -1;
        } catch (RuntimeException e) {
            drawable = false;
        }
        Assumptions.assumeThat(drawable)
                .as("no font can display Chinese: none is installed and the bundled one does not load")
                .isTrue();
    }

    /** Skips a test about the installed CJK font where none is installed. */
    static void assumeInstalledCjkFont() {
        Assumptions.assumeThat(ChartFonts.cjkFamily())
                .as("no font that can display Chinese is installed (apt-get install fonts-noto-cjk)")
                .isPresent();
    }
}
