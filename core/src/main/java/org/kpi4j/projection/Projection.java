package org.kpi4j.projection;

import org.kpi4j.format.KpiTable;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.Cell;
import org.kpi4j.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import org.kpi4j.unit.Percentage;

/**
 * A value projected from a base year at a constant rate, one row a year:
 * {@code value(y) = value · (1 + rate)^(y − fromYear)} for {@code fromYear ≤ y ≤ toYear}.
 *
 * <p>Each row is computed from the base with one power, not by repeated multiplication, so the last
 * row equals {@link Cagr#valueAt Cagr.valueAt(value, rate, toYear − fromYear)} exactly. Years whose
 * value would be beyond the range of a double have no number: {@link #rows()} stops before the
 * first of them and {@link #note()} says from which year.
 *
 * <pre>{@code
 * Projection p = Projection.of(1037.3, 2025, 2028, Percentage.parse("46.2%"));
 * p.valueAt(2028);   // 3241.50... = 1037.3 · 1.462^3
 * p.rows();          // (2025, 1037.30), (2026, 1516.53), (2027, 2217.17), (2028, 3241.50)
 * String table = p.toString();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Projection {

    /**
     * One projected year.
     *
     * @param year the fiscal year
     * @param value the value in that year, finite
     */
    public record Row(int year, double value) {

        /**
         * Validates the row.
         *
         * @param year see the record description
         * @param value see the record description
         * @throws IllegalArgumentException if the value is not finite
         */
        public Row {
            Checks.finite(value, "value");
        }
    }

    private final double value;
    private final int fromYear;
    private final int toYear;
    private final double rate;
    private final List<Row> rows;

    private Projection(double value, int fromYear, int toYear, double rate, List<Row> rows) {
        this.value = value;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.rate = rate;
        this.rows = rows;
    }

    /**
     * Projects a value at a printed rate: {@code Projection.of(1037.3, 2025, 2028, Percentage.parse("46.2%"))}.
     *
     * @param value the value in {@code fromYear}, finite and not negative
     * @param fromYear the base year
     * @param toYear the last year, not before {@code fromYear}
     * @param rate the yearly rate, above −100%, not null
     * @return the projection, not null
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Projection of(double value, int fromYear, int toYear, Percentage rate) {
        return of(value, fromYear, toYear, java.util.Objects.requireNonNull(rate, "rate").fraction());
    }

    /**
     * Projects {@code value} from {@code fromYear} to {@code toYear} at {@code rate} a year.
     *
     * @param value the value in {@code fromYear}, finite and ≥ 0
     * @param fromYear the base year
     * @param toYear the last year, after {@code fromYear}
     * @param rate the rate a year as a fraction, finite and > −1
     * @return the projection with one row for each year from {@code fromYear} to {@code toYear} whose
     *     value a double holds, not null
     * @throws IllegalArgumentException if an argument is outside its range, or the projection would
     *     have more than {@value #MAX_YEARS} years
     */
    public static Projection of(double value, int fromYear, int toYear, double rate) {
        Checks.nonNegative(value, "value");
        Checks.rate(rate, "rate");
        if (toYear <= fromYear) {
            throw new IllegalArgumentException("toYear must be after fromYear " + fromYear + " but was " + toYear);
        }
        if ((long) toYear - fromYear > MAX_YEARS) {
            throw new IllegalArgumentException("a projection covers at most " + MAX_YEARS + " years but " + fromYear
                    + ".." + toYear + " is " + ((long) toYear - fromYear));
        }
        List<Row> rows = new ArrayList<>(toYear - fromYear + 1);
        for (int y = fromYear; y <= toYear; y++) {
            double v = value * Math.pow(1 + rate, y - fromYear); // Cagr.valueAt's formula, without its exception
            if (!Double.isFinite(v)) {
                break;
            }
            rows.add(new Row(y, v));
        }
        return new Projection(value, fromYear, toYear, rate, List.copyOf(rows));
    }

    /** The longest projection, in years: 10,000 rows, from any year to any other kpi4j represents. */
    public static final int MAX_YEARS = 10_000;

    /** @return the value in the base year */
    public double value() {
        return value;
    }

    /** @return the base year */
    public int fromYear() {
        return fromYear;
    }

    /** @return the last year asked for (its value may be beyond a double: see {@link #note()}) */
    public int toYear() {
        return toYear;
    }

    /**
     * Says which years have no number.
     *
     * @return empty when every year from {@link #fromYear()} to {@link #toYear()} has a value, else
     *     {@code "from 2957 on the projected value is beyond the range of a double, so it has no number"}
     */
    public String note() {
        int last = fromYear + rows.size() - 1;
        return last == toYear ? "" : "from " + (last + 1) + " on the projected value is beyond the range of a double, "
                + "so it has no number";
    }

    /** @return the rate a year as a fraction */
    public double rate() {
        return rate;
    }

    /** @return the rows, one a year from {@link #fromYear()} to {@link #toYear()}, unmodifiable, not null */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Returns the projected value in a year.
     *
     * @param year a year from {@link #fromYear()} to {@link #toYear()}
     * @return the value in that year
     * @throws IllegalArgumentException if the year is outside the projection
     * @throws ArithmeticException if the year's value is beyond the range of a double ({@link #note()})
     */
    public double valueAt(int year) {
        if (year < fromYear || year > toYear()) {
            throw new IllegalArgumentException("year must be from " + fromYear + " to " + toYear() + " but was " + year);
        }
        if (year - fromYear >= rows.size()) {
            throw new ArithmeticException("no number for " + year + ": " + note());
        }
        return rows.get(year - fromYear).value();
    }

    /**
     * Returns the value in the last year.
     *
     * @return the value in {@link #toYear()}
     * @throws ArithmeticException if that value is beyond the range of a double ({@link #note()})
     */
    public double endValue() {
        return valueAt(toYear);
    }

    /**
     * Returns the projection as a table of year, value and cumulative growth since the base year,
     * titled with the base and the rate; a year beyond the range of a double shows no number, and a
     * footnote says from when.
     *
     * @param format the language of numbers, not null
     * @return the table, not null
     */
    public KpiTable toTable(KpiFormat format) {
        KpiTable.Builder t = KpiTable.builder("year", "value", "vs " + fromYear).title(format.pick("projection of ",
                "预测：") + format.number(value, 2) + format.pick(" from " + fromYear + " at ", "（" + fromYear + "年起，年增长 ")
                + format.change(rate, 2) + format.pick(" a year", "）"));
        for (Row r : rows) {
            t.row(Cell.text(r.year()), Cell.number(r.value(), 2, format),
                    value == 0 ? Cell.missing() : Cell.change(r.value() / value - 1, 2, format));
        }
        for (int y = fromYear + rows.size(); y <= toYear && y < fromYear + rows.size() + 3; y++) {
            t.row(Cell.text(y), Cell.missing(), Cell.missing());
        }
        if (!note().isEmpty()) {
            t.footnote("note: " + note());
        }
        return t.build();
    }

    /** Returns {@link #toTable(KpiFormat)} in English as aligned text. */
    @Override
    public String toString() {
        return toTable(KpiFormat.en()).toString();
    }
}
