package org.kpi4j.unit;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kpi4j.KpiDataException;

/**
 * A unit of measure with a decimal scale: 元, 万元 (10^4 元), 亿元 (10^8 元), USD, USD bn,
 * EFLOPS, persons, shares (股, 万股, 亿股), amounts per share (元/股, USD/share), percent.
 *
 * <p>Conversion between units of one {@link Dimension} is a power-of-ten shift, done exactly in
 * decimal ({@link #convert(BigDecimal, Unit)}); converting between dimensions (万元 to persons, CNY to
 * USD) is an error, never a number.
 *
 * <p>Spellings read by {@link #parse(String)}: {@code 元 CNY RMB 千元 万元 百万元 亿元 USD
 * USD k, USD m (USD mn), USD bn, PFLOPS EFLOPS ZFLOPS, persons 人 名, count 个, 股 shares, 万股, 亿股,
 * 元/股 (CNY/share), USD/share (USD/shares), % pct, ratio, pp 个百分点}.
 *
 * <p>A share count is its own dimension ({@link Dimension#SHARES}), and so is an amount per share
 * in each currency: earnings per share in 元/股 never converts to 元, nor into USD/share.
 * {@link #isPerShare()} tells a quotient per share (a flow that does not add up over quarters
 * exactly) from an amount.
 *
 * <pre>{@code
 * Unit wan = Unit.parse("万元");
 * wan.convert(new BigDecimal("61400.33"), Unit.parse("亿元"));   // 6.140033
 * Unit.parse("%").convert(76.53, Unit.RATIO);                   // 0.7653
 * Unit.parse("万股").convert(new BigDecimal("43370.36"), Unit.SHARES);   // 433,703,600 shares (4.337036E+8)
 * Unit.parse("USD/shares").isPerShare();                       // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Unit {

    /** The yuan, 元. */
    public static final Unit YUAN = new Unit("元", Dimension.CNY, 0);
    /** Ten thousand yuan, 万元. */
    public static final Unit WAN_YUAN = new Unit("万元", Dimension.CNY, 4);
    /** A hundred million yuan, 亿元. */
    public static final Unit YI_YUAN = new Unit("亿元", Dimension.CNY, 8);
    /** The US dollar. */
    public static final Unit USD = new Unit("USD", Dimension.USD, 0);
    /** A billion US dollars. */
    public static final Unit USD_BN = new Unit("USD bn", Dimension.USD, 9);
    /** 10^18 floating-point operations per second. */
    public static final Unit EFLOPS = new Unit("EFLOPS", Dimension.FLOPS, 18);
    /** A count of persons. */
    public static final Unit PERSONS = new Unit("persons", Dimension.PERSONS, 0);
    /** A plain count. */
    public static final Unit COUNT = new Unit("count", Dimension.COUNT, 0);
    /** A share of stock (printed as {@code shares}; 股 parses to it). */
    public static final Unit SHARES = new Unit("shares", Dimension.SHARES, 0);
    /** Ten thousand shares, 万股. */
    public static final Unit WAN_SHARES = new Unit("万股", Dimension.SHARES, 4);
    /** Yuan per share, 元/股: earnings or dividends per share of an A-share company. */
    public static final Unit YUAN_PER_SHARE = new Unit("元/股", Dimension.CNY_PER_SHARE, 0);
    /** US dollars per share: earnings or dividends per share of a US filer. */
    public static final Unit USD_PER_SHARE = new Unit("USD/share", Dimension.USD_PER_SHARE, 0);
    /** Percent: 1% is 0.01. */
    public static final Unit PERCENT = new Unit("%", Dimension.RATIO, -2);
    /** A ratio as a fraction: 0.7653. */
    public static final Unit RATIO = new Unit("ratio", Dimension.RATIO, 0);
    /** Percentage points: the change of a ratio (a margin from 32% to 27% is −5 pp). */
    public static final Unit POINTS = new Unit("pp", Dimension.POINTS, 0);

    private static final Map<String, Unit> SPELLINGS;

    static {
        Map<String, Unit> m = new LinkedHashMap<>();
        put(m, YUAN, "元", "cny", "rmb", "yuan");
        put(m, new Unit("千元", Dimension.CNY, 3), "千元");
        put(m, WAN_YUAN, "万元");
        put(m, new Unit("百万元", Dimension.CNY, 6), "百万元");
        put(m, YI_YUAN, "亿元");
        put(m, USD, "usd", "us$", "$");
        put(m, new Unit("USD k", Dimension.USD, 3), "usd k", "usd thousand");
        put(m, new Unit("USD m", Dimension.USD, 6), "usd m", "usd mn", "usd million");
        put(m, USD_BN, "usd bn", "usd billion");
        put(m, new Unit("PFLOPS", Dimension.FLOPS, 15), "pflops");
        put(m, EFLOPS, "eflops");
        put(m, new Unit("ZFLOPS", Dimension.FLOPS, 21), "zflops");
        put(m, PERSONS, "persons", "人", "名");
        put(m, COUNT, "count", "个");
        put(m, SHARES, "股", "shares", "share");
        put(m, WAN_SHARES, "万股");
        put(m, new Unit("亿股", Dimension.SHARES, 8), "亿股");
        put(m, YUAN_PER_SHARE, "元/股", "cny/share", "cny/shares", "rmb/share", "yuan/share");
        put(m, USD_PER_SHARE, "usd/share", "usd/shares", "$/share");
        put(m, PERCENT, "%", "pct", "percent");
        put(m, RATIO, "ratio", "fraction");
        put(m, POINTS, "pp", "ppt", "percentage points", "个百分点", "百分点");
        SPELLINGS = Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, Unit> m, Unit unit, String... spellings) {
        for (String s : spellings) {
            m.put(s, unit);
        }
    }

    private final String symbol;
    private final Dimension dimension;
    private final int exponent;

    private Unit(String symbol, Dimension dimension, int exponent) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.exponent = exponent;
    }

    /**
     * Parses a unit from one of its accepted spellings (case and surrounding space ignored).
     *
     * @param text the spelling, such as {@code 万元}, {@code CNY} or {@code USD bn}, not null
     * @return the unit, not null
     * @throws IllegalArgumentException naming the text and the accepted spellings if it is unknown
     */
    public static Unit parse(String text) {
        Objects.requireNonNull(text, "text");
        String key = text.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Unit u = SPELLINGS.get(key);
        if (u == null) {
            throw new IllegalArgumentException("unknown unit " + KpiDataException.quote(text) + "; expected one of "
                    + String.join(", ", spellings()));
        }
        return u;
    }

    /** @return the accepted spellings, in a stable order */
    public static List<String> spellings() {
        return List.copyOf(SPELLINGS.keySet());
    }

    /** @return the symbol used when printing, such as {@code 万元} */
    public String symbol() {
        return symbol;
    }

    /** @return what the unit measures, not null */
    public Dimension dimension() {
        return dimension;
    }

    /**
     * Returns the power of ten of one unit relative to the dimension's base unit: 4 for 万元, 9 for
     * USD bn, 18 for EFLOPS (of FLOPS), −2 for percent.
     *
     * @return the exponent
     */
    public int exponent() {
        return exponent;
    }

    /**
     * Returns true for an amount per share (元/股, USD/share): a quotient whose sum over quarters
     * or difference between year-to-date figures is only approximate (see
     * {@link Dimension#isPerShare()}).
     *
     * @return true for a per-share unit
     */
    public boolean isPerShare() {
        return dimension.isPerShare();
    }

    /**
     * Returns true if values in this unit can be converted to the other (same dimension).
     *
     * @param other the other unit, not null
     * @return true when compatible
     */
    public boolean isCompatibleWith(Unit other) {
        return dimension == Objects.requireNonNull(other, "other").dimension;
    }

    /**
     * Converts a value in this unit to another unit of the same dimension, exactly.
     *
     * @param value the value in this unit, not null
     * @param target the unit to convert to, not null
     * @return the value in the target unit, not null
     * @throws IllegalArgumentException if the dimensions differ
     */
    public BigDecimal convert(BigDecimal value, Unit target) {
        Objects.requireNonNull(value, "value");
        requireCompatible(target);
        return value.scaleByPowerOfTen(exponent - target.exponent);
    }

    /**
     * Converts a value in this unit to another unit of the same dimension; the result is the double
     * nearest to the exact decimal result.
     *
     * @param value the value in this unit, finite
     * @param target the unit to convert to, not null
     * @return the value in the target unit
     * @throws IllegalArgumentException if the dimensions differ or the value is not finite
     */
    public double convert(double value, Unit target) {
        requireCompatible(target);
        if (exponent == target.exponent) {
            return value;
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite but was " + value);
        }
        return BigDecimal.valueOf(value).scaleByPowerOfTen(exponent - target.exponent).doubleValue();
    }

    /**
     * Returns the factor that converts a value in this unit to the target unit (10^k).
     *
     * @param target the unit to convert to, not null
     * @return the factor, a power of ten
     * @throws IllegalArgumentException if the dimensions differ
     */
    public double factorTo(Unit target) {
        requireCompatible(target);
        return BigDecimal.ONE.scaleByPowerOfTen(exponent - target.exponent).doubleValue();
    }

    private void requireCompatible(Unit target) {
        Objects.requireNonNull(target, "target");
        if (dimension != target.dimension) {
            throw new IllegalArgumentException("cannot convert " + symbol + " (" + dimension + ") to "
                    + target.symbol + " (" + target.dimension + ")");
        }
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Unit)) {
            return false;
        }
        Unit o = (Unit) obj;
        return dimension == o.dimension && exponent == o.exponent;
    }

    @Override
    public int hashCode() {
        return dimension.hashCode() * 31 + exponent;
    }

    /** @return the symbol, which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return symbol;
    }
}
