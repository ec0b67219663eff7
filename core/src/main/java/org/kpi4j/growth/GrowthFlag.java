package org.kpi4j.growth;

import org.kpi4j.KpiDataException;
import java.util.Locale;
import org.kpi4j.format.Language;

/**
 * What happened to the sign of a value against a base that was not positive or whose sign changed.
 *
 * <pre>{@code
 * GrowthFlag.of(50, -200);    // TURNAROUND (扭亏为盈)
 * GrowthFlag.of(-50, -200);   // LOSS_NARROWED
 * GrowthFlag.of(120, 100);    // NONE
 * GrowthFlag.TURNAROUND.label(Language.ZH);   // 扭亏为盈
 * }</pre>
 */
public enum GrowthFlag {
    /** Base positive, value not negative: nothing to flag. */
    NONE("", ""),
    /** From a loss to a profit (扭亏为盈). */
    TURNAROUND("turnaround", "扭亏为盈"),
    /** From a profit to a loss (由盈转亏). */
    TO_LOSS("to_loss", "由盈转亏"),
    /** Still a loss, smaller than before, or break-even after a loss (亏损收窄). */
    LOSS_NARROWED("loss_narrowed", "亏损收窄"),
    /** Still a loss, larger than before (亏损扩大). */
    LOSS_WIDENED("loss_widened", "亏损扩大"),
    /** Still a loss of the same size. */
    LOSS_UNCHANGED("loss_unchanged", "亏损持平"),
    /** The base is zero, so no growth rate exists. */
    ZERO_BASE("zero_base", "基数为零");

    private final String code;
    private final String zh;

    GrowthFlag(String code, String zh) {
        this.code = code;
        this.zh = zh;
    }

    /**
     * Classifies a value against its base.
     *
     * @param value the value
     * @param base the base
     * @return the flag, not null
     */
    public static GrowthFlag of(double value, double base) {
        if (base == 0) {
            return ZERO_BASE;
        }
        if (base > 0) {
            return value < 0 ? TO_LOSS : NONE;
        }
        if (value > 0) {
            return TURNAROUND;
        }
        double v = Math.abs(value);
        double b = Math.abs(base);
        return v < b ? LOSS_NARROWED : v > b ? LOSS_WIDENED : LOSS_UNCHANGED;
    }

    /** @return the snake_case code used in files and JSON ({@code turnaround}), empty for NONE */
    public String code() {
        return code;
    }

    /**
     * Returns the flag in words: {@code 扭亏为盈} in Chinese, {@code turnaround} in English; empty
     * for NONE.
     *
     * @param language the language, not null
     * @return the words, not null
     */
    public String label(Language language) {
        return language == Language.ZH ? zh : code.replace('_', ' ');
    }

    /** @return the code, {@code none} for NONE, which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return this == NONE ? "none" : code;
    }

    /** @return the Chinese phrase a filing prints, empty for NONE */
    public String chinese() {
        return zh;
    }

    /**
     * Parses a flag from its code or Chinese phrase ({@code turnaround} or {@code 扭亏为盈}).
     *
     * @param text the text, not null
     * @return the flag, not null
     * @throws IllegalArgumentException naming the text if unknown
     */
    public static GrowthFlag parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (GrowthFlag f : values()) {
            if (f != NONE && (f.code.equals(t) || f.zh.equals(t))) {
                return f;
            }
        }
        if (t.isEmpty() || t.equals("none")) {
            return NONE;
        }
        throw new IllegalArgumentException("unknown growth flag " + KpiDataException.quote(text)
                + "; expected turnaround, to_loss, loss_narrowed, loss_widened, loss_unchanged or zero_base");
    }
}
