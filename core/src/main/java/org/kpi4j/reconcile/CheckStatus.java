package org.kpi4j.reconcile;

import java.util.Locale;

/**
 * The outcome of checking a printed figure against one recomputed from the data.
 *
 * <pre>{@code
 * CheckStatus.parse("ok");          // OK
 * CheckStatus.MISMATCH.toString();  // "mismatch"
 * }</pre>
 */
public enum CheckStatus {
    /** The recomputed figure rounds to what was printed (within the rounding of every input). */
    OK,
    /** The recomputed figure cannot round to what was printed. */
    MISMATCH,
    /** The data lack what is needed to recompute it (usually the base), or a figure is approximate. */
    UNVERIFIABLE;

    /** @return the lower-case spelling used in output, the same as {@link #toString()} */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code ok}, {@code mismatch} or {@code unverifiable}.
     *
     * @param text the code, not null
     * @return the status, not null
     * @throws IllegalArgumentException naming the text if unknown
     */
    public static CheckStatus parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown check status '" + text + "'; expected ok, mismatch or unverifiable",
                    e);
        }
    }

    /** @return the code, which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return code();
    }
}
