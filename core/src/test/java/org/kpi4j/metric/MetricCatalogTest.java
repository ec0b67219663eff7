package org.kpi4j.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kpi4j.metric.Metric.UnitFamily;
import org.kpi4j.unit.Unit;

class MetricCatalogTest {

    private final MetricCatalog std = MetricCatalog.standard();

    @Test
    void standard_kindsAndInstants() {
        Metric revenue = std.get("revenue").orElseThrow();
        assertThat(revenue.kind()).isEqualTo(MetricKind.FLOW);
        assertThat(revenue.instant()).isFalse();
        Metric assets = std.get("total_assets").orElseThrow();
        assertThat(assets.kind()).isEqualTo(MetricKind.STOCK);
        assertThat(assets.instant()).isTrue();
        // gross margin is a ratio over a period, the debt ratio a balance-sheet ratio at an instant
        assertThat(std.get("gross_margin").orElseThrow().instant()).isFalse();
        assertThat(std.get("debt_ratio").orElseThrow().instant()).isTrue();
        assertThat(std.get("net_profit_deducted").orElseThrow().nameZh()).isEqualTo("扣除非经常性损益后的净利润");
        assertThat(std.get("headcount").orElseThrow().family()).isEqualTo(UnitFamily.PERSONS);
        assertThat(std.get("no_such_metric")).isEmpty();
        // the 16 KPIs plus the 6 statement lines the filings readers map to
        assertThat(std.metrics()).hasSize(22);
    }

    @Test
    void standard_perShareAndShareMetrics() {
        // EPS accrues over a period (a flow) but is measured per share, in 元/股 or USD/share, never in 元
        Metric eps = std.get("eps_basic").orElseThrow();
        assertThat(eps.kind()).isEqualTo(MetricKind.FLOW);
        assertThat(eps.family()).isEqualTo(UnitFamily.PER_SHARE);
        assertThat(eps.family().accepts(Unit.YUAN_PER_SHARE)).isTrue();
        assertThat(eps.family().accepts(Unit.parse("USD/shares"))).isTrue();
        assertThat(eps.family().accepts(Unit.YUAN)).isFalse();
        assertThat(std.get("eps_diluted").orElseThrow().nameZh()).isEqualTo("稀释每股收益");
        // a share count is a stock of shares, not of persons or money
        Metric shares = std.get("shares_outstanding").orElseThrow();
        assertThat(shares.instant()).isTrue();
        assertThat(shares.family().accepts(Unit.parse("亿股"))).isTrue();
        assertThat(shares.family().accepts(Unit.PERSONS)).isFalse();
        assertThat(UnitFamily.MONEY.accepts(Unit.USD_PER_SHARE)).isFalse();
        assertThat(std.get("cost_of_revenue").orElseThrow().nameZh()).isEqualTo("营业成本");
        assertThat(std.get("total_equity").orElseThrow().kind()).isEqualTo(MetricKind.STOCK);
    }

    @Test
    void unitFamily_acceptsItsDimensionsOnly() {
        assertThat(UnitFamily.MONEY.accepts(Unit.USD_BN)).isTrue();
        assertThat(UnitFamily.MONEY.accepts(Unit.PERSONS)).isFalse();
        assertThat(UnitFamily.RATIO.accepts(Unit.PERCENT)).isTrue();
        assertThat(UnitFamily.RATIO.accepts(Unit.YUAN)).isFalse();
        assertThat(UnitFamily.COUNT.accepts(Unit.PERSONS)).isTrue();
        assertThat(UnitFamily.ANY.accepts(Unit.EFLOPS)).isTrue();
    }

    @Test
    void with_addsWithoutMutatingStandard() {
        Metric power = Metric.of("computing_power", "Computing power", "智能算力规模", MetricKind.STOCK, UnitFamily.ANY);
        MetricCatalog cat = std.with(power);
        assertThat(cat.get("computing_power")).contains(power);
        assertThat(std.get("computing_power")).isEmpty();
        assertThat(cat.with(power)).isSameAs(cat);
        Metric clash = Metric.of("revenue", "Other", "其他", MetricKind.FLOW, UnitFamily.ANY);
        assertThatThrownBy(() -> std.with(clash)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("revenue");
    }

    @Test
    void metric_rejectsInconsistentDefinitions() {
        assertThatThrownBy(() -> Metric.of("Bad-Id", "x", "x", MetricKind.FLOW, UnitFamily.MONEY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bad-Id");
        assertThatThrownBy(() -> new Metric("f", "x", "x", MetricKind.FLOW, true, UnitFamily.MONEY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Metric("s", "x", "x", MetricKind.STOCK, false, UnitFamily.MONEY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Metric("r", "x", "x", MetricKind.RATIO, false, UnitFamily.MONEY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Metric.of("m", "x", "x", MetricKind.FLOW, UnitFamily.RATIO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
