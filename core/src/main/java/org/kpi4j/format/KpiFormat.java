package org.kpi4j.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import org.kpi4j.unit.Dimension;
import org.kpi4j.unit.Percentage;
import org.kpi4j.unit.Unit;

/**
 * How numbers, percentages, points and units read in one language: the single place every table,
 * chart, report and CSV of kpi4j takes its text from.
 *
 * <p>Numbers are grouped in thousands and rounded half away from zero to the decimals asked for
 * (the decimals a figure was printed with, as a rule); a change is signed ({@code +48.27%},
 * {@code -5.00%}, {@code 0.00%}); a ratio's change is in percentage points ({@code +2.00 pp},
 * Chinese {@code +2.00个百分点}); units read as an analyst writes them: {@code 万元} in Chinese,
 * {@code CNY 10k} in English. A missing or non-finite number prints as an em dash, never as
 * {@code NaN}.
 *
 * <pre>{@code
 * KpiFormat en = KpiFormat.en();
 * en.number(61400.33, 2);                 // "61,400.33"
 * en.change(0.4827, 2);                   // "+48.27%"
 * en.points(2, 2);                        // "+2.00 pp"
 * en.unit(Unit.WAN_YUAN);                 // "CNY 10k"
 * KpiFormat.zh().points(-5, 2);           // "-5.00个百分点"
 * KpiFormat.decimal(74.13 - 76.53);       // "-2.4", not -2.3999999999999986
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KpiFormat {

    /** What a missing number prints as. */
    public static final String MISSING = "—";

    private static final KpiFormat EN = new KpiFormat(Language.EN);
    private static final KpiFormat ZH = new KpiFormat(Language.ZH);

    /** Significant digits of {@link #decimal(double)}: more than any figure is printed with, fewer than float noise. */
    private static final MathContext MACHINE = new MathContext(12, RoundingMode.HALF_UP);

    /** English readings of Chinese unit symbols that have no rule of their own. */
    private static final Map<String, String> EN_UNITS = Map.of("人", "persons", "名", "persons", "个", "count",
            "股", "shares", "万股", "10k shares", "亿股", "100m shares", "元/股", "CNY/share");

    private final Language language;

    private KpiFormat(Language language) {
        this.language = language;
    }

    /**
     * Returns the format of a language.
     *
     * @param language the language, not null
     * @return the format, not null
     */
    public static KpiFormat of(Language language) {
        return Objects.requireNonNull(language, "language") == Language.ZH ? ZH : EN;
    }

    /** @return the English format */
    public static KpiFormat en() {
        return EN;
    }

    /** @return the Chinese format */
    public static KpiFormat zh() {
        return ZH;
    }

    /** @return the language, not null */
    public Language language() {
        return language;
    }

    /**
     * Picks the text of this format's language.
     *
     * @param en the English text, not null
     * @param zh the Chinese text, not null
     * @return one of them, not null
     */
    public String pick(String en, String zh) {
        return language == Language.ZH ? zh : en;
    }

    /**
     * Formats a number grouped in thousands with a fixed number of decimals: {@code 61,400.33}.
     *
     * @param value the value
     * @param decimals the decimals, 0 or more (negative counts as 0)
     * @return the text, {@link #MISSING} for NaN or infinity
     */
    public String number(double value, int decimals) {
        return grouped(value, decimals);
    }

    /**
     * Formats a number with its sign: {@code +2.40}, {@code -1,205.67}, {@code 0.00}.
     *
     * @param value the value
     * @param decimals the decimals, 0 or more
     * @return the text, {@link #MISSING} for NaN or infinity
     */
    public String signed(double value, int decimals) {
        String s = grouped(value, decimals);
        return value > 0 && !isZero(s) ? "+" + s : s;
    }

    /**
     * Formats a level as a percentage without a sign: a margin of 0.32 as {@code 32.00%}.
     *
     * @param fraction the value as a fraction
     * @param decimals the decimals of the percentage
     * @return the text, {@link #MISSING} for NaN or infinity
     */
    public String percent(double fraction, int decimals) {
        return Double.isFinite(fraction) ? grouped(fraction * 100, decimals) + "%" : MISSING;
    }

    /**
     * Formats a change as a signed percentage: 0.4827 as {@code +48.27%}.
     *
     * @param fraction the change as a fraction
     * @param decimals the decimals of the percentage
     * @return the text, {@link #MISSING} for NaN or infinity
     */
    public String change(double fraction, int decimals) {
        return Double.isFinite(fraction) ? signed(fraction * 100, decimals) + "%" : MISSING;
    }

    /**
     * Formats a change of a ratio in percentage points: {@code +2.00 pp}, Chinese
     * {@code +2.00个百分点}.
     *
     * @param points the change in percentage points (5 for a margin going from 27% to 32%)
     * @param decimals the decimals
     * @return the text, {@link #MISSING} for NaN or infinity
     */
    public String points(double points, int decimals) {
        return Double.isFinite(points) ? signed(points, decimals) + pointsSuffix() : MISSING;
    }

    /** @return what follows a number of percentage points: {@code " pp"} or {@code "个百分点"} */
    public String pointsSuffix() {
        return pick(" pp", "个百分点");
    }

    /**
     * Formats a percentage as it was printed, signed: {@code +48.27%}, or in points for the change
     * of a ratio ({@code +2 pp}), keeping the printed decimals.
     *
     * @param printed the printed percentage, not null
     * @param points true if it is a change of a ratio, in percentage points
     * @return the text, not null
     */
    public String printed(Percentage printed, boolean points) {
        Objects.requireNonNull(printed, "printed");
        BigDecimal p = printed.percent();
        String s = (p.signum() > 0 ? "+" : "") + p.toPlainString();
        return points ? s + pointsSuffix() : s + "%";
    }

    /**
     * Returns a unit as an analyst reads it in this language: {@code 万元} / {@code CNY 10k},
     * {@code 亿元} / {@code CNY 100m}, {@code 人} / {@code persons}; other units by their symbol.
     *
     * @param unit the unit, not null
     * @return the text, not null
     */
    public String unit(Unit unit) {
        Objects.requireNonNull(unit, "unit");
        String symbol = unit.symbol();
        if (language == Language.ZH) {
            return unit.equals(Unit.PERSONS) ? "人" : unit.equals(Unit.COUNT) ? "个" : symbol;
        }
        if (unit.dimension() == Dimension.CNY && symbol.endsWith("元")) {
            switch (unit.exponent()) {
                case 0: return "CNY";
                case 3: return "CNY k";
                case 4: return "CNY 10k";
                case 6: return "CNY m";
                case 8: return "CNY 100m";
                default: return "CNY 1e" + unit.exponent();
            }
        }
        return EN_UNITS.getOrDefault(symbol, symbol);
    }

    /**
     * Formats a value with its unit: {@code 65,461.73万元} in Chinese, {@code 65,461.73 CNY 10k} in
     * English; percent values as {@code 76.53%}.
     *
     * @param value the value in {@code unit}
     * @param decimals the decimals
     * @param unit the unit, not null
     * @return the text, not null
     */
    public String value(double value, int decimals, Unit unit) {
        String n = number(value, decimals);
        String u = unit(unit);
        if (n.equals(MISSING) || u.isEmpty()) {
            return n;
        }
        boolean tight = u.equals("%") || (language == Language.ZH && !u.isEmpty() && isCjk(u.codePointAt(0)));
        return n + (tight ? "" : " ") + u;
    }

    /**
     * Writes a computed number for a machine (CSV, JSON): at most 12 significant digits, so float
     * noise ({@code -2.3999999999999986}) becomes the decimal it stands for ({@code -2.4}); plain
     * digits between 1e-7 and 1e21, an exponent outside, as JavaScript prints numbers.
     *
     * @param value the value, finite
     * @return the text, not null
     * @throws IllegalArgumentException if the value is NaN or infinite: no file gets such a number
     */
    public static String decimal(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite but was " + value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(value).round(MACHINE).stripTrailingZeros();
        double a = Math.abs(value);
        return a >= 1e-7 && a < 1e21 ? d.toPlainString() : d.toString();
    }

    /**
     * Writes a figure for a machine with the decimals it was given with, rounded half away from
     * zero: {@code 61400.33}; a difference of two figures takes the larger of their decimals.
     *
     * @param value the value, finite
     * @param decimals the decimals, 0 or more
     * @return the text, not null
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    public static String decimal(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite but was " + value);
        }
        return BigDecimal.valueOf(value).setScale(Math.max(0, decimals), RoundingMode.HALF_UP).toPlainString();
    }

    private static String grouped(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return MISSING;
        }
        BigDecimal bd = BigDecimal.valueOf(v).setScale(Math.max(0, decimals), RoundingMode.HALF_UP);
        if (bd.signum() == 0) {
            bd = bd.abs(); // no "-0.00"
        }
        String plain = bd.toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder sb = new StringBuilder(plain.length() + whole.length() / 3);
        if (negative) {
            sb.append('-');
        }
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        sb.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) {
            sb.append(',').append(whole, i, i + 3);
        }
        if (dot >= 0) {
            sb.append(digits, dot, digits.length());
        }
        return sb.toString();
    }

    private static boolean isZero(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '0' && c != '.' && c != ',' && c != '-') {
                return false;
            }
        }
        return true;
    }

    static boolean isCjk(int cp) {
        return (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    @Override
    public String toString() {
        return "KpiFormat[" + language + "]";
    }
}
