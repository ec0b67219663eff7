package org.kpi4j.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/** The rules a panel shares with series: by metric kind, by transform, and the same growth engine. */
class PanelRulesTest {

    private static Metric metric(String id) {
        return MetricCatalog.standard().get(id).orElseThrow();
    }

    /** A flow, a stock and a ratio over the four quarters of 2024. */
    private static KpiPanel mixed() {
        return KpiPanel.builder(Period.parse("2024Q1"), 4)
                .add(SeriesKey.of("a", "revenue"), Unit.YUAN, new double[] {1, 2, 3, 4})
                .add(SeriesKey.of("a", "total_assets"), Unit.YUAN, new double[] {10, 10, 10, 10})
                .add(SeriesKey.of("a", "debt_ratio"), Unit.PERCENT, new double[] {50, 55, 53, 50})
                .build();
    }

    @Test
    void ttm_ofAStockOrRatio_isLeftOutWithANote_notSummed() {
        KpiPanel ttm = mixed().ttm();
        // the flow's TTM at 2024Q4: 1 + 2 + 3 + 4 = 10; no 40 元 of total assets, no 208% debt ratio
        assertThat(ttm.seriesCount()).isEqualTo(1);
        assertThat(ttm.key(0)).isEqualTo(SeriesKey.of("a", "revenue"));
        assertThat(ttm.get(0, 3).getAsDouble()).isEqualTo(10.0);
        assertThat(ttm.transform(0)).isEqualTo(Transform.TTM);
        assertThat(ttm.notes()).containsExactly(
                "skipped a/total_assets: a stock does not sum over time, so it has no TTM",
                "skipped a/debt_ratio: a ratio does not sum over time, so it has no TTM");
    }

    @Test
    void qoq_ofARatio_isADifferenceInPoints() {
        KpiPanel qoq = mixed().qoq(GrowthConvention.FILING);
        // debt ratio 50% → 55%: +5 percentage points, not +10%
        assertThat(qoq.unit(2)).isEqualTo(Unit.POINTS);
        assertThat(qoq.get(2, 1).getAsDouble()).isEqualTo(5.0);
        assertThat(qoq.get(2, 3).getAsDouble()).isEqualTo(-3.0); // 53% → 50%
        // the flow's growth is a fraction: 1 → 2 is +100%
        assertThat(qoq.unit(0)).isEqualTo(Unit.RATIO);
        assertThat(qoq.get(0, 1).getAsDouble()).isEqualTo(1.0);
        // the series path says the same: +5 pp
        KpiSeries ratio = KpiSeries.builder("a", metric("debt_ratio"), Unit.PERCENT)
                .add(Period.parse("2024-03-31"), 50, 0).add(Period.parse("2024-06-30"), 55, 0).build();
        GrowthRow r = ratio.growth(GrowthKind.QOQ, GrowthConvention.FILING).rows().get(1);
        assertThat(r.points()).isEqualTo(5.0);
        assertThat(r.growth()).isNull();
    }

    @Test
    void ratioInFractions_changesByHundredPointsPerUnit() {
        KpiPanel p = KpiPanel.builder(Period.parse("2024Q1"), 2)
                .add(SeriesKey.of("a", "debt_ratio"), Unit.RATIO, new double[] {0.5, 0.55}).build();
        // 0.55 − 0.5 = 0.05 of a fraction = 5 points (within a double's rounding of 0.05 × 100)
        assertThat(p.qoq(GrowthConvention.FILING).get(0, 1).getAsDouble()).isEqualTo((0.55 - 0.5) * 100);
    }

    @Test
    void ttmOfTtm_andDiscreteOfAnnualised_areErrorsSayingWhy() {
        KpiSeries q = KpiSeries.builder("a", metric("revenue"), Unit.YUAN)
                .add(Period.parse("2024Q1"), 1, 0).add(Period.parse("2024Q2"), 2, 0)
                .add(Period.parse("2024Q3"), 3, 0).add(Period.parse("2024Q4"), 4, 0).build();
        KpiSeries ttm = q.ttm();
        assertThat(ttm.transform()).isEqualTo(Transform.TTM);
        assertThatThrownBy(ttm::ttm).isInstanceOf(IllegalStateException.class)
                .hasMessage("ttm of series a/revenue is not defined: its values are already trailing-twelve-month "
                        + "sums; apply it to the reported or discrete series instead");
        assertThatThrownBy(() -> q.annualized().toDiscreteQuarters()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("its values are annualised");
        assertThatThrownBy(() -> q.annualized().annualized()).isInstanceOf(IllegalStateException.class);
        KpiPanel panelTtm = KpiPanel.of(List.of(q)).ttm();
        assertThatThrownBy(panelTtm::ttm).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already trailing-twelve-month sums");
        KpiPanel yoy = KpiPanel.of(List.of(q)).yoy(GrowthConvention.FILING);
        assertThatThrownBy(() -> yoy.yoy(GrowthConvention.FILING)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("its values are changes (yoy)");
    }

    @Test
    void toDiscreteQuarters_differencesOnlyYearToDateSeries() {
        // the same numbers, once filed year-to-date, once as quarters: only the first is differenced
        KpiPanel p = KpiPanel.builder(Period.parse("2024Q1"), 4)
                .add(SeriesKey.of("a", "revenue"), metric("revenue"), Unit.YUAN, Transform.YEAR_TO_DATE,
                        new double[] {1, 3, 6, 10})
                .add(SeriesKey.of("b", "revenue"), metric("revenue"), Unit.YUAN, Transform.DISCRETE,
                        new double[] {1, 3, 6, 10})
                .add(SeriesKey.of("a", "gross_margin"), metric("gross_margin"), Unit.PERCENT, Transform.YEAR_TO_DATE,
                        new double[] {30, 31, 32, 33})
                .build();
        KpiPanel d = p.toDiscreteQuarters();
        assertThat(d.row(0)).containsExactly(1, 2, 3, 4);
        assertThat(d.row(1)).containsExactly(1, 3, 6, 10);
        assertThat(d.seriesCount()).isEqualTo(2);
        assertThat(d.notes()).containsExactly("skipped a/gross_margin: a ratio reported year-to-date cannot be "
                + "differenced into quarters");
    }

    @Test
    void builder_refusesAUnitOrTransformTheMetricCannotHave() {
        assertThatThrownBy(() -> KpiPanel.builder(Period.parse("2024Q1"), 1)
                .add(SeriesKey.of("a", "debt_ratio"), Unit.YUAN, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not take the unit 元");
        assertThatThrownBy(() -> KpiPanel.builder(Period.parse("2024Q1"), 1)
                .add(SeriesKey.of("a", "total_assets"), metric("total_assets"), Unit.YUAN, Transform.TTM, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a stock has no ttm figures");
        assertThatThrownBy(() -> KpiPanel.builder(Period.parse("2024Q1"), 1)
                .add(SeriesKey.of("a", "mystery"), Unit.YUAN, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the standard catalog");
    }

    @Test
    void growthFormulas_areChosenByTheEnum_neverItsOrdinal() throws IOException {
        // the panel kernels once picked the formula by GrowthConvention.ordinal(); reordering the enum
        // would have changed every result. No main source of core may select by ordinal.
        Path src = Path.of(System.getProperty("user.dir"), "src", "main", "java");
        if (!Files.isDirectory(src)) {
            src = Path.of("core", "src", "main", "java");
        }
        try (Stream<Path> files = Files.walk(src)) {
            List<Path> offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readString(f).contains(".ordinal()");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(offenders).isEmpty();
        }
    }

    @Test
    void perShareFlow_ttmAndDiscreteQuarters_sayTheyAssumeAConstantShareCount() {
        KpiSeries eps = KpiSeries.builder("a", metric("eps_basic"), Unit.parse("元/股"))
                .add(Period.parse("2024Q1"), 0.25, 2).add(Period.parse("2024H1"), 0.55, 2)
                .add(Period.parse("2024Q1-Q3"), 0.90, 2).add(Period.parse("2024"), 1.30, 2).build();
        KpiSeries q = eps.toDiscreteQuarters();
        // hand: Q2 = 0.55 − 0.25 = 0.30, Q4 = 1.30 − 0.90 = 0.40; each derived figure is approximate
        assertThat(q.get(Period.parse("2024Q2")).getAsDouble()).isEqualTo(0.55 - 0.25);
        assertThat(q.provenance(1).approximate()).isTrue();
        assertThat(q.provenance(1).formula()).contains("per share: assumes a constant share count");
        KpiSeries ttm = q.ttm();
        assertThat(ttm.get(Period.parse("2024Q4")).getAsDouble()).isCloseTo(1.30, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(ttm.provenance(0).approximate()).isTrue();
        assertThat(ttm.provenance(0).formula()).contains("per share");
    }
}
