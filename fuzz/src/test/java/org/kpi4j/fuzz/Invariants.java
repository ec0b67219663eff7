package org.kpi4j.fuzz;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.FactSet;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.reconcile.CheckReport;
import org.kpi4j.reconcile.CheckRow;
import org.kpi4j.reconcile.Reconciliation;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.time.FiscalCalendar;

/**
 * The checks every fuzz test makes of what a reader or parser gives back: an error says where, on
 * one line; a result holds no NaN or infinity and as many rows as the input.
 */
final class Invariants {

    private Invariants() {
    }

    /**
     * The fiscal calendar an input is read on: one input in three on a year ending in March, so that
     * fiscal years that straddle calendar years (and the edges of 1000..9999) are fuzzed too.
     */
    static FiscalCalendar calendar(byte[] input) {
        return input.length % 3 == 0 ? FiscalCalendar.endingIn(Month.MARCH) : FiscalCalendar.calendarYear();
    }

    /** A message a person reads on one line: not empty, no line break or other control character. */
    static void oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            throw new AssertionError("empty message", e);
        }
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw new AssertionError("message spans lines or holds a control character at " + i + ": " + m, e);
            }
        }
    }

    /** A data error names the file and a line (1 or more) and reads as one line that starts with them. */
    static void placed(KpiDataException e, String source) {
        oneLine(e);
        if (!e.source().orElse("").equals(source) || e.line() < 1
                || !e.getMessage().startsWith(source + ":" + e.line() + ": ")) {
            throw new AssertionError("a data error must name " + source + " and a line: " + e.getMessage(), e);
        }
    }

    static void finite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new AssertionError(what + " is " + v);
        }
    }

    static void finite(Double v, String what) {
        if (v != null) {
            finite(v.doubleValue(), what);
        }
    }

    /**
     * Every number a fact set gives is finite or absent: its values, every growth kind (year-on-year
     * under every convention), as reported and on discrete quarters, and every check. (The records refuse a
     * non-finite number, so what this catches is any exception on the way.)
     */
    static void analyse(FactSet facts, String input) {
        boolean words = !(input.contains("NaN") || input.contains("Infinity") || input.contains("∞"));
        facts.facts().forEach(f -> {
            if (f.hasValue()) {
                finite(f.value().doubleValue(), "value of " + f);
            }
        });
        for (GrowthKind k : GrowthKind.values()) {
            // every kind under the filing convention; the others, whose formulas differ only for a
            // non-positive base, on year-on-year growth
            for (GrowthConvention c : k == GrowthKind.YOY ? GrowthConvention.values()
                    : new GrowthConvention[] {GrowthConvention.FILING}) {
                for (boolean discrete : new boolean[] {false, true}) {
                    GrowthTable t = facts.growth(k, c, discrete);
                    for (GrowthRow r : t.rows()) {
                        finite(r.value(), "value");
                        finite(r.baseValue(), "base");
                        finite(r.growth(), "growth");
                        finite(r.difference(), "difference");
                        finite(r.points(), "points");
                    }
                    String table = t.toString();
                    if (words) {
                        noNumberWords(table, "growth table");
                    }
                }
            }
        }
        CheckReport report = Reconciliation.check(facts);
        for (CheckRow r : report.rows()) {
            finite(r.computedPct(), "computed");
            finite(r.lowPct(), "low");
            finite(r.highPct(), "high");
            finite(r.baseValue(), "base");
            finite(r.impliedBase(), "implied base");
        }
        facts.keys().forEach(facts::series);
        String table = facts.toString();
        String checks = report.toString();
        if (words) {
            noNumberWords(table, "facts table");
            noNumberWords(checks, "check report");
        }
    }

    /** No cell of a printed table reads NaN or Infinity (checked when the input holds neither word). */
    static void noNumberWords(String table, String what) {
        for (String cell : table.split("\\s{2,}|\n")) {
            String t = cell.strip();
            if (t.equals("NaN") || t.matches("[+-]?Infinity%?") || t.matches("[+-]?∞")) {
                throw new AssertionError(what + " prints " + t + ":\n" + table);
            }
        }
    }

    /** The present cells of a panel, as (series, column) pairs: none infinite. */
    static List<int[]> cells(KpiPanel p) {
        List<int[]> out = new ArrayList<>();
        for (int s = 0; s < p.seriesCount(); s++) {
            double[] row = p.row(s);
            for (int c = 0; c < row.length; c++) {
                if (Double.isInfinite(row[c])) {
                    throw new AssertionError("panel " + p.key(s) + " has " + row[c] + " at " + p.quarter(c));
                }
                if (!Double.isNaN(row[c])) {
                    out.add(new int[] {s, c});
                }
            }
        }
        return out;
    }
}
