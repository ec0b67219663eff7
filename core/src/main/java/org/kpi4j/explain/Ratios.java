package org.kpi4j.explain;

import org.kpi4j.internal.Checks;
import java.util.Objects;

/**
 * Derived ratios by formula on plain doubles: the DuPont breakdown of ROE and ratio helpers that
 * refuse a zero denominator instead of returning infinity or NaN.
 *
 * <pre>{@code
 * Ratios.dupont(120, 1000, 2000, 800).roe();            // 0.15
 * Ratios.margin(310, 1000);                             // 0.31
 * Ratios.ratio("net profit", 120, "equity", 800);       // 0.15
 * Ratios.ratio("net profit", 120, "equity", 0);         // IllegalArgumentException:
 *                                                       //   "equity must not be 0 (the denominator of net profit / equity, 120.0)"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ratios {

    private Ratios() {
    }

    /**
     * Returns {@code numerator / denominator}, refusing a zero denominator.
     *
     * @param numerator the numerator, finite
     * @param denominator the denominator, finite and not 0
     * @return the ratio, finite
     * @throws IllegalArgumentException if an argument is not finite or the denominator is 0
     */
    public static double ratio(double numerator, double denominator) {
        return ratio("numerator", numerator, "denominator", denominator);
    }

    /**
     * Returns {@code numerator / denominator}, with both named in any error message.
     *
     * @param numeratorName what the numerator is ("net profit"), not null
     * @param numerator the numerator, finite
     * @param denominatorName what the denominator is ("equity"), not null
     * @param denominator the denominator, finite and not 0
     * @return the ratio, finite
     * @throws IllegalArgumentException if an argument is not finite, the denominator is 0, or the ratio overflows
     */
    public static double ratio(String numeratorName, double numerator, String denominatorName, double denominator) {
        Objects.requireNonNull(numeratorName, "numeratorName");
        Objects.requireNonNull(denominatorName, "denominatorName");
        Checks.finite(numerator, numeratorName);
        Checks.finite(denominator, denominatorName);
        if (denominator == 0) {
            throw new IllegalArgumentException(denominatorName + " must not be 0 (the denominator of " + numeratorName
                    + " / " + denominatorName + ", " + numerator + ")");
        }
        double r = numerator / denominator;
        if (!Double.isFinite(r)) {
            throw new IllegalArgumentException(numeratorName + " / " + denominatorName + " = " + numerator + " / "
                    + denominator + " overflows a double");
        }
        return r;
    }

    /**
     * Returns a margin, {@code profit / revenue}.
     *
     * @param profit the profit (gross, operating, net), finite
     * @param revenue the revenue, finite and > 0
     * @return the margin as a fraction
     * @throws IllegalArgumentException if an argument is not finite or revenue is not > 0
     */
    public static double margin(double profit, double revenue) {
        positive(revenue, "revenue");
        return ratio("profit", profit, "revenue", revenue);
    }

    /**
     * Returns the DuPont breakdown of return on equity: net margin, asset turnover, equity multiplier
     * and ROE, with ROE equal to their product (to 1e-12). Use averages of opening and closing assets
     * and equity, and the same period's net profit and revenue.
     *
     * @param netProfit net profit for the period, finite
     * @param revenue revenue for the period, finite and > 0
     * @param avgTotalAssets average total assets over the period, finite and > 0
     * @param avgEquity average equity over the period, finite and not 0 (negative equity gives a
     *     negative multiplier and an ROE whose sign is not meaningful)
     * @return the breakdown, not null
     * @throws IllegalArgumentException naming the argument, if it is out of range
     */
    public static DuPont dupont(double netProfit, double revenue, double avgTotalAssets, double avgEquity) {
        Checks.finite(netProfit, "netProfit");
        positive(revenue, "revenue");
        positive(avgTotalAssets, "avgTotalAssets");
        return new DuPont(ratio("netProfit", netProfit, "revenue", revenue),
                ratio("revenue", revenue, "avgTotalAssets", avgTotalAssets),
                ratio("avgTotalAssets", avgTotalAssets, "avgEquity", avgEquity),
                ratio("netProfit", netProfit, "avgEquity", avgEquity));
    }

    private static void positive(double v, String name) {
        Checks.finite(v, name);
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be > 0 but was " + v);
        }
    }
}
