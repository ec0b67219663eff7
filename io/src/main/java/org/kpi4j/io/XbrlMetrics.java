package org.kpi4j.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.unit.Dimension;
import org.kpi4j.unit.Unit;

/**
 * Which metric an XBRL concept's facts become, and in which kpi4j unit: the synonym table for the
 * concepts that are catalog metrics, and a derived id ({@code us_gaap_accounts_payable_current})
 * for every other concept, so that nothing is lost.
 */
final class XbrlMetrics {

    /**
     * The standard table: metric id to concepts, most preferred first. A filing that gives two of a
     * metric's concepts for one period counts once, under the first.
     */
    static final Map<String, List<String>> STANDARD;

    static {
        Map<String, List<String>> m = new LinkedHashMap<>();
        // Revenues is the us-gaap total; the ASC 606 contract revenue element (2018 on) and the
        // pre-2018 SalesRevenueNet stand for it where a filer gives no Revenues
        m.put("revenue", List.of("us-gaap:Revenues", "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax",
                "us-gaap:SalesRevenueNet", "us-gaap:RevenueFromContractWithCustomerIncludingAssessedTax"));
        m.put("cost_of_revenue", List.of("us-gaap:CostOfRevenue", "us-gaap:CostOfGoodsAndServicesSold",
                "us-gaap:CostOfGoodsSold"));
        m.put("gross_profit", List.of("us-gaap:GrossProfit"));
        m.put("operating_profit", List.of("us-gaap:OperatingIncomeLoss"));
        // NetIncomeLoss is attributable to the parent; ProfitLoss includes noncontrolling interests
        // and a filer without them gives NetIncomeLoss alone
        m.put("net_profit", List.of("us-gaap:ProfitLoss", "us-gaap:NetIncomeLoss"));
        m.put("net_profit_attributable", List.of("us-gaap:NetIncomeLoss"));
        m.put("eps_basic", List.of("us-gaap:EarningsPerShareBasic", "us-gaap:EarningsPerShareBasicAndDiluted"));
        m.put("eps_diluted", List.of("us-gaap:EarningsPerShareDiluted", "us-gaap:EarningsPerShareBasicAndDiluted"));
        m.put("operating_cash_flow", List.of("us-gaap:NetCashProvidedByUsedInOperatingActivities",
                "us-gaap:NetCashProvidedByUsedInOperatingActivitiesContinuingOperations"));
        m.put("capex", List.of("us-gaap:PaymentsToAcquirePropertyPlantAndEquipment"));
        m.put("rd_expense", List.of("us-gaap:ResearchAndDevelopmentExpense",
                "us-gaap:ResearchAndDevelopmentExpenseExcludingAcquiredInProcessCost"));
        m.put("total_assets", List.of("us-gaap:Assets"));
        m.put("total_liabilities", List.of("us-gaap:Liabilities"));
        m.put("equity_attributable", List.of("us-gaap:StockholdersEquity"));
        m.put("total_equity", List.of("us-gaap:StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest",
                "us-gaap:StockholdersEquity"));
        m.put("receivables", List.of("us-gaap:AccountsReceivableNetCurrent"));
        m.put("shares_outstanding", List.of("dei:EntityCommonStockSharesOutstanding",
                "us-gaap:CommonStockSharesOutstanding"));
        STANDARD = Collections.unmodifiableMap(m);
    }

    /** A concept's place in the table: the metric and its rank among the metric's concepts. */
    record Mapping(Metric metric, int priority) {
    }

    private final Map<String, List<Mapping>> byConcept = new HashMap<>();

    XbrlMetrics(MetricCatalog catalog, Map<String, List<String>> overrides) {
        Map<String, List<String>> table = new LinkedHashMap<>(STANDARD);
        table.putAll(overrides);
        for (Map.Entry<String, List<String>> e : table.entrySet()) {
            Metric metric = catalog.get(e.getKey()).orElseThrow(() -> new IllegalArgumentException("the synonym "
                    + "table names metric '" + e.getKey() + "', which is not in the catalog"));
            List<String> concepts = e.getValue();
            for (int i = 0; i < concepts.size(); i++) {
                byConcept.computeIfAbsent(concepts.get(i), k -> new ArrayList<>()).add(new Mapping(metric, i));
            }
        }
    }

    /** @return the catalog metrics a concept ({@code us-gaap:Revenues}) is read into; empty if none */
    List<Mapping> mapped(String qualifiedConcept) {
        return byConcept.getOrDefault(qualifiedConcept, List.of());
    }

    /**
     * The kpi4j unit of an EDGAR unit, or null for one kpi4j does not know (Year, EUR, pure units
     * that count things such as Store).
     */
    static Unit unit(String edgar) {
        switch (edgar) {
            case "USD":
                return Unit.USD;
            case "USD/shares":
            case "USD/share":
                return Unit.USD_PER_SHARE;
            case "shares":
                return Unit.SHARES;
            case "pure":
                return Unit.RATIO;
            case "CNY":
                return Unit.YUAN;
            case "CNY/shares":
                return Unit.YUAN_PER_SHARE;
            default:
                return null;
        }
    }

    /**
     * The metric of a concept that is not in the table: its taxonomy and name in snake case, with the
     * unit's dimension appended when the concept's facts come in several dimensions.
     */
    static Metric derived(String taxonomy, String concept, String label, boolean instant, Unit unit,
            boolean severalDimensions) {
        String id = snake(taxonomy) + "_" + snake(concept)
                + (severalDimensions ? "_" + unit.dimension().name().toLowerCase(Locale.ROOT) : "");
        String name = label == null || label.isBlank() ? concept : label;
        if (unit.dimension() == Dimension.RATIO) {
            return Metric.ratio(id, name, name, instant);
        }
        return Metric.of(id, name, name, instant ? MetricKind.STOCK : MetricKind.FLOW, Metric.UnitFamily.ANY);
    }

    /** {@code RevenueFromContractWithCustomer} to {@code revenue_from_contract_with_customer}. */
    static String snake(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && (Character.isLowerCase(s.charAt(i - 1)) || Character.isDigit(s.charAt(i - 1)));
                boolean acronymEnd = i > 0 && i + 1 < s.length() && Character.isUpperCase(s.charAt(i - 1))
                        && Character.isLowerCase(s.charAt(i + 1));
                if ((afterLower || acronymEnd) && sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                sb.append('_');
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '_') {
            sb.setLength(sb.length() - 1);
        }
        if (sb.length() == 0 || !Character.isLetter(sb.charAt(0))) {
            sb.insert(0, 'x');
        }
        return sb.toString();
    }
}
