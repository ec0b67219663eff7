package org.kpi4j.charts;

/**
 * What a segment-mix chart stacks.
 *
 * <pre>{@code
 * Charts.mix(segments, MixMode.SHARES, ChartOptions.zh());   // each bar sums to 100%
 * }</pre>
 */
public enum MixMode {
    /** The segments' values, in one display unit. */
    VALUES,
    /** Each segment's share of the period's sum of segments, in percent. */
    SHARES
}
