package org.kpi4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Percentage;
import org.kpi4j.unit.Unit;

/** {@code toString} is the parse format: every public enum and value type of core reads its own text back. */
class RoundTripTest {

    /** Every public enum of core, top-level and nested. */
    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(org.kpi4j.fact.Basis.class,
            org.kpi4j.format.Cell.Kind.class, org.kpi4j.format.Language.class, org.kpi4j.forecast.Initialization.class,
            org.kpi4j.forecast.Seasonality.class, org.kpi4j.forecast.TrendForecast.Kind.class,
            org.kpi4j.growth.GrowthConvention.class, org.kpi4j.growth.GrowthFlag.class, org.kpi4j.growth.GrowthKind.class,
            org.kpi4j.metric.Metric.UnitFamily.class, org.kpi4j.metric.MetricKind.class,
            org.kpi4j.reconcile.CheckKind.class, org.kpi4j.reconcile.CheckStatus.class,
            org.kpi4j.series.PanelLayout.class, org.kpi4j.series.Transform.class, org.kpi4j.time.PeriodType.class,
            org.kpi4j.unit.Dimension.class);

    @Test
    void everyEnumConstant_parsesBackFromItsToString() throws Exception {
        for (Class<? extends Enum<?>> type : ENUMS) {
            Method parse = type.getMethod("parse", String.class);
            assertThat(Modifier.isStatic(parse.getModifiers())).as(type.getName()).isTrue();
            for (Enum<?> e : type.getEnumConstants()) {
                assertThat(parse.invoke(null, e.toString())).as(type.getName() + "." + e.name()).isSameAs(e);
            }
        }
    }

    @Test
    void growthKind_printsWhatItParses() {
        // GrowthKind once printed TTM_YOY but parsed ttm-yoy
        assertThat(org.kpi4j.growth.GrowthKind.TTM_YOY.toString()).isEqualTo("ttm-yoy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024H1", "2024H2", "2024Q3", "2024Q1-Q3", "2024-12-31"})
    void period_roundTrips(String text) {
        assertThat(Period.parse(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme/revenue", "paratera/revenue[算力服务]", "a/b/net_profit", "x/debt_ratio[智算云]"})
    void seriesKey_roundTrips(String text) {
        assertThat(SeriesKey.parse(text).toString()).isEqualTo(text);
    }

    @Test
    void seriesKey_parse_splitsEntityMetricSegment() {
        // hand: the metric is the part after the last slash before the segment
        assertThat(SeriesKey.parse("a/b/net_profit")).isEqualTo(SeriesKey.of("a/b", "net_profit"));
        assertThat(SeriesKey.parse("paratera/revenue[算力服务]")).isEqualTo(SeriesKey.of("paratera", "revenue", "算力服务"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"46.2%", "-5.30%", "43%", "0.0%", "150%"})
    void percentage_roundTrips(String text) {
        assertThat(Percentage.parse(Percentage.parse(text).toString())).isEqualTo(Percentage.parse(text));
        assertThat(Percentage.parse(text).toString()).isEqualTo(text);
    }

    @Test
    void unit_roundTrips() {
        for (String s : Unit.spellings()) {
            Unit u = Unit.parse(s);
            assertThat(Unit.parse(u.toString())).as(s).isEqualTo(u);
        }
    }
}
