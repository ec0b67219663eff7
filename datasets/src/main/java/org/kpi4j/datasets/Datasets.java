package org.kpi4j.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.FactSet;
import org.kpi4j.format.DisplayNames;
import org.kpi4j.io.FactsCsv;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.time.FiscalCalendar;

/**
 * The bundled datasets, loaded by name from the kpi4j-datasets jar (class path or module path).
 *
 * <ul>
 *   <li>{@code paratera}: every KPI figure in 北京并行科技股份有限公司 (Paratera, BSE 839493)'s
 *       investor-relations record 2025-053 of the 2024 results call (2025-05-16, published
 *       2025-05-19): 2024 and Q1-2025 revenue, compute-services and AI-cloud revenue with printed
 *       growth, net profit attributable and non-GAAP (扣非), gross margins, debt ratio, receivables
 *       over three years, capex, customer concentration, R&amp;D head count and shares, shareholder
 *       counts and IPO proceeds. Each fact carries its question number as source, the record's
 *       date as {@code as_of}, the printed change %, and {@code approximate} where the text says
 *       约 or 近.</li>
 *   <li>{@code idc-compute}: China's intelligent computing power as the same record cites IDC:
 *       1037.3 EFLOPS in 2025 (+43%) and a 2023–2028 CAGR of 46.2%.</li>
 * </ul>
 *
 * <pre>{@code
 * FactSet facts = Datasets.load("paratera");
 * facts.series("paratera", "revenue");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Datasets {

    private static final List<DatasetInfo> LIST = List.of(
            new DatasetInfo("paratera",
                    "Paratera (并行科技, BSE 839493): every KPI in its 2024 results IR record 2025-053",
                    "org/kpi4j/datasets/paratera.csv"),
            new DatasetInfo("idc-compute",
                    "China intelligent computing power (IDC, EFLOPS): 2025 forecast and 2023-2028 CAGR",
                    "org/kpi4j/datasets/idc-compute.csv"));

    private static final MetricCatalog CATALOG = MetricCatalog.standard()
            .with(Metric.of("receivables_aged_over_3y", "Receivables aged over three years", "三年以上应收账款余额",
                    MetricKind.STOCK, Metric.UnitFamily.MONEY))
            .with(Metric.ratio("receivables_aged_over_3y_share", "Share of receivables aged over three years",
                    "三年以上应收账款占比", true))
            .with(Metric.of("ipo_proceeds_gross", "IPO gross proceeds", "募集资金总额", MetricKind.FLOW,
                    Metric.UnitFamily.MONEY))
            .with(Metric.of("ipo_proceeds_net", "IPO net proceeds", "募集资金净额", MetricKind.FLOW,
                    Metric.UnitFamily.MONEY))
            .with(Metric.of("largest_customer_revenue", "Revenue from the largest customer", "第一大客户收入",
                    MetricKind.FLOW, Metric.UnitFamily.MONEY))
            .with(Metric.ratio("top5_customer_share", "Top-five customers' share of revenue", "前五大客户收入占比",
                    false))
            .with(Metric.of("rd_headcount", "R&D head count", "研发人员数量", MetricKind.STOCK,
                    Metric.UnitFamily.PERSONS))
            .with(Metric.ratio("rd_headcount_share", "R&D staff share of employees", "研发人员占员工总数比例", true))
            .with(Metric.ratio("rd_masters_share", "R&D staff with a master's degree", "硕士学位研发人员占比", true))
            .with(Metric.ratio("rd_bachelors_share", "R&D staff with a bachelor's degree", "本科学位研发人员占比",
                    true))
            .with(Metric.of("rd_doctorates", "R&D staff with a doctorate", "博士学位研发人员", MetricKind.STOCK,
                    Metric.UnitFamily.PERSONS))
            .with(Metric.of("intelligent_computing_power", "Intelligent computing power", "智能算力规模",
                    MetricKind.FLOW, Metric.UnitFamily.ANY));

    private static final DisplayNames NAMES = DisplayNames.empty()
            .withEntity("paratera", "Paratera", "并行科技")
            .withEntity("china", "China", "中国")
            .withSegment("算力服务", "Compute services", "算力服务")
            .withSegment("智算云", "AI cloud", "智算云")
            .withSegment("通用云", "General cloud", "通用云")
            .withSegment("行业云", "Industry cloud", "行业云");

    private Datasets() {
    }

    /**
     * Returns the names people read for the bundled datasets' entities and segments:
     * {@code paratera} as 并行科技 / Paratera, {@code china} as 中国 / China, 智算云 as AI cloud in
     * English.
     *
     * <pre>{@code
     * Datasets.names().entity("paratera", Language.ZH);   // "并行科技"
     * }</pre>
     *
     * @return the names, not null
     */
    public static DisplayNames names() {
        return NAMES;
    }

    /** @return the bundled datasets, in a stable order, not null */
    public static List<DatasetInfo> list() {
        return LIST;
    }

    /**
     * Returns the standard catalog plus the metrics the bundled datasets declare, with their English
     * and Chinese names.
     *
     * @return the catalog, not null
     */
    public static MetricCatalog catalog() {
        return CATALOG;
    }

    /**
     * Loads a bundled dataset.
     *
     * @param name a name from {@link #list()}, not null
     * @return the facts, not null
     * @throws IllegalArgumentException naming the known datasets if the name is unknown
     */
    public static FactSet load(String name) {
        Objects.requireNonNull(name, "name");
        DatasetInfo info = LIST.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown dataset '" + name + "'; bundled datasets: "
                        + String.join(", ", LIST.stream().map(DatasetInfo::name).toList())));
        // Class.getResourceAsStream, not ClassLoader's: on the module path a class loader finds a
        // resource in a named module only if its package is open, while a class always finds its own
        // module's resources.
        try (InputStream in = Datasets.class.getResourceAsStream("/" + info.resource())) {
            if (in == null) {
                throw KpiDataException.of("the bundled resource " + info.resource() + " is missing from kpi4j-datasets");
            }
            String file = info.resource().substring(info.resource().lastIndexOf('/') + 1);
            return FactsCsv.read(in, file, CATALOG, FiscalCalendar.calendarYear());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
