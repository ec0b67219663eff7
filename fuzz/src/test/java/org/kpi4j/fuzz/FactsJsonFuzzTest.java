package org.kpi4j.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.FactSet;
import org.kpi4j.io.FactsJson;
import org.kpi4j.metric.MetricCatalog;

/**
 * Fuzzes {@link FactsJson}: every input gives either a {@link KpiDataException} naming the file and
 * a line, or facts, one per object of the array (counted by a plain Jackson tree), whose every
 * derived number is finite or absent.
 */
class FactsJsonFuzzTest {

    static final String SOURCE = "fuzz.json";

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"[{", "}]", "},{", "\"entity\":\"a\"", "\"metric\":", "\"period\":", "\"value\":",
            "\"unit\":", "\"basis\":", "\"as_of\":", "\"reported_change_pct\":", "\"comparison_period\":",
            "\"reported_cagr_pct\":", "\"approximate\":", "\"revenue\"", "\"total_assets\"", "\"debt_ratio\"",
            "\"2024Q1\"", "\"2024H1\"", "\"2024\"", "\"2024-12-31\"", "\"万元\"", "\"%\"", "\"ytd\"", "\"quarter\"",
            "1e400", "1e-400", "1e2147483648", "-0.0", "null", "true"})
    void read(byte[] input) throws IOException {
        FactSet facts;
        try {
            // decoded strictly, as FactsJson.read(Path) does: bytes that are not UTF-8 are an error, not U+FFFD
            facts = FactsJson.read(new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8.newDecoder()),
                    SOURCE, MetricCatalog.standard(), Invariants.calendar(input));
        } catch (KpiDataException e) {
            Invariants.placed(e, SOURCE);
            return;
        }
        int objects = new ObjectMapper().readTree(input).size();
        if (facts.size() != objects) {
            throw new AssertionError(facts.size() + " facts from " + objects + " objects");
        }
        Invariants.analyse(facts, new String(input, StandardCharsets.UTF_8));
        roundTrip(facts);
    }

    /** What the writer writes, the reader reads back to the same facts: writing them again gives the same text. */
    private static void roundTrip(FactSet facts) {
        String once = write(facts);
        FactSet back;
        try {
            back = FactsJson.read(new java.io.StringReader(once), "written.json", MetricCatalog.standard(),
                    facts.calendar());
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
        FactsJson.write(facts, w);
        return w.toString();
    }
}
