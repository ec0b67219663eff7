package org.kpi4j.explain;

import org.kpi4j.internal.Checks;
import java.util.Objects;

/**
 * One segment's part in a {@link MarginDecomposition}: its revenue, share and margin in the base
 * and current periods and its rate and mix effects, all as fractions (an effect of −0.012 is
 * −1.2 percentage points of total margin).
 *
 * <pre>{@code
 * SegmentEffect e = decomposition.segment("智算云");
 * e.rateEffect() + e.mixEffect() == e.total();   // s1·m1 − s0·m0, up to rounding
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param segment the segment's name, not blank
 * @param baseRevenue revenue in the base period, ≥ 0
 * @param currentRevenue revenue in the current period, ≥ 0
 * @param baseShare share of total revenue in the base period, s0, in [0, 1]
 * @param currentShare share of total revenue in the current period, s1, in [0, 1]
 * @param baseMargin margin in the base period, m0; when base revenue is 0 it is the current margin
 * @param currentMargin margin in the current period, m1; when current revenue is 0 it is the base margin
 * @param rateEffect ((s0 + s1) / 2) · (m1 − m0)
 * @param mixEffect ((m0 + m1) / 2) · (s1 − s0)
 * @param mixVsAverage ((m0 + m1) / 2 − M̄) · (s1 − s0), with M̄ the mean of the total margins of the two
 *     periods: the same total as the mix effect, attributed so that a segment gaining share counts
 *     negative when its margin is below average
 */
public record SegmentEffect(String segment, double baseRevenue, double currentRevenue, double baseShare,
        double currentShare, double baseMargin, double currentMargin, double rateEffect, double mixEffect,
        double mixVsAverage) {

    /**
     * Validates the figures.
     *
     * @param segment see the record description
     * @param baseRevenue see the record description
     * @param currentRevenue see the record description
     * @param baseShare see the record description
     * @param currentShare see the record description
     * @param baseMargin see the record description
     * @param currentMargin see the record description
     * @param rateEffect see the record description
     * @param mixEffect see the record description
     * @param mixVsAverage see the record description
     * @throws IllegalArgumentException if the name is blank or a figure is not finite or out of range
     */
    public SegmentEffect {
        Objects.requireNonNull(segment, "segment");
        Checks.name(segment, "segment");
        String p = "segment " + segment + ": ";
        Checks.nonNegative(baseRevenue, p + "base revenue");
        Checks.nonNegative(currentRevenue, p + "current revenue");
        Checks.nonNegative(baseShare, p + "base share");
        Checks.nonNegative(currentShare, p + "current share");
        Checks.finite(baseMargin, p + "base margin");
        Checks.finite(currentMargin, p + "current margin");
        Checks.finite(rateEffect, p + "rate effect");
        Checks.finite(mixEffect, p + "mix effect");
        Checks.finite(mixVsAverage, p + "mix vs average");
    }

    /** @return the segment's contribution to the total margin change: rate effect + mix effect */
    public double total() {
        return rateEffect + mixEffect;
    }

    /** @return s1 − s0, the change in the segment's share of revenue */
    public double shareChange() {
        return currentShare - baseShare;
    }

    /** @return m1 − m0, the change in the segment's own margin (0 for a segment present in one period) */
    public double marginChange() {
        return currentMargin - baseMargin;
    }
}
