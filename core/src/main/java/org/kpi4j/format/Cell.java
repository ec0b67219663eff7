package org.kpi4j.format;

import java.util.Objects;

/**
 * One cell of a {@link KpiTable}: the text a person reads and, for a number, the number itself with
 * what it is, so that a spreadsheet writer keeps numbers as numbers (with their format) and every
 * writer aligns them.
 *
 * <pre>{@code
 * KpiFormat f = KpiFormat.en();
 * Cell.number(61400.33, 2, f).text();   // "61,400.33"
 * Cell.change(0.4827, 2, f).value();    // 0.4827
 * Cell.points(2.0, 2, f).text();        // "+2.00 pp"
 * Cell.missing().text();                // "—"
 * }</pre>
 *
 * @param text the text shown, not null
 * @param kind what the cell holds, not null
 * @param value the number (a fraction for PERCENT and CHANGE, points for POINTS), NaN for TEXT and MISSING
 * @param decimals the decimals shown, 0 or more
 */
public record Cell(String text, Kind kind, double value, int decimals) {

    /** What a cell holds. */
    public enum Kind {
        /** Text: a name, a period, a note. */
        TEXT,
        /** A number in the column's or row's unit. */
        NUMBER,
        /** A level as a fraction shown in percent (a margin). */
        PERCENT,
        /** A change as a fraction shown as a signed percent (growth). */
        CHANGE,
        /** A change of a ratio in percentage points. */
        POINTS,
        /** No value. */
        MISSING;

        /** @return true for the kinds that hold a number */
        public boolean isNumeric() {
            return this != TEXT && this != MISSING;
        }

        /**
         * Parses a kind's name in any case.
         *
         * @param text the name, not null
         * @return the kind, not null
         * @throws IllegalArgumentException naming the text if unknown
         */
        public static Kind parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown cell kind '" + text
                        + "'; expected text, number, percent, change, points or missing", e);
            }
        }

        /** @return the name in lower case, which {@link #parse(String)} reads back */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Validates the cell.
     *
     * @param text the text shown, not null
     * @param kind what the cell holds, not null
     * @param value the number, finite for numeric kinds
     * @param decimals the decimals shown, 0 or more
     */
    public Cell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (kind.isNumeric() && !Double.isFinite(value)) {
            throw new IllegalArgumentException("a " + kind + " cell needs a finite value but got " + value);
        }
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must be >= 0 but was " + decimals);
        }
    }

    /**
     * A text cell; null gives a missing cell.
     *
     * @param text the text, may be null
     * @return the cell, not null
     */
    public static Cell text(Object text) {
        return text == null ? missing() : new Cell(text.toString(), Kind.TEXT, Double.NaN, 0);
    }

    /** @return a cell with no value, shown as an em dash */
    public static Cell missing() {
        return new Cell(KpiFormat.MISSING, Kind.MISSING, Double.NaN, 0);
    }

    /**
     * A number, grouped, with fixed decimals; a non-finite value gives a missing cell.
     *
     * @param value the value
     * @param decimals the decimals, 0 or more
     * @param format the format, not null
     * @return the cell, not null
     */
    public static Cell number(double value, int decimals, KpiFormat format) {
        return Double.isFinite(value) ? new Cell(format.number(value, decimals), Kind.NUMBER, value, Math.max(0, decimals))
                : missing();
    }

    /**
     * A number with a mark after it ({@code *} derived, {@code ~} approximate).
     *
     * @param value the value
     * @param decimals the decimals
     * @param mark the mark, empty for none, not null
     * @param format the format, not null
     * @return the cell, not null
     */
    public static Cell number(double value, int decimals, String mark, KpiFormat format) {
        Cell c = number(value, decimals, format);
        return mark.isEmpty() || c.kind == Kind.MISSING ? c : new Cell(c.text + mark, c.kind, c.value, c.decimals);
    }

    /**
     * A level in percent (a margin of 0.32 as 32.00%); a non-finite value gives a missing cell.
     *
     * @param fraction the level as a fraction
     * @param decimals the decimals of the percent
     * @param format the format, not null
     * @return the cell, not null
     */
    public static Cell percent(double fraction, int decimals, KpiFormat format) {
        return Double.isFinite(fraction) ? new Cell(format.percent(fraction, decimals), Kind.PERCENT, fraction,
                Math.max(0, decimals)) : missing();
    }

    /**
     * A change as a signed percent (0.4827 as +48.27%); a non-finite or null value gives a missing cell.
     *
     * @param fraction the change as a fraction, may be null
     * @param decimals the decimals of the percent
     * @param format the format, not null
     * @return the cell, not null
     */
    public static Cell change(Double fraction, int decimals, KpiFormat format) {
        return fraction != null && Double.isFinite(fraction) ? new Cell(format.change(fraction, decimals), Kind.CHANGE,
                fraction, Math.max(0, decimals)) : missing();
    }

    /**
     * A change in percentage points; a non-finite or null value gives a missing cell.
     *
     * @param points the change in points, may be null
     * @param decimals the decimals
     * @param format the format, not null
     * @return the cell, not null
     */
    public static Cell points(Double points, int decimals, KpiFormat format) {
        return points != null && Double.isFinite(points) ? new Cell(format.points(points, decimals), Kind.POINTS, points,
                Math.max(0, decimals)) : missing();
    }

    @Override
    public String toString() {
        return text;
    }
}
