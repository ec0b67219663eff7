package org.kpi4j;

import java.util.Objects;

/**
 * Where a fact was read from: a file or resource name and a 1-based line.
 *
 * <pre>{@code
 * new Origin("paratera.csv", 5).toString();   // paratera.csv:5
 * }</pre>
 *
 * @param source the file or resource name, not null
 * @param line the 1-based line, or 0 when unknown
 */
public record Origin(String source, int line) {

    /**
     * Validates the origin.
     *
     * @param source the file or resource name, not null
     * @param line the 1-based line, or 0 when unknown
     */
    public Origin {
        Objects.requireNonNull(source, "source");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0 but was " + line);
        }
    }

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line : source;
    }
}
