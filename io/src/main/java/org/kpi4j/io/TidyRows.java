package org.kpi4j.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.reconcile.CheckReport;
import org.kpi4j.reconcile.CheckRow;
import org.kpi4j.time.Period;

/**
 * Growth tables and check reports as flat rows with snake_case columns, for CSV and JSON: the one
 * definition of those columns, whatever writes them. Numbers are exact decimals without float
 * noise ({@link KpiFormat#decimal}): a value and its base with the decimals the value was given
 * with, a difference with the same, a growth fraction to 12 significant digits; a number that is
 * not meaningful is null, never NaN.
 *
 * <pre>{@code
 * List<Map<String, Object>> rows = TidyRows.growth(facts.growth(GrowthKind.YOY, GrowthConvention.FILING));
 * rows.get(0).keySet();   // entity, metric, segment, period, value, unit, base_period, ...
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TidyRows {

    /** The columns of {@link #growth(GrowthTable)}. */
    public static final List<String> GROWTH_COLUMNS = List.of("entity", "metric", "segment", "period", "value", "unit",
            "base_period", "base_value", "growth", "difference", "points", "flag", "reported_pct", "derived", "note");

    /** The columns of {@link #checks(CheckReport)}. */
    public static final List<String> CHECK_COLUMNS = List.of("entity", "metric", "segment", "period", "as_of",
            "check", "reported_pct", "computed_pct", "base_period", "base_value", "implied_base", "status", "note");

    private TidyRows() {
    }

    /**
     * Returns one row per growth figure: {@code growth} is a fraction (null when not meaningful or
     * for a ratio), {@code difference} value − base in the unit, {@code points} a ratio's change in
     * percentage points, {@code reported_pct} what the source printed (in points for a ratio).
     *
     * @param table the growth table, not null
     * @return the rows, in the table's order, not null
     */
    public static List<Map<String, Object>> growth(GrowthTable table) {
        Objects.requireNonNull(table, "table");
        List<Map<String, Object>> rows = new ArrayList<>(table.size());
        for (GrowthRow r : table.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entity", r.entity());
            m.put("metric", r.metric());
            m.put("segment", r.segment());
            m.put("period", r.period().toString());
            m.put("value", decimal(r.value(), r.decimals()));
            m.put("unit", r.unit().symbol());
            m.put("base_period", text(r.basePeriod()));
            m.put("base_value", r.baseValue() == null ? null : decimal(r.baseValue(), r.decimals()));
            m.put("growth", r.growth() == null ? null : new BigDecimal(KpiFormat.decimal(r.growth())));
            m.put("difference", r.difference() == null ? null : decimal(r.difference(), r.decimals()));
            m.put("points", r.points() == null ? null : new BigDecimal(KpiFormat.decimal(r.points())));
            m.put("flag", r.flag() == GrowthFlag.NONE ? null : r.flag().code());
            m.put("reported_pct", r.reportedPct() == null ? null : r.reportedPct().percent());
            m.put("derived", r.derived());
            m.put("note", r.note());
            rows.add(m);
        }
        return rows;
    }

    /**
     * Returns one row per check: {@code check} is change, points, flag or cagr; {@code reported_pct}
     * the printed percentage (or the flag's code); {@code computed_pct} the recomputed one.
     *
     * @param report the report, not null
     * @return the rows, in the report's order, not null
     */
    public static List<Map<String, Object>> checks(CheckReport report) {
        Objects.requireNonNull(report, "report");
        List<Map<String, Object>> rows = new ArrayList<>(report.rows().size());
        for (CheckRow r : report.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entity", r.entity());
            m.put("metric", r.metric());
            m.put("segment", r.segment());
            m.put("period", r.period().toString());
            m.put("as_of", r.asOf() == null ? null : r.asOf().toString());
            m.put("check", r.kind().toString());
            m.put("reported_pct", r.printed() == null ? r.printedFlag().code() : r.printed().percent());
            m.put("computed_pct", r.computedPct() == null ? null : new BigDecimal(KpiFormat.decimal(r.computedPct())));
            m.put("base_period", text(r.basePeriod()));
            m.put("base_value", r.baseValue() == null ? null : new BigDecimal(KpiFormat.decimal(r.baseValue())));
            m.put("implied_base", r.impliedBase() == null ? null : new BigDecimal(KpiFormat.decimal(r.impliedBase())));
            m.put("status", r.status().toString());
            m.put("note", r.note());
            rows.add(m);
        }
        return rows;
    }

    private static BigDecimal decimal(double v, int decimals) {
        return new BigDecimal(KpiFormat.decimal(v, decimals));
    }

    private static String text(Period p) {
        return p == null ? null : p.toString();
    }
}
