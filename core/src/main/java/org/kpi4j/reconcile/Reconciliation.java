package org.kpi4j.reconcile;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Percentage;
import org.kpi4j.unit.Unit;

/**
 * Checks every figure a report printed about a change (a growth %, a ratio's change in points, a
 * sign flag such as 扭亏为盈, a CAGR) against the figure recomputed from the facts.
 *
 * <p><b>Tolerance.</b> Printed figures are rounded: 48.27% stands for any value in
 * [48.265%, 48.275%), and a value printed as 61,400.33 for any value within ±0.005 of it. A check is
 * {@code OK} when the interval of percentages that the rounded value and base allow overlaps the
 * interval the printed percentage stands for; otherwise {@code MISMATCH}. Growth is recomputed under
 * the filing convention ((v − b) / |b|), as Chinese periodic reports print it.
 *
 * <p><b>Base.</b> A flow's printed change compares with the same period a year earlier and an
 * instant's with the prior fiscal year-end, unless the fact names its {@code comparisonPeriod}. The
 * base is taken from the same report ({@code as_of}) when it printed one, else from the latest
 * vintage. Without a base the check is {@code UNVERIFIABLE}, and the row gives the base the printed
 * percentage implies, value ÷ (1 + printed %).
 *
 * <pre>{@code
 * CheckReport report = Reconciliation.check(facts);
 * report.hasMismatch();   // true if a printed change disagrees with the figures
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    /**
     * Checks every printed change, flag and CAGR in a fact set.
     *
     * @param facts the facts, not null
     * @return the report, one row per printed figure, not null
     */
    public static CheckReport check(FactSet facts) {
        Objects.requireNonNull(facts, "facts");
        List<CheckRow> rows = new ArrayList<>();
        for (Fact f : facts.facts()) {
            if (f.reportedChangePct() != null && f.hasValue()) {
                rows.add(checkChange(facts, f));
            }
            if (f.reportedFlag() != GrowthFlag.NONE && f.hasValue()) {
                rows.add(checkFlag(facts, f));
            }
            if (f.reportedCagrPct() != null) {
                rows.add(checkCagr(facts, f));
            }
        }
        return new CheckReport(rows);
    }

    /**
     * Returns the interval [low, high) of values a printed decimal stands for: 48.27 gives
     * [48.265, 48.275).
     *
     * @param printed the printed number with its printed scale, not null
     * @return {low, high}
     */
    public static double[] roundingInterval(BigDecimal printed) {
        Objects.requireNonNull(printed, "printed");
        BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-Math.max(printed.scale(), 0)).divide(BigDecimal.valueOf(2));
        if (printed.scale() < 0) {
            half = BigDecimal.ONE.scaleByPowerOfTen(-printed.scale()).divide(BigDecimal.valueOf(2));
        }
        return new double[] {printed.subtract(half).doubleValue(), printed.add(half).doubleValue()};
    }

    /** The period a printed change is against, or null when it would fall outside the years kpi4j represents. */
    static Period defaultBase(Fact f, FiscalCalendar calendar) {
        return GrowthKind.DEFAULT.basePeriod(f.period(), f.comparisonPeriod(), calendar).orElse(null);
    }

    private static CheckRow checkChange(FactSet facts, Fact f) {
        boolean ratio = f.metric().kind() == MetricKind.RATIO;
        CheckKind what = ratio ? CheckKind.POINTS : CheckKind.CHANGE;
        Percentage printed = f.reportedChangePct();
        Period basePeriod = defaultBase(f, facts.calendar());
        Optional<Fact> base = basePeriod == null ? Optional.empty() : facts.inReport(f.key(), basePeriod, f.asOf());
        double p = printed.fraction();
        Double implied = null;
        if (!ratio && p > -1) {
            double v = f.value().doubleValue() / (1 + p);
            implied = Double.isFinite(v) ? v : null; // beyond a double: no implied base
        }
        if (base.isEmpty()) {
            return new CheckRow(f.entity(), f.metric().id(), f.segment(), f.period(), f.asOf(), what, printed, GrowthFlag.NONE,
                    null, null, null, basePeriod, null, ratio ? null : implied, CheckStatus.UNVERIFIABLE,
                    basePeriod == null ? GrowthKind.DEFAULT.whyNoBase(f.period()) : "no " + basePeriod + " figure in the data");
        }
        Fact b = base.get();
        Unit unit = f.unit();
        BigDecimal bv = b.unit().convert(b.value(), unit);
        double[] v = halfUnit(f.value(), unit, unit);
        double[] bb = halfUnit(b.value(), b.unit(), unit);
        double lo;
        double hi;
        double point;
        if (ratio) {
            double toPoints = unit.exponent() == -2 ? 1 : 100;
            point = (f.value().doubleValue() - bv.doubleValue()) * toPoints;
            lo = (v[0] - bb[1]) * toPoints;
            hi = (v[1] - bb[0]) * toPoints;
        } else {
            if (bb[0] <= 0 && bb[1] >= 0) {
                return new CheckRow(f.entity(), f.metric().id(), f.segment(), f.period(), f.asOf(), what, printed, GrowthFlag.NONE,
                        null, null, null, basePeriod, bv.doubleValue(), implied, CheckStatus.UNVERIFIABLE,
                        "the base rounds to zero, so no growth rate exists");
            }
            point = filing(f.value().doubleValue(), bv.doubleValue()) * 100;
            double[] c = {filing(v[0], bb[0]), filing(v[0], bb[1]), filing(v[1], bb[0]), filing(v[1], bb[1])};
            lo = Math.min(Math.min(c[0], c[1]), Math.min(c[2], c[3])) * 100;
            hi = Math.max(Math.max(c[0], c[1]), Math.max(c[2], c[3])) * 100;
        }
        if (!Double.isFinite(point) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new CheckRow(f.entity(), f.metric().id(), f.segment(), f.period(), f.asOf(), what, printed,
                    GrowthFlag.NONE, null, null, null, basePeriod, bv.doubleValue(), implied, CheckStatus.UNVERIFIABLE,
                    "the change is beyond the range of a double");
        }
        double[] r = roundingInterval(printed.percent());
        boolean overlap = lo < r[1] && hi >= r[0];
        CheckStatus status;
        String note = "";
        if (f.approximate() || b.approximate()) {
            status = CheckStatus.UNVERIFIABLE;
            note = "a figure is approximate";
        } else {
            status = overlap ? CheckStatus.OK : CheckStatus.MISMATCH;
            if (!overlap) {
                note = String.format("recomputed %.4f..%.4f cannot print as %s", lo, hi, printed.percent().toPlainString());
            }
        }
        if (b.asOf() != null && f.asOf() != null && !b.asOf().equals(f.asOf())) {
            note = (note.isEmpty() ? "" : note + "; ") + "base from the report of " + b.asOf();
        }
        return new CheckRow(f.entity(), f.metric().id(), f.segment(), f.period(), f.asOf(), what, printed,
                GrowthFlag.NONE, point, lo, hi, basePeriod, bv.doubleValue(), null, status, note);
    }

    private static CheckRow checkFlag(FactSet facts, Fact f) {
        Period basePeriod = defaultBase(f, facts.calendar());
        Optional<Fact> base = basePeriod == null ? Optional.empty() : facts.inReport(f.key(), basePeriod, f.asOf());
        if (basePeriod == null) {
            return new CheckRow(f.entity(), f.metric().id(), f.segment(), f.period(), f.asOf(), CheckKind.FLAG, null,
                    f.reportedFlag(), null, null, null, null, null, null, CheckStatus.UNVERIFIABLE,
                    GrowthKind.DEFAULT.whyNoBase(f.period()));
        }
        if (base.isEmpty()) {
            return new CheckRow(f.entity(), f.metric().id(), f.segment(), f.period(), f.asOf(), CheckKind.FLAG, null,
                    f.reportedFlag(), null, null, null, basePeriod, null, null, CheckStatus.UNVERIFIABLE,
                    "no " + basePeriod + " figure in the data; " + f.reportedFlag().chinese() + " implies a "
                            + basePeriod + " loss");
        }
        double bv = base.get().unit().convert(base.get().value(), f.unit()).doubleValue();
        GrowthFlag computed = GrowthFlag.of(f.value().doubleValue(), bv);
        CheckStatus status = computed == f.reportedFlag() ? CheckStatus.OK : CheckStatus.MISMATCH;
        return new CheckRow(f.entity(), f.metric().id(), f.segment(), f.period(), f.asOf(), CheckKind.FLAG, null,
                f.reportedFlag(), null, null, null, basePeriod, bv, null, status,
                status == CheckStatus.OK ? "" : "recomputed flag is " + computed);
    }

    private static CheckRow checkCagr(FactSet facts, Fact f) {
        Period from = f.comparisonPeriod();
        Period to = f.period();
        Percentage printed = f.reportedCagrPct();
        double years = to.isInstant() ? ChronoUnit.DAYS.between(from.date(), to.date()) / 365.25
                : from.quartersBetweenEnds(to) / 4.0;
        Optional<Fact> a = facts.inReport(f.key(), from, f.asOf());
        Optional<Fact> b = f.hasValue() ? Optional.of(f) : facts.inReport(f.key(), to, f.asOf());
        if (a.isEmpty() || b.isEmpty() || years <= 0) {
            String missing = a.isEmpty() && b.isEmpty() ? from + " and " + to : a.isEmpty() ? from.toString() : to.toString();
            return new CheckRow(f.entity(), f.metric().id(), f.segment(), to, f.asOf(), CheckKind.CAGR, printed,
                    GrowthFlag.NONE, null, null, null, from, null, null, CheckStatus.UNVERIFIABLE, "no " + missing + " figure in the data ("
                            + fmtYears(years) + "-year CAGR)");
        }
        Unit unit = f.unit();
        double[] v0 = halfUnit(a.get().value(), a.get().unit(), unit);
        double[] v1 = halfUnit(b.get().value(), b.get().unit(), unit);
        double start = a.get().unit().convert(a.get().value(), unit).doubleValue();
        double end = b.get().unit().convert(b.get().value(), unit).doubleValue();
        if (v0[0] <= 0 || v1[0] < 0) {
            return new CheckRow(f.entity(), f.metric().id(), f.segment(), to, f.asOf(), CheckKind.CAGR, printed,
                    GrowthFlag.NONE, null, null, null, from, start, null, CheckStatus.UNVERIFIABLE,
                    "a CAGR needs positive values");
        }
        double point = (Math.pow(end / start, 1 / years) - 1) * 100;
        double lo = (Math.pow(v1[0] / v0[1], 1 / years) - 1) * 100;
        double hi = (Math.pow(v1[1] / v0[0], 1 / years) - 1) * 100;
        if (!Double.isFinite(point) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new CheckRow(f.entity(), f.metric().id(), f.segment(), to, f.asOf(), CheckKind.CAGR, printed,
                    GrowthFlag.NONE, null, null, null, from, start, null, CheckStatus.UNVERIFIABLE,
                    "the CAGR is beyond the range of a double");
        }
        double[] r = roundingInterval(printed.percent());
        boolean approx = a.get().approximate() || b.get().approximate();
        CheckStatus status = approx ? CheckStatus.UNVERIFIABLE
                : lo < r[1] && hi >= r[0] ? CheckStatus.OK : CheckStatus.MISMATCH;
        return new CheckRow(f.entity(), f.metric().id(), f.segment(), to, f.asOf(), CheckKind.CAGR, printed,
                GrowthFlag.NONE, point, lo, hi, from, start, null, status, approx ? "a figure is approximate" : "");
    }

    private static String fmtYears(double y) {
        return y == Math.rint(y) ? Long.toString((long) y) : String.format("%.2f", y);
    }

    /** The filing convention's growth, NaN where it gives no number (a result beyond a double). */
    private static double filing(double v, double b) {
        return GrowthConvention.FILING.growth(v, b).orElse(Double.NaN);
    }

    /** The interval a printed value stands for, converted to {@code target}. */
    private static double[] halfUnit(BigDecimal value, Unit from, Unit target) {
        double[] r = roundingInterval(value);
        return new double[] {from.convert(r[0], target), from.convert(r[1], target)};
    }
}
