package org.kpi4j.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;
import org.junit.jupiter.api.Test;

class KpiPanelTest {

    private static final Metric REVENUE = MetricCatalog.standard().get("revenue").orElseThrow();

    private static final long SEED = 20261129L;

    private static KpiPanel one(double... v) {
        return KpiPanel.builder(Period.parse("2023Q1"), v.length).add(SeriesKey.of("acme", "revenue"), Unit.WAN_YUAN, v)
                .build();
    }

    @Test
    void yoy_comparesSameQuarterAYearEarlier() {
        KpiPanel p = one(10, 11, 12, 13, 12, 14, 15, 16);
        KpiPanel g = p.yoy(GrowthConvention.FILING);
        // 2024Q1 12 vs 2023Q1 10: +20%; 2024Q4 16 vs 2023Q4 13: 3/13
        assertThat(g.get(0, 4).getAsDouble()).isCloseTo(0.2, within(1e-12));
        assertThat(g.get(0, 7).getAsDouble()).isCloseTo(3.0 / 13, within(1e-12));
        assertThat(g.get(0, 3)).isEmpty();
        assertThat(g.unit(0)).isEqualTo(Unit.RATIO);
    }

    @Test
    void yoy_fromLossBase_followsConvention() {
        KpiPanel p = one(-200, 1, 1, 1, 50, 1, 1, 1);
        // base −200, value 50: filing +125%, plain −125%, nm missing
        assertThat(p.yoy(GrowthConvention.FILING).get(0, 4).getAsDouble()).isCloseTo(1.25, within(1e-12));
        assertThat(p.yoy(GrowthConvention.PLAIN).get(0, 4).getAsDouble()).isCloseTo(-1.25, within(1e-12));
        assertThat(p.yoy(GrowthConvention.NM).get(0, 4)).isEmpty();
    }

    @Test
    void yoy_zeroBaseOrGap_isMissing() {
        KpiPanel p = one(0, Double.NaN, 5, 5, 3, 4, 5, 6);
        KpiPanel g = p.yoy(GrowthConvention.PLAIN);
        assertThat(g.get(0, 4)).isEmpty(); // zero base
        assertThat(g.get(0, 5)).isEmpty(); // missing base 2023Q2
    }

    @Test
    void ttm_sumsFourQuarters_missingAcrossGap() {
        KpiPanel p = one(1, 2, 3, 4, 5, Double.NaN, 7, 8, 9, 10, 11, 12);
        KpiPanel t = p.ttm();
        assertThat(t.get(0, 3).getAsDouble()).isEqualTo(10.0); // 1+2+3+4
        assertThat(t.get(0, 4).getAsDouble()).isEqualTo(14.0); // 2+3+4+5
        for (int c = 5; c <= 8; c++) {
            assertThat(t.get(0, c)).as("column %d needs 2024Q2", c).isEmpty();
        }
        assertThat(t.get(0, 9).getAsDouble()).isEqualTo(34.0); // 7+8+9+10
    }

    @Test
    void ytdToDiscrete_resetsEachFiscalYear() {
        // 2023: Q1 100, H1 250, Q1-Q3 420, FY 600 → 100, 150, 170, 180
        KpiPanel p = KpiPanel.builder(Period.parse("2023Q1"), 5)
                .add(SeriesKey.of("acme", "revenue"), REVENUE, Unit.WAN_YUAN, Transform.YEAR_TO_DATE,
                        new double[] {100, 250, 420, 600, 90}).build();
        KpiPanel d = p.toDiscreteQuarters();
        assertThat(d.row(0)).containsExactly(100, 150, 170, 180, 90);
    }

    @Test
    void ytdToDiscrete_axisStartingMidYear_firstColumnMissing() {
        KpiPanel p = KpiPanel.builder(Period.parse("2023Q3"), 3)
                .add(SeriesKey.of("acme", "revenue"), REVENUE, Unit.WAN_YUAN, Transform.YEAR_TO_DATE,
                        new double[] {420, 600, 90}).build();
        double[] d = p.toDiscreteQuarters().row(0);
        assertThat(d[0]).isNaN(); // Q1-Q3 alone cannot give Q3
        assertThat(d[1]).isEqualTo(180.0);
        assertThat(d[2]).isEqualTo(90.0);
    }

    @Test
    void builder_rejectsWrongLengthAndDuplicates() {
        assertThatThrownBy(() -> KpiPanel.builder(Period.parse("2023Q1"), 4)
                .add(SeriesKey.of("a", "revenue"), Unit.YUAN, new double[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 values").hasMessageContaining("4 quarters");
        assertThatThrownBy(() -> KpiPanel.builder(Period.parse("2023Q1"), 1)
                .add(SeriesKey.of("a", "revenue"), Unit.YUAN, new double[1])
                .add(SeriesKey.of("a", "revenue"), Unit.YUAN, new double[1]).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The panel's fast loops against the per-series reference path, on random panels with gaps and losses. */
    @Test
    void property_panelMatchesSeriesPath_yoyQoqTtm() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        var revenue = MetricCatalog.standard().get("net_profit").orElseThrow();
        for (int c = 0; c < 200; c++) {
            int n = 1 + rnd.nextInt(20);
            double[] v = new double[n];
            List<Period> ps = new ArrayList<>();
            List<Double> vs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                v[i] = rnd.nextInt(10) == 0 ? Double.NaN : rnd.nextInt(7) == 0 ? 0 : Math.rint(rnd.nextDouble(-500, 1000));
                if (!Double.isNaN(v[i])) {
                    ps.add(Period.parse("2020Q1").plusQuarters(i));
                    vs.add(v[i]);
                }
            }
            KpiPanel p = KpiPanel.builder(Period.parse("2020Q1"), n).add(SeriesKey.of("e", "net_profit"), Unit.YUAN, v)
                    .build();
            KpiSeries s = KpiSeries.of("e", revenue, Unit.YUAN, ps, vs.stream().mapToDouble(Double::doubleValue).toArray());
            for (GrowthConvention conv : GrowthConvention.values()) {
                KpiPanel yoy = p.yoy(conv);
                KpiPanel qoq = p.qoq(conv);
                for (int i = 0; i < n; i++) {
                    Period q = Period.parse("2020Q1").plusQuarters(i);
                    assertThat(yoy.get(0, i)).as("seed %d case %d %s yoy %s", SEED, c, conv, q)
                            .isEqualTo(reference(s, q, q.minusYears(1), conv));
                    assertThat(qoq.get(0, i)).as("seed %d case %d %s qoq %s", SEED, c, conv, q)
                            .isEqualTo(reference(s, q, q.previousQuarter(), conv));
                }
            }
            KpiSeries ttm = s.ttm();
            KpiPanel pt = p.ttm();
            for (int i = 0; i < n; i++) {
                Period q = Period.parse("2020Q1").plusQuarters(i);
                OptionalDouble expected = ttm.get(q);
                assertThat(pt.get(0, i).isPresent()).as("seed %d case %d ttm %s", SEED, c, q).isEqualTo(expected.isPresent());
                if (expected.isPresent()) {
                    assertThat(pt.get(0, i).getAsDouble()).isCloseTo(expected.getAsDouble(), within(1e-9));
                }
            }
        }
    }

    /**
     * ytdToDiscrete (a whole fiscal year per loop step) against KpiSeries.toDiscreteQuarters on the
     * same year-to-date figures: axes starting at any fiscal quarter, gaps, losses, any length.
     */
    @Test
    void property_ytdToDiscreteMatchesSeriesPath() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        var revenue = MetricCatalog.standard().get("net_profit").orElseThrow();
        for (int c = 0; c < 500; c++) {
            int n = 1 + rnd.nextInt(23);
            Period first = Period.parse("2019Q1").plusQuarters(rnd.nextInt(4));
            double[] v = new double[n];
            List<Period> ps = new ArrayList<>();
            List<Double> vs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Period q = first.plusQuarters(i);
                v[i] = rnd.nextInt(6) == 0 ? Double.NaN : Math.rint(rnd.nextDouble(-900, 3000)) / 100;
                if (!Double.isNaN(v[i])) {
                    ps.add(Period.ytd(q.year(), q.lastQuarter()));
                    vs.add(v[i]);
                }
            }
            double[] d = KpiPanel.builder(first, n).add(SeriesKey.of("e", "net_profit"), revenue, Unit.YUAN,
                    Transform.YEAR_TO_DATE, v).build()
                    .toDiscreteQuarters().row(0);
            KpiSeries ref = ps.isEmpty() ? null : KpiSeries.of("e", revenue, Unit.YUAN, ps,
                    vs.stream().mapToDouble(Double::doubleValue).toArray()).toDiscreteQuarters();
            for (int i = 0; i < n; i++) {
                Period q = first.plusQuarters(i);
                OptionalDouble expected = ref == null ? OptionalDouble.empty() : ref.get(q);
                OptionalDouble actual = Double.isNaN(d[i]) ? OptionalDouble.empty() : OptionalDouble.of(d[i]);
                assertThat(actual).as("seed %d case %d %s in %s", SEED, c, q, java.util.Arrays.toString(v))
                        .isEqualTo(expected);
            }
        }
    }

    private static OptionalDouble reference(KpiSeries s, Period p, Period base, GrowthConvention conv) {
        OptionalDouble v = s.get(p);
        OptionalDouble b = s.get(base);
        if (v.isEmpty() || b.isEmpty()) {
            return OptionalDouble.empty();
        }
        return conv.growth(v.getAsDouble(), b.getAsDouble());
    }

    @Test
    void parallelAndSequential_giveTheSameResult() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        int series = 4000;
        int q = 80; // 320,000 points: above the parallel threshold
        KpiPanelBuilder b = KpiPanel.builder(Period.parse("2000Q1"), q);
        double[][] rows = new double[series][q];
        for (int s = 0; s < series; s++) {
            for (int i = 0; i < q; i++) {
                rows[s][i] = rnd.nextInt(20) == 0 ? Double.NaN : rnd.nextDouble(-100, 1000);
            }
            b.add(SeriesKey.of("e" + s, "revenue"), REVENUE, Unit.YUAN, Transform.YEAR_TO_DATE, rows[s]);
        }
        KpiPanel big = b.build();
        assertThat((long) series * q).isGreaterThan(KpiPanel.PARALLEL_THRESHOLD);
        KpiPanel yoy = big.yoy(GrowthConvention.FILING);
        for (int s = 0; s < series; s += 97) {
            KpiPanel small = KpiPanel.builder(Period.parse("2000Q1"), q).add(SeriesKey.of("x", "revenue"), REVENUE,
                    Unit.YUAN, Transform.YEAR_TO_DATE, rows[s]).build();
            assertThat(yoy.row(s)).containsExactly(small.yoy(GrowthConvention.FILING).row(0));
            assertThat(big.qoq(GrowthConvention.PLAIN).row(s)).containsExactly(small.qoq(GrowthConvention.PLAIN).row(0));
            assertThat(big.ttm().row(s)).containsExactly(small.ttm().row(0));
            assertThat(big.toDiscreteQuarters().row(s)).containsExactly(small.toDiscreteQuarters().row(0));
        }
    }

    @Test
    void toString_showsHeadAndCount() {
        KpiPanelBuilder b = KpiPanel.builder(Period.parse("2023Q1"), 8);
        for (int s = 0; s < 25; s++) {
            b.add(SeriesKey.of("e" + s, "revenue"), Unit.WAN_YUAN, new double[8]);
        }
        String text = b.build().toString();
        assertThat(text).contains("25 series × 8 quarters").contains("15 more series");
        assertThat(text.lines().count()).isLessThan(20);
    }
}
