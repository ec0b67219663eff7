package org.kpi4j.fact;

import java.util.List;
import org.kpi4j.format.Cell;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.KpiTable;
import org.kpi4j.metric.MetricKind;

/** How a {@link FactSet} prints: its {@link KpiTable}, one row per vintage. */
final class FactTables {

    private FactTables() {
    }

    /** See {@link FactSet#toTable(KpiFormat)}: the facts of a set of {@code series} series with {@code notes} notes. */
    static KpiTable facts(List<Fact> facts, int series, int notes, KpiFormat format) {
        KpiTable.Builder t = KpiTable.builder("entity", "metric", "segment", "period", "value", "unit", "as_of", "printed",
                "source").title(facts.size() + " facts, " + series + " series"
                + (notes == 0 ? "" : ", " + notes + " notes"));
        for (Fact f : facts) {
            boolean points = f.metric().kind() == MetricKind.RATIO;
            t.row(Cell.text(f.entity()), Cell.text(f.metric().id()), Cell.text(f.segment().isEmpty() ? null : f.segment()),
                    Cell.text(f.period()), f.value() == null ? Cell.missing()
                            : Cell.number(f.value().doubleValue(), f.decimals(), f.approximate() ? "~" : "", format),
                    Cell.text(format.unit(f.unit())), Cell.text(f.asOf()), f.reportedChangePct() == null ? Cell.missing()
                            : Cell.text(format.printed(f.reportedChangePct(), points)), Cell.text(f.origin()));
        }
        return t.build();
    }
}
