package org.kpi4j.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/** Seeded random cases; the seed and case index are in every assertion message. */
class KpiSeriesPropertyTest {

    private static final long SEED = 20261129L;
    private static final int CASES = 300;
    private static final Metric REVENUE = MetricCatalog.standard().get("revenue").orElseThrow();

    /** Random discrete quarters over 2021..2024, each present with probability 0.8, values in ±1000 (2 dp, ≠ 0). */
    private static Map<Period, Double> randomQuarters(SplittableRandom rnd) {
        Map<Period, Double> m = new HashMap<>();
        for (int y = 2021; y <= 2024; y++) {
            for (int q = 1; q <= 4; q++) {
                if (rnd.nextInt(10) < 8) {
                    double v = Math.round(rnd.nextDouble(-1000, 1000) * 100) / 100.0;
                    m.put(Period.quarter(y, q), v == 0 ? 0.01 : v);
                }
            }
        }
        return m;
    }

    private static KpiSeries series(Map<Period, Double> m) {
        KpiSeriesBuilder b = KpiSeries.builder("acme", REVENUE, Unit.WAN_YUAN);
        m.forEach((p, v) -> b.add(p, v, 2));
        return b.build();
    }

    @Test
    void toDiscreteQuarters_ofToYearToDate_givesBackEveryQuarterWhoseYearIsCompleteToIt() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int c = 0; c < CASES; c++) {
            Map<Period, Double> x = randomQuarters(rnd);
            KpiSeries back = series(x).toYearToDate().toDiscreteQuarters();
            for (int y = 2021; y <= 2024; y++) {
                boolean prefix = true;
                for (int q = 1; q <= 4; q++) {
                    Period p = Period.quarter(y, q);
                    prefix &= x.containsKey(p);
                    String msg = "seed " + SEED + " case " + c + " " + p + " in " + x;
                    if (prefix) {
                        // Q1..Qq all present: the YTD figures through q exist and differencing gives x back
                        assertThat(back.get(p)).as(msg).isPresent();
                        assertThat(back.get(p).getAsDouble()).as(msg).isCloseTo(x.get(p), within(1e-9));
                    } else {
                        // a gap before or at q: no YTD figure through q, so no quarter q (never bridged)
                        assertThat(back.get(p)).as(msg).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void yoy_plain_equalsDifferenceOverBase_andMissingBaseGivesNull() {
        SplittableRandom rnd = new SplittableRandom(SEED + 1);
        for (int c = 0; c < CASES; c++) {
            Map<Period, Double> x = randomQuarters(rnd);
            for (GrowthRow r : series(x).growth(GrowthKind.YOY, GrowthConvention.PLAIN).rows()) {
                String msg = "seed " + (SEED + 1) + " case " + c + " " + r.period();
                Double b = x.get(r.period().minusYears(1));
                double v = x.get(r.period());
                if (b == null) {
                    assertThat(r.growth()).as(msg).isNull();
                    assertThat(r.note()).as(msg).isNotEmpty();
                } else {
                    assertThat(r.growth()).as(msg).isNotNull();
                    assertThat(r.growth()).as(msg).isCloseTo((v - b) / b, within(1e-12));
                }
            }
        }
    }

    @Test
    void yoy_filing_hasSignOfDifference() {
        SplittableRandom rnd = new SplittableRandom(SEED + 2);
        for (int c = 0; c < CASES; c++) {
            Map<Period, Double> x = randomQuarters(rnd);
            for (GrowthRow r : series(x).growth(GrowthKind.YOY, GrowthConvention.FILING).rows()) {
                Double b = x.get(r.period().minusYears(1));
                if (b == null) {
                    continue;
                }
                String msg = "seed " + (SEED + 2) + " case " + c + " " + r.period();
                double v = x.get(r.period());
                assertThat(Math.signum(r.growth())).as(msg).isEqualTo(Math.signum(v - b));
                // and its size is |v − b| / |b|
                assertThat(Math.abs(r.growth())).as(msg).isCloseTo(Math.abs(v - b) / Math.abs(b), within(1e-12));
            }
        }
    }

    @Test
    void ttm_equalsSumOfFourQuarters_presentOnlyWhenAllFourPresent() {
        SplittableRandom rnd = new SplittableRandom(SEED + 3);
        for (int c = 0; c < CASES; c++) {
            Map<Period, Double> x = randomQuarters(rnd);
            KpiSeries t = series(x).ttm();
            for (int i = 2021 * 4; i < 2025 * 4; i++) {
                Period p = Period.ofQuarterIndex(i);
                String msg = "seed " + (SEED + 3) + " case " + c + " " + p;
                double sum = 0;
                boolean all = true;
                for (int k = 0; k < 4; k++) {
                    Double v = x.get(Period.ofQuarterIndex(i - k));
                    all &= v != null;
                    sum += v == null ? 0 : v;
                }
                if (all) {
                    assertThat(t.get(p).getAsDouble()).as(msg).isCloseTo(sum, within(1e-9));
                } else {
                    assertThat(t.get(p)).as(msg).isEmpty();
                }
            }
        }
    }
}
