package org.kpi4j.explain;

import org.kpi4j.format.KpiTable;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.Cell;
import org.kpi4j.internal.Checks;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Each segment's share of a total in one period, and the concentration of the shares: the top-N
 * share and the Herfindahl–Hirschman index.
 *
 * <p>The Herfindahl–Hirschman index is the sum of squared shares, {@code HHI = Σ s_i²}. On the
 * 0..1 scale ({@link #hhi()}) it lies in {@code [1/n, 1]} for {@code n} segments: {@code 1/n} when
 * all are equal, 1 when one has everything; {@code 1/HHI} is the "effective number" of equal
 * segments. Competition authorities use the points scale ({@link #hhiPoints()}), shares in percent
 * squared, 0..10,000: the U.S. DOJ/FTC Merger Guidelines (2023, §2.1) call a market with an HHI
 * above 1,800 highly concentrated.
 *
 * <pre>{@code
 * Shares s = Shares.of(new String[] {"通用云", "行业云", "智算云"}, new double[] {500, 300, 200});
 * s.share("智算云");   // 0.2
 * s.topN(1);           // 0.5
 * s.hhi();             // 0.38 = 0.5² + 0.3² + 0.2²
 * s.hhiPoints();       // 3800
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Shares {

    private final Map<String, Double> values;
    private final Map<String, Double> shares;
    private final double total;

    private Shares(Map<String, Double> values, Map<String, Double> shares, double total) {
        this.values = values;
        this.shares = shares;
        this.total = total;
    }

    /**
     * Computes shares from segment values, keeping the map's iteration order (pass a
     * {@link LinkedHashMap} for a defined order).
     *
     * @param values segment (not blank) → value (finite, ≥ 0), with a total > 0; not null, not empty
     * @return the shares, not null
     * @throws IllegalArgumentException naming the segment, if a value is out of range, or if the total is not > 0
     */
    public static Shares of(Map<String, Double> values) {
        Objects.requireNonNull(values, "values");
        Map<String, Double> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            Checks.name(k, "segment name");
            Objects.requireNonNull(v, "value of segment " + k);
            copy.put(k, Checks.nonNegative(v, "segment " + k + ": value"));
        });
        return build(copy);
    }

    /**
     * Computes shares from parallel arrays of segment names and values.
     *
     * @param names the segments, not blank, unique, not null
     * @param values their values, finite, ≥ 0, with a total > 0, as many as names, not null
     * @return the shares, not null
     * @throws IllegalArgumentException if the lengths differ, a name repeats, a value is out of range or the total is not > 0
     */
    public static Shares of(String[] names, double[] values) {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(values, "values");
        if (names.length != values.length) {
            throw new IllegalArgumentException("names and values must have the same length but had " + names.length
                    + " and " + values.length);
        }
        Map<String, Double> copy = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            Checks.name(names[i], "names[" + i + "]");
            if (copy.containsKey(names[i])) {
                throw new IllegalArgumentException("names must be unique but segment " + names[i] + " appears twice");
            }
            copy.put(names[i], Checks.nonNegative(values[i], "segment " + names[i] + ": value"));
        }
        return build(copy);
    }

    private static Shares build(Map<String, Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("values must hold at least one segment but was empty");
        }
        double total = 0;
        for (double v : values.values()) {
            total += v;
        }
        Checks.finite(total, "total");
        if (total <= 0) {
            throw new IllegalArgumentException("total of the segment values must be > 0 but was " + total);
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            shares.put(e.getKey(), e.getValue() / total);
        }
        return new Shares(Collections.unmodifiableMap(values), Collections.unmodifiableMap(shares), total);
    }

    /** @return the segments in input order, unmodifiable, not null */
    public List<String> names() {
        return List.copyOf(values.keySet());
    }

    /** @return the number of segments, ≥ 1 */
    public int size() {
        return values.size();
    }

    /** @return the sum of the values, > 0 */
    public double total() {
        return total;
    }

    /** @return segment → value in input order, unmodifiable, not null */
    public Map<String, Double> values() {
        return values;
    }

    /** @return segment → share of the total (a fraction) in input order, unmodifiable, not null */
    public Map<String, Double> shares() {
        return shares;
    }

    /**
     * Returns one segment's share.
     *
     * @param name the segment, not null
     * @return its share of the total, in [0, 1]
     * @throws IllegalArgumentException if there is no such segment
     */
    public double share(String name) {
        Objects.requireNonNull(name, "name");
        Double s = shares.get(name);
        if (s == null) {
            throw new IllegalArgumentException("name must be one of " + shares.keySet() + " but was \"" + name + "\"");
        }
        return s;
    }

    /**
     * Returns the combined share of the {@code n} largest segments (all of them if {@code n} is at
     * least their number, giving 1 up to rounding).
     *
     * @param n the number of segments, ≥ 1
     * @return the top-N share, in [0, 1]
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public double topN(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1 but was " + n);
        }
        double[] s = shares.values().stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(s);
        double sum = 0;
        for (int i = s.length - 1; i >= Math.max(0, s.length - n); i--) {
            sum += s[i];
        }
        return Math.min(1, sum);
    }

    /** @return the Herfindahl–Hirschman index on the 0..1 scale, Σ s², in [1/n, 1] */
    public double hhi() {
        double h = 0;
        for (double s : shares.values()) {
            h += s * s;
        }
        return h;
    }

    /** @return the Herfindahl–Hirschman index in points, 10,000 · Σ s² (shares in percent, squared), in [10,000/n, 10,000] */
    public double hhiPoints() {
        return hhi() * 10_000;
    }

    /** @return the effective number of segments, 1 / HHI, in [1, n] */
    public double effectiveNumber() {
        return 1 / hhi();
    }

    /**
     * Returns a table of segment, value and share and a total row, with the top-1 share and the HHI
     * on both scales as a footnote.
     *
     * @param format the language of numbers, not null
     * @return the table, not null
     */
    public KpiTable toTable(KpiFormat format) {
        KpiTable.Builder t = KpiTable.builder("segment", "value", "share");
        values.forEach((k, v) -> t.row(Cell.text(k), Cell.number(v, 2, format), Cell.percent(shares.get(k), 2, format)));
        t.row(Cell.text(format.pick("total", "合计")), Cell.number(total, 2, format), Cell.percent(1, 2, format));
        t.footnote("top-1 " + format.percent(topN(1), 2) + ", HHI " + format.number(hhi(), 4) + " ("
                + format.number(hhiPoints(), 0) + " points)");
        return t.build();
    }

    /** Returns {@link #toTable(KpiFormat)} in English as aligned text. */
    @Override
    public String toString() {
        return toTable(KpiFormat.en()).toString();
    }
}
