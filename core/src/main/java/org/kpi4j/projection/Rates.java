package org.kpi4j.projection;

import org.kpi4j.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing and printing of growth rates: the API takes rates as fractions ({@code 0.462}), and
 * people write them as percentages ({@code "46.2%"}) or fractions ({@code "0.462"}).
 *
 * <pre>{@code
 * Rates.parse("46.2%");    // 0.462
 * Rates.parse("0.462");    // 0.462
 * Rates.parse("-5%");      // -0.05
 * Rates.format(0.462);     // "+46.20%"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rates {

    /** Optional sign, a plain decimal, optional percent sign (ASCII or full-width); groups: sign, number, percent. */
    static final Pattern RATE = Pattern.compile("([+\\-\u2212]?)\\s*(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*([%\uFF05]?)");

    private Rates() {
    }

    /**
     * Parses a rate written as a percentage ({@code "46.2%"}, {@code "+43 %"}, {@code "-5%"}) or as a
     * fraction ({@code "0.462"}) into a fraction. Surrounding blanks are ignored; the minus sign may be
     * ASCII {@code -} or U+2212, the percent sign ASCII or full-width {@code ％}. A bare number is a
     * fraction: {@code "46.2"} means 4,620%, not 46.2%. Exponents, thousands separators and anything
     * else are refused.
     *
     * @param text the rate, not null
     * @return the rate as a fraction, the double nearest the decimal written
     * @throws IllegalArgumentException if the text is not a rate in one of these forms
     */
    public static double parse(String text) {
        return decimal(text).doubleValue();
    }

    /**
     * Formats a fraction as a signed percent with two decimals, {@code 0.462} as {@code "+46.20%"}.
     *
     * @param rate the rate as a fraction, finite
     * @return the text, not null
     * @throws IllegalArgumentException if the rate is not finite
     */
    public static String format(double rate) {
        return Checks.pct(Checks.finite(rate, "rate"));
    }

    /** Parses the text into the exact decimal fraction it denotes, keeping its scale. */
    static BigDecimal decimal(String text) {
        Matcher m = match(text);
        BigDecimal d = new BigDecimal(normalise(m.group(2)));
        if (!m.group(1).isEmpty() && !m.group(1).equals("+")) {
            d = d.negate();
        }
        return m.group(3).isEmpty() ? d : d.movePointLeft(2);
    }

    static Matcher match(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = RATE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("text must be a rate such as \"46.2%\" or \"0.462\" but was \""
                    + text + "\"");
        }
        return m;
    }

    /** "5." → "5", ".5" → "0.5": BigDecimal accepts both, this keeps the written scale obvious. */
    static String normalise(String number) {
        String n = number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
        return n.startsWith(".") ? "0" + n : n;
    }
}
