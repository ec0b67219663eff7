package org.kpi4j.format;

import java.util.Locale;

/**
 * The language labels, units and notes are shown in.
 *
 * <pre>{@code
 * Language.parse("zh");          // ZH
 * Language.ZH.toString();        // "zh"
 * }</pre>
 */
public enum Language {
    /** English: "Revenue", "CNY 10k", "+2.00 pp". */
    EN,
    /** Chinese: "营业收入", "万元", "+2.00个百分点". */
    ZH;

    /**
     * Parses {@code en} or {@code zh}, case-insensitive.
     *
     * @param text the code, not null
     * @return the language, not null
     * @throws IllegalArgumentException naming the text if unknown
     */
    public static Language parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.toString().equals(t)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language '" + text + "'; expected en or zh");
    }

    /** @return the code, {@code en} or {@code zh}, which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
