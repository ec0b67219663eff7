package org.kpi4j.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.FactSet;
import org.kpi4j.io.FactsCsv;
import org.kpi4j.metric.MetricCatalog;

/**
 * Fuzzes {@link FactsCsv}: every input gives either a {@link KpiDataException} naming the file and
 * a line, or facts, one per data row, whose every derived number (growth of every kind, checks) is
 * finite or absent.
 */
class FactsCsvFuzzTest {

    static final String SOURCE = "fuzz.csv";

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"entity,metric,segment,parent,period,basis,value,unit,as_of,reported_change_pct,comparison_period,"
            + "reported_flag,reported_cagr_pct,approximate,source,note", "revenue", "net_profit", "total_assets",
            "debt_ratio", "ytd", "quarter", "half", "year", "instant", "2024Q1", "2024H1", "2024Q1-Q3", "2024H2",
            "2023", "2024-12-31", "1000", "9999Q4", "万元", "亿元", "元", "USD bn", "%", "persons", "turnaround",
            "1e400", "1e-400", "1e308", "-1.7976931348623157e308", "1,234.5", "true"})
    void read(byte[] input) {
        FactSet facts;
        try {
            facts = FactsCsv.read(new ByteArrayInputStream(input), SOURCE, MetricCatalog.standard(),
                    Invariants.calendar(input));
        } catch (KpiDataException e) {
            Invariants.placed(e, SOURCE);
            return;
        }
        int rows = RowCount.records(input) - 1;
        if (facts.size() != rows) {
            throw new AssertionError(facts.size() + " facts from " + rows + " rows");
        }
        Invariants.analyse(facts, new String(input, StandardCharsets.UTF_8));
        roundTrip(facts);
    }

    /** What the writer writes, the reader reads back to the same facts: writing them again gives the same text. */
    private static void roundTrip(FactSet facts) {
        String once = write(facts);
        FactSet back;
        try {
            back = FactsCsv.read(new ByteArrayInputStream(once.getBytes(StandardCharsets.UTF_8)), "written.csv",
                    MetricCatalog.standard(), facts.calendar());
        } catch (KpiDataException e) {
            throw new AssertionError("the writer's own output is refused: " + e.getMessage() + "\n" + once, e);
        }
        String twice = write(back);
        if (!twice.equals(once)) {
            throw new AssertionError("a round trip changes the facts:\n" + once + "\n---\n" + twice);
        }
    }

    private static String write(FactSet facts) {
        java.io.StringWriter w = new java.io.StringWriter();
        FactsCsv.write(facts, w);
        return w.toString();
    }
}
