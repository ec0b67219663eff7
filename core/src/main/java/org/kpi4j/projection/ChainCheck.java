package org.kpi4j.projection;

import org.kpi4j.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kpi4j.internal.TextTable;
import org.kpi4j.unit.Percentage;

/**
 * The figures a reported value, its reported year-on-year growth and a reported CAGR imply, and
 * whether the growth and the CAGR agree: a market report says a quantity is {@code value} in
 * {@code year}, up {@code yoy} on the year before, and grows at {@code cagr} a year from
 * {@code cagrFromYear} to {@code cagrToYear}.
 *
 * <p>On the CAGR path (a constant rate through {@code value} in {@code year}) the value in year
 * {@code y} is {@code value · (1 + cagr)^(y − year)}: {@link #impliedStart()} and
 * {@link #impliedEnd()} are its ends, and its growth from {@code year − 1} to {@code year} is the
 * CAGR itself. The reported growth implies a prior-year value {@code value / (1 + yoy)}
 * ({@link #priorFromYoy()}); the path implies {@code value / (1 + cagr)} ({@link #priorFromCagr()}).
 * {@link #gap()} is {@code yoy − cagr}. Both rates were printed rounded, so each stands for an
 * interval ({@link Percentage}); the check is {@link #consistent()} when the two intervals come
 * within {@code tolerance} of each other, i.e. when some pair of true rates that print as reported
 * differs by at most {@code tolerance}. A CAGR need not equal every year's growth, so
 * "inconsistent" means "the reported year is off the constant-rate path by more than the tolerance",
 * which is a prompt to read the report again, not proof of an error.
 *
 * <pre>{@code
 * // China's intelligent computing power: 1037.3 EFLOPS in 2025, +43% year on year, CAGR 2023–2028 46.2%
 * ChainCheck c = ChainCheck.of(1037.3, 2025, "43%", "46.2%", 2023, 2028, 0.01);
 * c.impliedStart();    // 485.30  = 1037.3 / 1.462^2   (2023)
 * c.impliedEnd();      // 3241.50 = 1037.3 · 1.462^3   (2028)
 * c.priorFromYoy();    // 725.38  = 1037.3 / 1.43      (2024 by the reported growth)
 * c.priorFromCagr();   // 709.51  = 1037.3 / 1.462     (2024 on the CAGR path)
 * c.gap();             // -0.032: the reported year grew 3.2 points slower than the path
 * c.consistent();      // false: "43%" is [42.5%, 43.5%), so the gap is at least 46.15 − 43.5 = 2.65 points > 1
 * String table = c.toString();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the reported value in {@code year}, finite and ≥ 0
 * @param year the year of the value, with {@code cagrFromYear < year ≤ cagrToYear}
 * @param yoy the reported growth from {@code year − 1} to {@code year}, value > −1, not null
 * @param cagr the reported CAGR, value > −1, not null
 * @param cagrFromYear the first year of the CAGR span
 * @param cagrToYear the last year of the CAGR span, after {@code cagrFromYear}
 * @param tolerance the largest acceptable difference between the two rates, as a fraction
 *     ({@code 0.01} = one percentage point), finite and ≥ 0
 */
public record ChainCheck(double value, int year, Percentage yoy, Percentage cagr, int cagrFromYear, int cagrToYear,
        double tolerance) {

    /** Slack for floating-point noise when the gap equals the tolerance. */
    static final double EPS = 1e-12;

    /**
     * Validates the inputs.
     *
     * @param value see the record description
     * @param year see the record description
     * @param yoy see the record description
     * @param cagr see the record description
     * @param cagrFromYear see the record description
     * @param cagrToYear see the record description
     * @param tolerance see the record description
     * @throws IllegalArgumentException if an argument is outside its range
     */
    public ChainCheck {
        Checks.nonNegative(value, "value");
        Objects.requireNonNull(yoy, "yoy");
        Objects.requireNonNull(cagr, "cagr");
        Checks.rate(yoy.fraction(), "yoy");
        Checks.rate(cagr.fraction(), "cagr");
        if (cagrToYear <= cagrFromYear) {
            throw new IllegalArgumentException("cagrToYear must be after cagrFromYear " + cagrFromYear + " but was "
                    + cagrToYear);
        }
        if (year <= cagrFromYear || year > cagrToYear) {
            throw new IllegalArgumentException("year must be after cagrFromYear " + cagrFromYear
                    + " and at most cagrToYear " + cagrToYear + ", so that the year-on-year step lies on the CAGR path, but was "
                    + year);
        }
        Checks.nonNegative(tolerance, "tolerance");
    }

    /**
     * Checks a reported value, year-on-year growth and CAGR.
     *
     * @param value the reported value in {@code year}, finite and ≥ 0
     * @param year the year of the value, with {@code cagrFromYear < year ≤ cagrToYear}
     * @param yoy the reported growth as printed, {@code "43%"} or {@code "0.43"}, not null
     * @param cagr the reported CAGR as printed, {@code "46.2%"} or {@code "0.462"}, not null
     * @param cagrFromYear the first year of the CAGR span
     * @param cagrToYear the last year of the CAGR span, after {@code cagrFromYear}
     * @param tolerance the largest acceptable difference between the rates as a fraction, ≥ 0
     * @return the check, not null
     * @throws IllegalArgumentException if a rate cannot be parsed or an argument is outside its range
     */
    public static ChainCheck of(double value, int year, String yoy, String cagr, int cagrFromYear, int cagrToYear,
            double tolerance) {
        return new ChainCheck(value, year, Percentage.parse(yoy), Percentage.parse(cagr), cagrFromYear, cagrToYear,
                tolerance);
    }

    /**
     * Checks a reported value, year-on-year growth and CAGR given as rounded rates.
     *
     * @param value the reported value in {@code year}, finite and ≥ 0
     * @param year the year of the value, with {@code cagrFromYear < year ≤ cagrToYear}
     * @param yoy the reported growth, not null
     * @param cagr the reported CAGR, not null
     * @param cagrFromYear the first year of the CAGR span
     * @param cagrToYear the last year of the CAGR span, after {@code cagrFromYear}
     * @param tolerance the largest acceptable difference between the rates as a fraction, ≥ 0
     * @return the check, not null
     * @throws IllegalArgumentException if an argument is outside its range
     */
    public static ChainCheck of(double value, int year, Percentage yoy, Percentage cagr, int cagrFromYear,
            int cagrToYear, double tolerance) {
        return new ChainCheck(value, year, yoy, cagr, cagrFromYear, cagrToYear, tolerance);
    }

    /**
     * Returns the value on the CAGR path in a year: {@code value · (1 + cagr)^(y − year)}.
     *
     * @param y a year from {@code cagrFromYear} to {@code cagrToYear}
     * @return the value on the path
     * @throws IllegalArgumentException if the year is outside the CAGR span
     * @throws ArithmeticException if the value overflows a double
     */
    public double pathValue(int y) {
        if (y < cagrFromYear || y > cagrToYear) {
            throw new IllegalArgumentException("y must be from " + cagrFromYear + " to " + cagrToYear + " but was " + y);
        }
        return y >= year ? Cagr.valueAt(value, cagr.fraction(), y - year) : Cagr.impliedBase(value, cagr.fraction(), year - y);
    }

    /** @return the CAGR path, one row a year from {@code cagrFromYear} to {@code cagrToYear}, unmodifiable */
    public List<Projection.Row> path() {
        List<Projection.Row> rows = new ArrayList<>();
        for (int y = cagrFromYear; y <= cagrToYear; y++) {
            rows.add(new Projection.Row(y, pathValue(y)));
        }
        return List.copyOf(rows);
    }

    /** @return the value in {@code cagrFromYear} the reported value implies at the CAGR */
    public double impliedStart() {
        return pathValue(cagrFromYear);
    }

    /** @return the value in {@code cagrToYear} the reported value implies at the CAGR */
    public double impliedEnd() {
        return pathValue(cagrToYear);
    }

    /** @return the year before {@code year}, the base of the year-on-year growth */
    public int priorYear() {
        return year - 1;
    }

    /** @return the prior-year value the reported growth implies: {@code value / (1 + yoy)} */
    public double priorFromYoy() {
        return Cagr.impliedBase(value, yoy.fraction(), 1);
    }

    /** @return the prior-year value on the CAGR path: {@code value / (1 + cagr)} */
    public double priorFromCagr() {
        return pathValue(year - 1);
    }

    /** @return the growth from {@code year − 1} to {@code year} on the CAGR path: the CAGR as printed */
    public double pathGrowth() {
        return cagr.fraction();
    }

    /** @return reported growth minus path growth as printed, {@code yoy − cagr}, a fraction (−0.032 = −3.2 points) */
    public double gap() {
        return yoy.fraction() - cagr.fraction();
    }

    /** @return the smallest {@code yoy − cagr} the printed intervals allow: {@code yoy.lower − cagr.upper} */
    public double gapLower() {
        return yoy.lower() - cagr.upper();
    }

    /** @return the largest {@code yoy − cagr} the printed intervals allow: {@code yoy.upper − cagr.lower} */
    public double gapUpper() {
        return yoy.upper() - cagr.lower();
    }

    /** @return the smallest absolute difference of true rates that print as reported, 0 if the intervals overlap */
    public double printedDistance() {
        return yoy.distanceTo(cagr);
    }

    /**
     * Tells whether the reported growth agrees with the CAGR path: {@link #printedDistance()} is at
     * most {@code tolerance} (plus 1e-12 for floating-point noise).
     *
     * @return true if consistent at the tolerance
     */
    public boolean consistent() {
        return printedDistance() <= tolerance + EPS;
    }

    /** Returns the path and the reported reading year by year, then the growth comparison and the verdict. */
    @Override
    public String toString() {
        TextTable t = TextTable.of("year", "CAGR path " + cagr, "by yoy " + yoy);
        for (int y = cagrFromYear; y <= cagrToYear; y++) {
            String byYoy = y == year ? Checks.num(value) : y == year - 1 ? Checks.num(priorFromYoy()) : null;
            t.row(y, Checks.num(pathValue(y)), byYoy);
        }
        return Checks.num(value) + " in " + year + ", yoy " + yoy + " (vs " + (year - 1) + "), CAGR " + cagrFromYear
                + "–" + cagrToYear + " " + cagr + "\n" + t
                + "growth " + (year - 1) + "→" + year + ": reported " + Checks.pct(yoy.fraction()) + " (" + yoy.describe()
                + "), on CAGR path " + Checks.pct(cagr.fraction()) + " (" + cagr.describe() + ")\n"
                + "gap reported − path: " + Checks.pp(gap()) + " (printing allows " + Checks.pp(gapLower()) + " to "
                + Checks.pp(gapUpper()) + ")\n"
                + (consistent() ? "consistent" : "inconsistent") + ": smallest gap " + Checks.pp(printedDistance()).replace("+", "")
                + (consistent() ? " <= " : " > ") + "tolerance " + Checks.pp(tolerance).replace("+", "") + "\n";
    }
}
