package org.kpi4j.explain;

import org.kpi4j.format.KpiTable;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.Cell;
import org.kpi4j.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A change in total margin (gross margin, say) split across segments into a rate effect (the
 * segments' own margins moved) and a mix effect (revenue shifted between segments of different
 * margin), per segment and in total.
 *
 * <p>With {@code s} a segment's share of total revenue and {@code m} its margin, the total margin is
 * {@code M = Σ s·m} (total gross profit over total revenue), and for each segment
 * <pre>
 *   rate_i = ((s0_i + s1_i) / 2) · (m1_i − m0_i)
 *   mix_i  = ((m0_i + m1_i) / 2) · (s1_i − s0_i)
 * </pre>
 * so {@code rate_i + mix_i = s1_i·m1_i − s0_i·m0_i} exactly in algebra, and the effects sum to
 * {@code M1 − M0} with no residual (to 1e-12 in doubles). This is the symmetric, midpoint split: the
 * Shapley value of the two-factor product {@code s·m} (each factor's effect is its change weighted
 * by the average of the other factor over the two orders of changing them; L. S. Shapley, "A Value
 * for n-Person Games", 1953), known in index-number theory as the Bennet decomposition (T. L.
 * Bennet, "The Theory of Measurement of Changes in Cost of Living", J. Royal Statistical Society
 * 83, 1920). A one-sided split (base-period weights, as in a Laspeyres index) leaves an
 * interaction term {@code Σ Δs·Δm} that belongs to neither effect; the midpoint split shares it
 * equally and so needs none.
 *
 * <p>Per segment, the mix effect {@code m̄_i·Δs_i} credits a segment that gains share with a
 * positive amount whenever its margin is positive, even if it drags the total down; since
 * {@code Σ Δs_i = 0} the total is unchanged by subtracting any common margin, and
 * {@link SegmentEffect#mixVsAverage()} gives the attribution relative to the average total margin,
 * {@code (m̄_i − M̄)·Δs_i}, which is negative for a below-average segment gaining share.
 *
 * <p>A segment with revenue 0 in one period (new or discontinued) has no margin there; its margin
 * from the other period is used for both, so its rate effect is 0 and its whole contribution is
 * mix. Its gross profit in the empty period must then be 0.
 *
 * <pre>{@code
 * // a compute-services business; revenue and gross profit (made-up figures)
 * MarginDecomposition d = MarginDecomposition.builder()
 *         .segment("通用云", 600, 240, 500, 200)   // base revenue, base GP, current revenue, current GP
 *         .segment("行业云", 300, 90, 300, 90)
 *         .segment("智算云", 100, 10, 200, 20)
 *         .build();
 * d.baseMargin();      // 0.34
 * d.currentMargin();   // 0.31
 * d.rateEffect();      // 0.0: every segment kept its margin
 * d.mixEffect();       // -0.03: revenue moved to the 10%-margin AI cloud
 * String table = d.toString();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MarginDecomposition {

    private final List<SegmentEffect> segments;
    private final double baseRevenue;
    private final double currentRevenue;
    private final double baseMargin;
    private final double currentMargin;

    private MarginDecomposition(List<SegmentEffect> segments, double baseRevenue, double currentRevenue,
            double baseMargin, double currentMargin) {
        this.segments = segments;
        this.baseRevenue = baseRevenue;
        this.currentRevenue = currentRevenue;
        this.baseMargin = baseMargin;
        this.currentMargin = currentMargin;
    }

    /** @return a builder to add segments to, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the segments in the order they were added, unmodifiable, not null */
    public List<SegmentEffect> segments() {
        return segments;
    }

    /**
     * Returns one segment's effects.
     *
     * @param name the segment, not null
     * @return its effects, not null
     * @throws IllegalArgumentException if there is no such segment
     */
    public SegmentEffect segment(String name) {
        Objects.requireNonNull(name, "name");
        for (SegmentEffect e : segments) {
            if (e.segment().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("name must be one of " + segments.stream().map(SegmentEffect::segment).toList()
                + " but was \"" + name + "\"");
    }

    /** @return total revenue in the base period, > 0 */
    public double baseRevenue() {
        return baseRevenue;
    }

    /** @return total revenue in the current period, > 0 */
    public double currentRevenue() {
        return currentRevenue;
    }

    /** @return total margin in the base period, M0 = Σ s0·m0 (total gross profit / total revenue) */
    public double baseMargin() {
        return baseMargin;
    }

    /** @return total margin in the current period, M1 = Σ s1·m1 */
    public double currentMargin() {
        return currentMargin;
    }

    /** @return M1 − M0 as a fraction (−0.05 is −5 percentage points) */
    public double totalChange() {
        return currentMargin - baseMargin;
    }

    /** @return the sum of the segments' rate effects */
    public double rateEffect() {
        double s = 0;
        for (SegmentEffect e : segments) {
            s += e.rateEffect();
        }
        return s;
    }

    /** @return the sum of the segments' mix effects */
    public double mixEffect() {
        double s = 0;
        for (SegmentEffect e : segments) {
            s += e.mixEffect();
        }
        return s;
    }

    /**
     * Returns a table a segment a row (revenue, share and margin in both periods, effects in signed
     * percentage points) and a total row, titled with the total change and its two effects.
     *
     * @param f the language of numbers, not null
     * @return the table, not null
     */
    public KpiTable toTable(KpiFormat f) {
        KpiTable.Builder t = KpiTable.builder("segment", "revenue 0", "revenue 1", "share 0", "share 1", "margin 0",
                "margin 1", "rate effect", "mix effect", "total", "mix vs avg").title("margin "
                + f.percent(baseMargin, 2) + " -> " + f.percent(currentMargin, 2) + ": " + f.points(totalChange() * 100, 2)
                + " = rate " + f.points(rateEffect() * 100, 2) + " + mix " + f.points(mixEffect() * 100, 2));
        double mixAvg = 0;
        for (SegmentEffect e : segments) {
            t.row(Cell.text(e.segment()), Cell.number(e.baseRevenue(), 2, f), Cell.number(e.currentRevenue(), 2, f),
                    Cell.percent(e.baseShare(), 2, f), Cell.percent(e.currentShare(), 2, f),
                    Cell.percent(e.baseMargin(), 2, f), Cell.percent(e.currentMargin(), 2, f),
                    Cell.points(e.rateEffect() * 100, 2, f), Cell.points(e.mixEffect() * 100, 2, f),
                    Cell.points(e.total() * 100, 2, f), Cell.points(e.mixVsAverage() * 100, 2, f));
            mixAvg += e.mixVsAverage();
        }
        t.row(Cell.text(f.pick("total", "合计")), Cell.number(baseRevenue, 2, f), Cell.number(currentRevenue, 2, f),
                Cell.percent(1, 2, f), Cell.percent(1, 2, f), Cell.percent(baseMargin, 2, f),
                Cell.percent(currentMargin, 2, f), Cell.points(rateEffect() * 100, 2, f),
                Cell.points(mixEffect() * 100, 2, f), Cell.points(totalChange() * 100, 2, f), Cell.points(mixAvg * 100, 2, f));
        return t.build();
    }

    /** Returns {@link #toTable(KpiFormat)} in English as aligned text. */
    @Override
    public String toString() {
        return toTable(KpiFormat.en()).toString();
    }

    /** Collects segments in order. Not thread-safe; build once. */
    public static final class Builder {

        /** name → {base revenue, base margin, current revenue, current margin}; a margin is NaN where revenue is 0. */
        private final Map<String, double[]> inputs = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a segment by revenue and gross profit.
         *
         * @param name the segment, not blank, not yet added
         * @param baseRevenue revenue in the base period, finite and ≥ 0
         * @param baseGrossProfit gross profit in the base period, finite; 0 if base revenue is 0
         * @param currentRevenue revenue in the current period, finite and ≥ 0
         * @param currentGrossProfit gross profit in the current period, finite; 0 if current revenue is 0
         * @return this builder
         * @throws IllegalArgumentException naming the segment and field, if a figure is out of range,
         *     both revenues are 0, or the name is blank or taken
         */
        public Builder segment(String name, double baseRevenue, double baseGrossProfit, double currentRevenue,
                double currentGrossProfit) {
            String p = prefix(name);
            Checks.nonNegative(baseRevenue, p + "base revenue");
            Checks.nonNegative(currentRevenue, p + "current revenue");
            Checks.finite(baseGrossProfit, p + "base gross profit");
            Checks.finite(currentGrossProfit, p + "current gross profit");
            double m0 = margin(baseRevenue, baseGrossProfit, p + "base gross profit", "base revenue");
            double m1 = margin(currentRevenue, currentGrossProfit, p + "current gross profit", "current revenue");
            return put(name, baseRevenue, m0, currentRevenue, m1);
        }

        /**
         * Adds a segment by revenue and margin.
         *
         * @param name the segment, not blank, not yet added
         * @param baseRevenue revenue in the base period, finite and ≥ 0
         * @param baseMargin margin in the base period as a fraction, finite; ignored (may be NaN) if base revenue is 0
         * @param currentRevenue revenue in the current period, finite and ≥ 0
         * @param currentMargin margin in the current period as a fraction, finite; ignored (may be NaN) if current revenue is 0
         * @return this builder
         * @throws IllegalArgumentException naming the segment and field, if a figure is out of range,
         *     both revenues are 0, or the name is blank or taken
         */
        public Builder segmentMargins(String name, double baseRevenue, double baseMargin, double currentRevenue,
                double currentMargin) {
            String p = prefix(name);
            Checks.nonNegative(baseRevenue, p + "base revenue");
            Checks.nonNegative(currentRevenue, p + "current revenue");
            double m0 = baseRevenue == 0 ? Double.NaN : Checks.finite(baseMargin, p + "base margin");
            double m1 = currentRevenue == 0 ? Double.NaN : Checks.finite(currentMargin, p + "current margin");
            return put(name, baseRevenue, m0, currentRevenue, m1);
        }

        private String prefix(String name) {
            Checks.name(name, "name");
            if (inputs.containsKey(name)) {
                throw new IllegalArgumentException("name must be unique but segment " + name + " was added twice");
            }
            return "segment " + name + ": ";
        }

        private static double margin(double revenue, double grossProfit, String gpName, String revenueName) {
            if (revenue == 0) {
                if (grossProfit != 0) {
                    throw new IllegalArgumentException(gpName + " must be 0 when " + revenueName
                            + " is 0 (a margin needs revenue) but was " + grossProfit);
                }
                return Double.NaN;
            }
            return Checks.finite(grossProfit / revenue, gpName + " / " + revenueName);
        }

        private Builder put(String name, double r0, double m0, double r1, double m1) {
            if (r0 == 0 && r1 == 0) {
                throw new IllegalArgumentException("segment " + name
                        + ": base revenue and current revenue must not both be 0 (the segment has no margin in either period)");
            }
            inputs.put(name, new double[] {r0, Double.isNaN(m0) ? m1 : m0, r1, Double.isNaN(m1) ? m0 : m1});
            return this;
        }

        /**
         * Computes the decomposition.
         *
         * @return the decomposition, not null
         * @throws IllegalArgumentException if there is no segment or total revenue is 0 in a period
         */
        public MarginDecomposition build() {
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("a margin decomposition needs at least one segment but had none");
            }
            double r0 = 0;
            double r1 = 0;
            for (double[] v : inputs.values()) {
                r0 += v[0];
                r1 += v[2];
            }
            Checks.finite(r0, "base total revenue");
            Checks.finite(r1, "current total revenue");
            if (r0 <= 0) {
                throw new IllegalArgumentException("base total revenue must be > 0 but was " + r0);
            }
            if (r1 <= 0) {
                throw new IllegalArgumentException("current total revenue must be > 0 but was " + r1);
            }
            double bigM0 = 0;
            double bigM1 = 0;
            for (double[] v : inputs.values()) {
                bigM0 += v[0] / r0 * v[1];
                bigM1 += v[2] / r1 * v[3];
            }
            double avgM = (bigM0 + bigM1) / 2;
            List<SegmentEffect> out = new ArrayList<>(inputs.size());
            for (Map.Entry<String, double[]> en : inputs.entrySet()) {
                double[] v = en.getValue();
                double s0 = v[0] / r0;
                double s1 = v[2] / r1;
                double m0 = v[1];
                double m1 = v[3];
                double mBar = (m0 + m1) / 2;
                out.add(new SegmentEffect(en.getKey(), v[0], v[2], s0, s1, m0, m1, (s0 + s1) / 2 * (m1 - m0),
                        mBar * (s1 - s0), (mBar - avgM) * (s1 - s0)));
            }
            return new MarginDecomposition(List.copyOf(out), r0, r1, bigM0, bigM1);
        }
    }
}
