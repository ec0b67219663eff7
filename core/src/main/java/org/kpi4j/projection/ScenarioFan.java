package org.kpi4j.projection;

import org.kpi4j.format.KpiTable;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.Cell;
import org.kpi4j.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kpi4j.unit.Percentage;

/**
 * Several named rates (bear, base, bull, ...) projecting the same base value over the same years,
 * in the order the scenarios were added.
 *
 * <pre>{@code
 * ScenarioFan fan = ScenarioFan.builder(1037.3, 2025, 2028)
 *         .scenario("bear", Percentage.parse("30%"))
 *         .scenario("base", Percentage.parse("46.2%"))
 *         .scenario("bull", Percentage.parse("60%"))
 *         .build();
 * fan.names();                   // [bear, base, bull]
 * fan.rows("base");              // (2025, 1037.30) ... (2028, 3241.50)
 * String table = fan.toString();       // year  bear +30.00%  base +46.20%  bull +60.00%
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioFan {

    private final double value;
    private final int fromYear;
    private final int toYear;
    private final Map<String, Projection> scenarios;

    private ScenarioFan(double value, int fromYear, int toYear, Map<String, Projection> scenarios) {
        this.value = value;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.scenarios = scenarios;
    }

    /**
     * Projects one value at each of several named rates, in the map's iteration order (pass a
     * {@link LinkedHashMap}, or use {@link #builder}: {@code Map.of} has no defined order).
     *
     * @param value the value in {@code fromYear}, finite and ≥ 0
     * @param fromYear the base year
     * @param toYear the last year, after {@code fromYear}
     * @param rates scenario name (not blank) → rate a year as a fraction (finite, > −1); at least one; not null
     * @return the fan, not null
     * @throws IllegalArgumentException if an argument is outside its range, naming the scenario
     * @throws ArithmeticException if a projected value overflows a double
     */
    public static ScenarioFan of(double value, int fromYear, int toYear, Map<String, Double> rates) {
        Objects.requireNonNull(rates, "rates");
        Builder b = builder(value, fromYear, toYear);
        rates.forEach((name, rate) -> b.scenario(name, Objects.requireNonNull(rate, "rate of scenario " + name)));
        return b.build();
    }

    /**
     * Starts a fan; add scenarios in the order they should print.
     *
     * @param value the value in {@code fromYear}, finite and ≥ 0
     * @param fromYear the base year
     * @param toYear the last year, after {@code fromYear}
     * @return a builder, not null
     * @throws IllegalArgumentException if an argument is outside its range
     */
    public static Builder builder(double value, int fromYear, int toYear) {
        return new Builder(value, fromYear, toYear);
    }

    /** @return the value in the base year */
    public double value() {
        return value;
    }

    /** @return the base year */
    public int fromYear() {
        return fromYear;
    }

    /** @return the last year */
    public int toYear() {
        return toYear;
    }

    /** @return the scenario names in insertion order, unmodifiable, not null */
    public List<String> names() {
        return List.copyOf(scenarios.keySet());
    }

    /** @return scenario name → projection in insertion order, unmodifiable, not null */
    public Map<String, Projection> scenarios() {
        return scenarios;
    }

    /**
     * Returns one scenario's projection.
     *
     * @param name the scenario, not null
     * @return its projection, not null
     * @throws IllegalArgumentException if there is no such scenario
     */
    public Projection scenario(String name) {
        Objects.requireNonNull(name, "name");
        Projection p = scenarios.get(name);
        if (p == null) {
            throw new IllegalArgumentException("name must be one of " + scenarios.keySet() + " but was \"" + name + "\"");
        }
        return p;
    }

    /**
     * Returns one scenario's rows, one a year.
     *
     * @param name the scenario, not null
     * @return its rows, unmodifiable, not null
     * @throws IllegalArgumentException if there is no such scenario
     */
    public List<Projection.Row> rows(String name) {
        return scenario(name).rows();
    }

    /**
     * Returns a table with a row a year and a column a scenario, headed by its name and rate.
     *
     * @param format the language of numbers, not null
     * @return the table, not null
     */
    public KpiTable toTable(KpiFormat format) {
        List<String> header = new ArrayList<>();
        header.add("year");
        scenarios.forEach((n, p) -> header.add(n + " " + format.change(p.rate(), 2)));
        KpiTable.Builder t = KpiTable.builder(header).title(format.pick("scenarios from ", "情景：")
                + format.number(value, 2) + format.pick(" in " + fromYear, "（" + fromYear + "年）"));
        for (int y = fromYear; y <= toYear; y++) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(y));
            for (Projection p : scenarios.values()) {
                cells.add(y - fromYear < p.rows().size() ? Cell.number(p.valueAt(y), 2, format) : Cell.missing());
            }
            t.row(cells);
        }
        scenarios.forEach((n, p) -> {
            if (!p.note().isEmpty()) {
                t.footnote("note: " + n + ": " + p.note());
            }
        });
        return t.build();
    }

    /** Returns {@link #toTable(KpiFormat)} in English as aligned text. */
    @Override
    public String toString() {
        return toTable(KpiFormat.en()).toString();
    }

    /** Collects scenarios in order. Not thread-safe; build once. */
    public static final class Builder {

        private final double value;
        private final int fromYear;
        private final int toYear;
        private final Map<String, Projection> scenarios = new LinkedHashMap<>();

        private Builder(double value, int fromYear, int toYear) {
            Checks.nonNegative(value, "value");
            if (toYear <= fromYear) {
                throw new IllegalArgumentException("toYear must be after fromYear " + fromYear + " but was " + toYear);
            }
            this.value = value;
            this.fromYear = fromYear;
            this.toYear = toYear;
        }

        /**
         * Adds a scenario at a printed rate.
         *
         * @param name the name, not blank, not used before
         * @param rate the yearly rate, above −100%, not null
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or taken, or the rate is out of range
         */
        public Builder scenario(String name, Percentage rate) {
            return scenario(name, java.util.Objects.requireNonNull(rate, "rate").fraction());
        }

        /**
         * Adds a scenario.
         *
         * @param name the scenario's name, not blank, not yet added
         * @param rate its rate a year as a fraction, finite and > −1
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or taken, or the rate is out of range
         */
        public Builder scenario(String name, double rate) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank but was \"" + name + "\"");
            }
            if (scenarios.containsKey(name)) {
                throw new IllegalArgumentException("name must be unique but scenario \"" + name + "\" was added twice");
            }
            Checks.rate(rate, "rate of scenario " + name);
            scenarios.put(name, Projection.of(value, fromYear, toYear, rate));
            return this;
        }

        /**
         * Builds the fan.
         *
         * @return the fan, not null
         * @throws IllegalArgumentException if no scenario was added
         */
        public ScenarioFan build() {
            if (scenarios.isEmpty()) {
                throw new IllegalArgumentException("a scenario fan needs at least one scenario but had none");
            }
            return new ScenarioFan(value, fromYear, toYear, Collections.unmodifiableMap(new LinkedHashMap<>(scenarios)));
        }
    }
}
