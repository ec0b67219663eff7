package org.kpi4j.charts;

import java.util.Objects;
import org.kpi4j.unit.Dimension;
import org.kpi4j.unit.Unit;

/**
 * The unit a chart displays values in, chosen from their magnitude so that axis labels stay short:
 * yuan amounts of 1e8 元 or more in 亿元, of 1e4 元 or more in 万元; dollars in USD bn or USD m; any
 * other unit (EFLOPS, persons, %) as it is.
 *
 * <pre>{@code
 * DisplayScale s = DisplayScale.choose(Unit.YUAN, 433_703_586.93);
 * s.label();                 // "亿元"
 * s.apply(433_703_586.93);   // 4.3370358693
 * DisplayScale.choose(Unit.WAN_YUAN, 65_461.73).label();   // "亿元"
 * }</pre>
 *
 * @param source the unit the values are in, not null
 * @param target the unit they are displayed in, same dimension, not null
 */
public record DisplayScale(Unit source, Unit target) {

    private static final Unit YUAN = Unit.YUAN;
    private static final Unit WAN = Unit.WAN_YUAN;
    private static final Unit YI = Unit.YI_YUAN;
    private static final Unit USD = Unit.USD;
    private static final Unit USD_M = Unit.parse("USD m");
    private static final Unit USD_BN = Unit.USD_BN;

    /**
     * Validates the units.
     *
     * @param source the unit the values are in, not null
     * @param target the unit they are displayed in, not null
     *
     * @throws IllegalArgumentException if the dimensions differ
     */
    public DisplayScale {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (!source.isCompatibleWith(target)) {
            throw new IllegalArgumentException("cannot display " + source + " in " + target);
        }
    }

    /**
     * Chooses the display unit for values whose largest magnitude is {@code maxAbs}.
     *
     * <pre>{@code
     * DisplayScale.choose(Unit.YUAN, 433_703_586.93).target();   // 亿元
     * DisplayScale.choose(Unit.YUAN, 52_000).target();           // 万元
     * DisplayScale.choose(Unit.USD, 3.2e9).target();             // USD bn
     * DisplayScale.choose(Unit.EFLOPS, 12).target();             // EFLOPS
     * }</pre>
     *
     * @param unit the unit of the values, not null
     * @param maxAbs the largest absolute value, in {@code unit}; zero or not finite keeps the unit
     * @return the scale, not null
     */
    public static DisplayScale choose(Unit unit, double maxAbs) {
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(maxAbs) || maxAbs == 0) {
            return new DisplayScale(unit, unit);
        }
        double base = Math.abs(maxAbs) * Math.pow(10, unit.exponent());
        Dimension d = unit.dimension();
        if (d == Dimension.CNY) {
            return new DisplayScale(unit, base >= 1e8 ? YI : base >= 1e4 ? WAN : YUAN);
        }
        if (d == Dimension.USD) {
            return new DisplayScale(unit, base >= 1e9 ? USD_BN : base >= 1e6 ? USD_M : USD);
        }
        return new DisplayScale(unit, unit);
    }

    /**
     * Chooses the display unit for a set of values (non-finite values are ignored).
     *
     * <pre>{@code
     * DisplayScale.of(Unit.WAN_YUAN, new double[] {19_827.3, 65_461.73}).label();   // 亿元
     * }</pre>
     *
     * @param unit the unit of the values, not null
     * @param values the values, not null
     * @return the scale, not null
     */
    public static DisplayScale of(Unit unit, double[] values) {
        double max = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return choose(unit, max);
    }

    /**
     * Converts a value from the source unit to the display unit.
     *
     * <pre>{@code
     * DisplayScale.choose(Unit.WAN_YUAN, 65_461.73).apply(65_461.73);   // 6.546173
     * }</pre>
     *
     * @param value the value in the source unit
     * @return the value in the display unit; a non-finite value is returned unchanged
     */
    public double apply(double value) {
        if (!Double.isFinite(value) || source.equals(target)) {
            return value;
        }
        return source.convert(value, target);
    }

    /**
     * Returns the label of the display unit, as put in axis titles.
     *
     * <pre>{@code
     * DisplayScale.choose(Unit.YUAN, 5e8).label();   // "亿元"
     * }</pre>
     *
     * @return the symbol of the target unit, not null
     */
    public String label() {
        return target.symbol();
    }

    /**
     * Returns a {@link java.text.DecimalFormat} pattern with thousands separators and enough
     * optional decimals to tell apart axis ticks over the range {@code [min, max]}.
     *
     * <pre>{@code
     * DisplayScale.decimalPattern(0, 6.5);      // "#,##0.##"
     * DisplayScale.decimalPattern(0, 25_000);   // "#,##0"
     * }</pre>
     *
     * @param min the smallest displayed value
     * @param max the largest displayed value
     * @return the pattern, not null
     */
    public static String decimalPattern(double min, double max) {
        double range = Math.abs(max - min);
        if (!Double.isFinite(range) || range == 0) {
            range = Math.max(Math.abs(min), Math.abs(max));
        }
        if (!Double.isFinite(range) || range == 0) {
            return "#,##0.##";
        }
        int decimals = (int) Math.ceil(-Math.log10(range / 20)) + 1;
        decimals = Math.max(0, Math.min(6, decimals));
        return decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals);
    }
}
