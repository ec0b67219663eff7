package org.kpi4j.reconcile;

/**
 * The outcome of checking a printed figure against one recomputed from the data.
 *
 * <pre>{@code
 * report.rows().get(0).status();   // OK
 * }</pre>
 */
public enum CheckStatus {
    /** The recomputed figure rounds to what was printed (within the rounding of every input). */
    OK,
    /** The recomputed figure cannot round to what was printed. */
    MISMATCH,
    /** The data lack what is needed to recompute it (usually the base), or a figure is approximate. */
    UNVERIFIABLE;

    /** @return the lower-case spelling used in output */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
