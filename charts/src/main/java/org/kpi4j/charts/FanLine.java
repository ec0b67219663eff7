package org.kpi4j.charts;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One projected line of a fan chart: a name and values by period label, in the unit of the
 * history series it continues. It serves projections (targets, guidance, scenarios) and forecasts
 * alike.
 *
 * <pre>{@code
 * FanLine base = FanLine.of("Base case", List.of("2025", "2026", "2027"), new double[] {8.1, 10.2, 12.5});
 * }</pre>
 *
 * @param name the line's name in the legend, not blank
 * @param periods the period labels (such as {@code 2025} or {@code 2025Q3}), unique, not null
 * @param values the values, finite, one per period, copied, not null
 */
public record FanLine(String name, List<String> periods, double[] values) {

    /**
     * Validates and copies the line.
     *
     * @param name the line's name in the legend, not blank
     * @param periods the period labels, unique, not null
     * @param values the values, finite, one per period, not null
     *
     * @throws IllegalArgumentException if the name is blank, a label repeats or is blank, a value is
     *     not finite, the lengths differ or the line is empty
     */
    public FanLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(periods, "periods");
        Objects.requireNonNull(values, "values");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a fan line needs a name");
        }
        periods = List.copyOf(periods);
        values = values.clone();
        if (periods.size() != values.length) {
            throw new IllegalArgumentException("fan line '" + name + "' has " + periods.size() + " periods but "
                    + values.length + " values");
        }
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("fan line '" + name + "' has no points");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.length; i++) {
            String p = periods.get(i);
            if (p.isBlank() || !seen.add(p)) {
                throw new IllegalArgumentException("fan line '" + name + "' has a blank or repeated period '" + p + "'");
            }
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("fan line '" + name + "' has a non-finite value at " + p);
            }
        }
    }

    /**
     * Obtains a line.
     *
     * <pre>{@code
     * FanLine.of("Bull", List.of("2025", "2026"), new double[] {9, 12});
     * }</pre>
     *
     * @param name the name, not blank
     * @param periods the period labels, not null
     * @param values the values, as many as labels, not null
     * @return the line, not null
     */
    public static FanLine of(String name, List<String> periods, double[] values) {
        return new FanLine(name, periods, values);
    }

    /**
     * Returns a copy of the values.
     *
     * <pre>{@code
     * FanLine.of("Base", List.of("2025"), new double[] {9}).values();   // [9.0]
     * }</pre>
     *
     * @return the values, in period order
     */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * Returns the number of points.
     *
     * <pre>{@code
     * FanLine.of("Base", List.of("2025", "2026"), new double[] {9, 12}).size();   // 2
     * }</pre>
     *
     * @return the count
     */
    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FanLine f && f.name.equals(name) && f.periods.equals(periods)
                && java.util.Arrays.equals(f.values, values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, periods) * 31 + java.util.Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "FanLine[" + name + ", " + periods + ", " + java.util.Arrays.toString(values) + "]";
    }
}
