package org.kpi4j.charts;

/**
 * What a segment-mix chart stacks.
 *
 * <pre>{@code
 * Charts.mix(segments, MixMode.SHARES, ChartOptions.zh());   // each bar sums to 100%
 * MixSpec.builder().parts(segments).mode(MixMode.VALUES).build().data().unit("通用云");   // Optional[亿元]
 * }</pre>
 */
public enum MixMode {
    /** The segments' values, in one display unit. */
    VALUES,
    /**
     * Each segment's share of the whole in percent ("other" taking the rest), or of the sum of the
     * segments shown where the whole is not known.
     */
    SHARES
}
