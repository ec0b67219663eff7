package org.kpi4j.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.KpiPanelBuilder;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.series.Transform;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

class PanelForecastTest {

    private static final HoltWintersSpec ADDITIVE = HoltWintersSpec.quarterly(Seasonality.ADDITIVE);

    @Test
    void oneSeries_axisStartsAfterItsLastQuarter_andEqualsTheFitAlone() {
        double[] y = {112, 96, 108, 94, 118, 99, 113, 98, 123, 104, 119, 103, 128, 108, 124, 109};
        KpiPanel p = KpiPanel.builder(Period.parse("2021Q1"), 16).add(SeriesKey.of("acme", "revenue"), Unit.WAN_YUAN, y)
                .build();
        PanelForecast f = PanelForecast.of(p, ADDITIVE, 4);
        assertThat(f.forecasts().quarter(0)).isEqualTo(Period.parse("2025Q1"));
        assertThat(f.forecasts().quarterCount()).isEqualTo(4);
        assertThat(f.forecasts().unit(0)).isEqualTo(Unit.WAN_YUAN);
        assertThat(f.forecasts().transform(0)).isEqualTo(Transform.DISCRETE);
        HoltWintersFit alone = HoltWinters.fit(y, ADDITIVE);
        assertThat(f.forecasts().row(0)).isEqualTo(alone.forecast(4));
        assertThat(f.fit(SeriesKey.of("acme", "revenue"))).contains(alone);
        assertThat(f.fit(SeriesKey.of("acme", "cost"))).isEmpty();
        assertThat(f.notes()).isEmpty();
    }

    /**
     * Random panels (series of different starts, ends and lengths, some with a gap, some too short, some
     * not positive): every series forecast on all cores equals, to the bit, the series fitted alone, at
     * the columns after its own last value; the others are left out with a note naming them.
     */
    @Test
    void randomPanels_equalEachSeriesFittedAlone() {
        long seed = System.nanoTime();
        System.out.println("PanelForecastTest seed " + seed);
        SplittableRandom r = new SplittableRandom(seed);
        HoltWintersSpec[] specs = {ADDITIVE, HoltWintersSpec.quarterly(Seasonality.MULTIPLICATIVE),
            HoltWintersSpec.quarterly(Seasonality.NONE).withDampedTrend()};
        Initialization[] inits = {Initialization.ESTIMATED, Initialization.HEURISTIC};
        for (int round = 0; round < 3; round++) {
            int quarters = 24 + r.nextInt(20);
            int seriesCount = 6 + r.nextInt(6);
            KpiPanelBuilder b = KpiPanel.builder(Period.parse("2014Q3"), quarters);
            for (int s = 0; s < seriesCount; s++) {
                b.add(SeriesKey.of("e" + s, "revenue"), Unit.YUAN, series(r, quarters));
            }
            KpiPanel panel = b.build();
            HoltWintersSpec spec = specs[round % specs.length];
            // multiplicative with estimated states searches 9 dimensions (seconds per series on a loaded
            // machine): heuristic states keep the test short; the additive rounds take either
            Initialization init = spec.seasonality() == Seasonality.MULTIPLICATIVE ? Initialization.HEURISTIC
                    : inits[r.nextInt(2)];
            int h = 1 + r.nextInt(8);
            String where = "seed " + seed + ", round " + round + ", " + spec.name() + ", " + init;
            PanelForecast f = PanelForecast.of(panel, spec, init, h);
            KpiPanel out = f.forecasts();
            int k = 0;
            for (int s = 0; s < seriesCount; s++) {
                double[] v = panel.row(s);
                int a = 0;
                while (a < v.length && Double.isNaN(v[a])) {
                    a++;
                }
                int e = v.length - 1;
                while (e >= a && Double.isNaN(v[e])) {
                    e--;
                }
                double[] y = a > e ? new double[0] : Arrays.copyOfRange(v, a, e + 1);
                boolean fits = y.length >= spec.minPoints() && Arrays.stream(y).noneMatch(Double::isNaN)
                        && (spec.seasonality() != Seasonality.MULTIPLICATIVE || Arrays.stream(y).allMatch(x -> x > 0));
                if (!fits) {
                    String key = panel.key(s).toString();
                    assertThat(f.notes()).as(where).anyMatch(n -> n.startsWith("skipped " + key + ": "));
                    assertThat(f.fit(panel.key(s))).as(where).isEmpty();
                    continue;
                }
                HoltWintersFit alone = HoltWinters.fit(y, spec, init);
                assertThat(out.key(k)).as(where).isEqualTo(panel.key(s));
                assertThat(f.fit(k)).as(where).isEqualTo(alone);
                assertThat(f.fit(k).sse()).as(where).isEqualTo(alone.sse());
                double[] expected = alone.forecast(h);
                Period next = panel.quarter(e).plusQuarters(1);
                for (int c = 0; c < out.quarterCount(); c++) {
                    int step = out.quarter(c).endQuarterIndex() - next.endQuarterIndex();
                    double got = out.row(k)[c];
                    if (step >= 0 && step < h) {
                        assertThat(Double.doubleToRawLongBits(got)).as(where + ", " + panel.key(s) + " at "
                                + out.quarter(c)).isEqualTo(Double.doubleToRawLongBits(expected[step]));
                    } else {
                        assertThat(got).as(where + ", " + panel.key(s) + " at " + out.quarter(c)).isNaN();
                    }
                }
                k++;
            }
            assertThat(out.seriesCount()).as(where).isEqualTo(k);
            assertThat(f.notes()).as(where).hasSize(seriesCount - k);
        }
    }

    /** A trending seasonal series over a random span of the axis, with a gap or a loss now and then. */
    private static double[] series(SplittableRandom r, int quarters) {
        double[] v = new double[quarters];
        Arrays.fill(v, Double.NaN);
        int start = r.nextInt(6);
        int end = quarters - 1 - (r.nextInt(3) == 0 ? r.nextInt(6) : 0);
        double level = 100 + 900 * r.nextDouble();
        double trend = level * 0.02 * (r.nextDouble() - 0.3);
        double[] season = {-0.08, 0.01, 0.03, 0.06};
        for (int t = start; t <= end; t++) {
            level += trend;
            v[t] = level * (1 + season[t % 4]) + level * 0.02 * gaussian(r);
        }
        int kind = r.nextInt(8);
        if (kind == 0) {
            v[start + (end - start) / 2] = Double.NaN; // a gap
        } else if (kind == 1) {
            v[end] = -Math.abs(v[end]); // a loss: no multiplicative seasonality
        } else if (kind == 2) {
            Arrays.fill(v, 0, Math.max(0, end - 5), Double.NaN); // too short
        }
        return v;
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    @Test
    void seriesThatCannotBeFitted_areNamedInTheNotes() {
        double[] ok = {112, 96, 108, 94, 118, 99, 113, 98, 123, 104, 119, 103};
        double[] gap = ok.clone();
        gap[5] = Double.NaN;
        double[] none = new double[12];
        Arrays.fill(none, Double.NaN);
        KpiPanel p = KpiPanel.builder(Period.parse("2022Q1"), 12).add(SeriesKey.of("a", "revenue"), Unit.YUAN, ok)
                .add(SeriesKey.of("b", "revenue"), Unit.YUAN, gap).add(SeriesKey.of("c", "revenue"), Unit.YUAN, none)
                .build();
        PanelForecast f = PanelForecast.of(p, ADDITIVE, 2);
        assertThat(f.forecasts().seriesCount()).isEqualTo(1);
        assertThat(f.notes()).containsExactly(
                "skipped b/revenue: 2023Q2 is missing between 2022Q1 and 2024Q4; Holt-Winters needs consecutive quarters",
                "skipped c/revenue: no value");
        assertThatThrownBy(() -> PanelForecast.of(p, ADDITIVE, 0)).isInstanceOf(IllegalArgumentException.class);
        KpiPanel onlyBad = KpiPanel.builder(Period.parse("2022Q1"), 12).add(SeriesKey.of("c", "revenue"), Unit.YUAN, none)
                .build();
        assertThatThrownBy(() -> PanelForecast.of(onlyBad, ADDITIVE, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no series of the panel could be fitted; first: skipped c/revenue: no value");
    }
}
