package org.kpi4j.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Percentage;
import org.kpi4j.unit.Unit;

/**
 * Fuzzes the text parsers of the value types. The invariant: either an IllegalArgumentException
 * with a one-line message, or a value whose {@code toString()} parses back to an equal value and
 * whose numbers are finite.
 */
class ParseFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void period(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Period p;
        try {
            p = Period.parse(text);
        } catch (IllegalArgumentException e) {
            Invariants.oneLine(e);
            return;
        }
        assertThat(Period.parse(p.toString())).isEqualTo(p);
    }

    @FuzzTest(maxDuration = "10m")
    void unit(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Unit u;
        try {
            u = Unit.parse(text);
        } catch (IllegalArgumentException e) {
            Invariants.oneLine(e);
            return;
        }
        assertThat(Unit.parse(u.symbol())).isEqualTo(u);
    }

    @FuzzTest(maxDuration = "10m")
    void percentage(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Percentage p;
        try {
            p = Percentage.parse(text);
        } catch (IllegalArgumentException e) {
            Invariants.oneLine(e);
            return;
        }
        assertThat(Percentage.parse(p.toString())).isEqualTo(p);
        Invariants.finite(p.fraction(), "fraction of " + text);
        Invariants.finite(p.lower(), "lower of " + text);
        Invariants.finite(p.upper(), "upper of " + text);
    }
}
