package org.kpi4j.projection;

import org.kpi4j.internal.Checks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Compound annual growth rate (CAGR): the constant yearly rate {@code r} that takes {@code from} to
 * {@code to} in {@code years} years, {@code r = (to / from)^(1 / years) − 1}, and its inverses.
 *
 * <p>{@link #rate} matches Excel's {@code RRI(n, pv, fv) = (fv / pv)^(1 / n) − 1}; {@code years} may
 * be fractional (from two dates see {@link #yearsBetween}, ACT/365.25). The CAGR of a non-positive
 * base is not meaningful (the ratio {@code to / from} has no positive root), so {@code from} must be
 * positive; {@code to} may be 0 (a rate of −100%).
 *
 * <p>Precision: a rate is a fraction {@code r}, and {@code 1 + r} is exact only to half an ulp of 1
 * (about 1.1e-16), so compounding over {@code n} years carries a relative error of about
 * {@code n · 1.1e-16 / (1 + r)}. That is negligible for ordinary rates and grows only for rates near
 * −100% (a value falling a millionfold in a year).
 *
 * <pre>{@code
 * double r = Cagr.rate(485.3, 3241.5, 5);           // 0.4619... (46.2% a year, 2023 → 2028)
 * Cagr.valueAt(1037.3, 0.462, 3);                   // 3241.50... (2025 → 2028)
 * Cagr.impliedBase(1037.3, 0.462, 2);               // 485.30...  (2025 → back to 2023)
 * Cagr.yearsBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1));   // 4.0
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cagr {

    /** Days in a year on the ACT/365.25 basis. */
    public static final double DAYS_PER_YEAR = 365.25;

    private Cagr() {
    }

    /**
     * Returns the compound annual growth rate from {@code from} to {@code to} over {@code years}
     * years: {@code (to / from)^(1 / years) − 1}, as Excel's {@code RRI(years, from, to)}.
     *
     * @param from the starting value, finite and > 0
     * @param to the ending value, finite and ≥ 0 (0 gives −1)
     * @param years the years between them, finite and > 0, may be fractional
     * @return the rate a year as a fraction, ≥ −1
     * @throws IllegalArgumentException if an argument is outside its range
     * @throws ArithmeticException if the rate overflows a double
     */
    public static double rate(double from, double to, double years) {
        Checks.positive(from, "from");
        Checks.nonNegative(to, "to");
        Checks.positive(years, "years");
        double r = Math.pow(to / from, 1 / years) - 1;
        return Checks.result(r, () -> "the CAGR from " + from + " to " + to + " over " + years + " years");
    }

    /**
     * Returns the compound annual growth rate between two dated values, with the years between the
     * dates counted by {@link #yearsBetween}.
     *
     * @param from the starting value, finite and > 0
     * @param to the ending value, finite and ≥ 0
     * @param fromDate the date of {@code from}, not null
     * @param toDate the date of {@code to}, after {@code fromDate}, not null
     * @return the rate a year as a fraction, ≥ −1
     * @throws IllegalArgumentException if a value is outside its range or the dates are not in order
     * @throws ArithmeticException if the rate overflows a double
     */
    public static double rate(double from, double to, LocalDate fromDate, LocalDate toDate) {
        return rate(from, to, yearsBetween(fromDate, toDate));
    }

    /**
     * Returns the years between two dates on the ACT/365.25 basis: the actual number of days from
     * {@code from} to {@code to} (that is {@code to − from}: {@code from} counted, {@code to} not),
     * divided by 365.25. A span of four calendar years is 1,461 days, exactly 4.0; one calendar year
     * is 365 or 366 days, 0.999 or 1.002. (Excel users typically pass {@code (to − from) / 365.25}
     * or {@code YEARFRAC} as {@code RRI}'s {@code n}; the rate then matches {@code RRI}.)
     *
     * @param from the first date, not null
     * @param to the second date, after {@code from}, not null
     * @return the years, > 0
     * @throws IllegalArgumentException if {@code to} is not after {@code from}
     */
    public static double yearsBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        long days = ChronoUnit.DAYS.between(from, to);
        if (days <= 0) {
            throw new IllegalArgumentException("to must be after from but to was " + to + " and from was " + from);
        }
        return days / DAYS_PER_YEAR;
    }

    /**
     * Returns the value {@code from} grows to at {@code rate} a year after {@code years} years:
     * {@code from · (1 + rate)^years}. Zero years give {@code from}.
     *
     * @param from the starting value, finite and ≥ 0
     * @param rate the rate a year as a fraction, finite and > −1
     * @param years the years, finite and ≥ 0, may be fractional
     * @return the value, ≥ 0
     * @throws IllegalArgumentException if an argument is outside its range
     * @throws ArithmeticException if the value overflows a double
     */
    public static double valueAt(double from, double rate, double years) {
        Checks.nonNegative(from, "from");
        Checks.rate(rate, "rate");
        Checks.nonNegative(years, "years");
        return Checks.result(from * Math.pow(1 + rate, years), () -> "the value of " + from + " after " + years + " years at " + rate);
    }

    /**
     * Returns the base that grows to {@code value} at {@code growthRate} a year over {@code years}
     * years: {@code value / (1 + growthRate)^years}. With {@code years = 1} it is the prior-year value a
     * reported year-on-year growth implies ({@code 1037.3 / 1.43 = 725.38}).
     *
     * @param value the later value, finite and ≥ 0
     * @param growthRate the rate a year as a fraction, finite and > −1
     * @param years the years, finite and ≥ 0, may be fractional
     * @return the base, ≥ 0
     * @throws IllegalArgumentException if an argument is outside its range
     * @throws ArithmeticException if the base overflows a double
     */
    public static double impliedBase(double value, double growthRate, double years) {
        Checks.nonNegative(value, "value");
        Checks.rate(growthRate, "growthRate");
        Checks.nonNegative(years, "years");
        return Checks.result(value / Math.pow(1 + growthRate, years), () -> "the base of " + value + " over " + years + " years at " + growthRate);
    }
}
