package org.kpi4j.metric;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kpi4j.metric.Metric.UnitFamily;

/**
 * A set of known metrics by id. {@link #standard()} holds the well-known financial KPIs;
 * {@link #with(Metric)} returns a new catalog with a user's own metric added (catalogs are never
 * mutated, so no registry is shared between callers).
 *
 * <pre>{@code
 * MetricCatalog cat = MetricCatalog.standard()
 *         .with(Metric.of("computing_power", "Computing power", "智能算力规模", MetricKind.STOCK, UnitFamily.ANY));
 * cat.get("net_profit_deducted").orElseThrow().nameZh();   // 扣除非经常性损益后的净利润
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MetricCatalog {

    private static final MetricCatalog STANDARD;

    static {
        Map<String, Metric> m = new LinkedHashMap<>();
        flow(m, "revenue", "Revenue", "营业收入");
        flow(m, "gross_profit", "Gross profit", "毛利");
        ratio(m, "gross_margin", "Gross margin", "毛利率", false);
        flow(m, "net_profit", "Net profit", "净利润");
        flow(m, "net_profit_attributable", "Net profit attributable to shareholders", "归属于上市公司股东的净利润");
        flow(m, "net_profit_deducted", "Net profit excluding non-recurring items", "扣除非经常性损益后的净利润");
        flow(m, "operating_cash_flow", "Operating cash flow", "经营活动产生的现金流量净额");
        flow(m, "capex", "Capital expenditure", "资本开支");
        flow(m, "rd_expense", "R&D expense", "研发费用");
        stock(m, "total_assets", "Total assets", "资产总计", UnitFamily.MONEY);
        stock(m, "total_liabilities", "Total liabilities", "负债合计", UnitFamily.MONEY);
        stock(m, "equity_attributable", "Equity attributable to shareholders", "归属于上市公司股东的净资产",
                UnitFamily.MONEY);
        ratio(m, "debt_ratio", "Debt ratio (liabilities / assets)", "资产负债率", true);
        stock(m, "receivables", "Accounts receivable", "应收账款", UnitFamily.MONEY);
        stock(m, "shareholder_count", "Shareholder count", "股东人数", UnitFamily.PERSONS);
        stock(m, "headcount", "Head count", "员工人数", UnitFamily.PERSONS);
        // the statement lines that filings databases (EDGAR, Sina, tushare) map to
        flow(m, "cost_of_revenue", "Cost of revenue", "营业成本");
        flow(m, "operating_profit", "Operating profit", "营业利润");
        perShare(m, "eps_basic", "Basic earnings per share", "基本每股收益");
        perShare(m, "eps_diluted", "Diluted earnings per share", "稀释每股收益");
        stock(m, "total_equity", "Total equity", "所有者权益合计", UnitFamily.MONEY);
        stock(m, "shares_outstanding", "Shares outstanding", "总股本", UnitFamily.SHARES);
        STANDARD = new MetricCatalog(m);
    }

    private static void flow(Map<String, Metric> m, String id, String en, String zh) {
        m.put(id, Metric.of(id, en, zh, MetricKind.FLOW, UnitFamily.MONEY));
    }

    /** Earnings per share is a flow (it accrues over the period) measured per share. */
    private static void perShare(Map<String, Metric> m, String id, String en, String zh) {
        m.put(id, Metric.of(id, en, zh, MetricKind.FLOW, UnitFamily.PER_SHARE));
    }

    private static void stock(Map<String, Metric> m, String id, String en, String zh, UnitFamily family) {
        m.put(id, Metric.of(id, en, zh, MetricKind.STOCK, family));
    }

    private static void ratio(Map<String, Metric> m, String id, String en, String zh, boolean instant) {
        m.put(id, Metric.ratio(id, en, zh, instant));
    }

    private final Map<String, Metric> metrics;

    private MetricCatalog(Map<String, Metric> metrics) {
        this.metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /**
     * Returns the catalog of well-known metrics: revenue, gross_profit, gross_margin, net_profit,
     * net_profit_attributable, net_profit_deducted (扣非), operating_cash_flow, capex, rd_expense,
     * total_assets, total_liabilities, equity_attributable, debt_ratio, receivables,
     * shareholder_count, headcount, cost_of_revenue, operating_profit, eps_basic and eps_diluted
     * (flows per share: {@link org.kpi4j.metric.Metric.UnitFamily#PER_SHARE}), total_equity and
     * shares_outstanding (a stock of shares).
     *
     * @return the standard catalog, not null
     */
    public static MetricCatalog standard() {
        return STANDARD;
    }

    /**
     * Returns a new catalog with the metric added, replacing none.
     *
     * @param metric the metric, not null
     * @return the new catalog, not null
     * @throws IllegalArgumentException if a different metric with that id is already present
     */
    public MetricCatalog with(Metric metric) {
        Objects.requireNonNull(metric, "metric");
        Metric existing = metrics.get(metric.id());
        if (existing != null) {
            if (existing.equals(metric)) {
                return this;
            }
            throw new IllegalArgumentException("metric '" + metric.id() + "' is already defined as " + existing);
        }
        Map<String, Metric> m = new LinkedHashMap<>(metrics);
        m.put(metric.id(), metric);
        return new MetricCatalog(m);
    }

    /**
     * Looks a metric up by id.
     *
     * @param id the id, not null
     * @return the metric, or empty if unknown
     */
    public Optional<Metric> get(String id) {
        return Optional.ofNullable(metrics.get(Objects.requireNonNull(id, "id")));
    }

    /** @return the metrics, in catalog order, not null */
    public Collection<Metric> metrics() {
        return metrics.values();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Metric m : metrics.values()) {
            sb.append(String.format("%-26s %-6s %s / %s%n", m.id(), m.kind(), m.nameEn(), m.nameZh()));
        }
        return sb.toString();
    }
}
