package org.kpi4j.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The one rule for a flow's figures of one fiscal year that cover the same quarters in different
 * ways: a year-to-date or half-year figure and the quarters (or shorter spans) it is made of must
 * agree. Q1 = 10, Q2 = 9 and H1 = 10 contradict each other (Q1 + Q2 = 19), and a discrete-quarter
 * view would silently keep Q2 = 9 while a year-to-date view keeps H1 = 10. {@code FactSet} applies
 * it to the facts of every series, {@code PanelAssembler} to a series that mixes year-to-date and
 * discrete rows, so both readers report a contradiction with the same words.
 *
 * <p>The figures agree when the exact decimal sum of the parts lies within the rounding of all the
 * figures involved: each figure, as the shortest decimal that identifies its double, may be off by
 * half a unit in its last decimal (half of 1 for a whole number). Approximate figures (约) are not
 * checked. Not part of the public API.
 */
public final class SpanSums {

    private SpanSums() {
    }

    /**
     * One figure: quarters {@code first..last} of a fiscal year.
     *
     * @param first the first fiscal quarter, 1 to 4
     * @param last the last fiscal quarter, first to 4
     * @param value the value, finite
     * @param label the period as written in messages, such as {@code 2024H1}
     * @param line the line the figure came from, 0 when unknown
     */
    public record Figure(int first, int last, double value, String label, int line) {

        /**
         * Validates the figure.
         *
         * @param first the first fiscal quarter, 1 to 4
         * @param last the last fiscal quarter, first to 4
         * @param value the value, finite
         * @param label the period as written, not null
         * @param line the line, 0 or more
         */
        public Figure {
            Objects.requireNonNull(label, "label");
            if (first < 1 || last > 4 || first > last) {
                throw new IllegalArgumentException("quarters must be within 1..4 but were " + first + ".." + last);
            }
        }
    }

    /**
     * A contradiction: a figure and the parts that cover the same quarters but sum to another value.
     *
     * @param whole the figure contradicted, not null
     * @param parts the figures that tile its quarters, in quarter order, not null
     * @param message one line naming both sides, their values and lines, not null
     */
    public record Contradiction(Figure whole, List<Figure> parts, String message) {
    }

    /**
     * Finds the first contradiction among one series' figures of one fiscal year, checking the
     * longer spans first and, for each, every way the other figures tile it, coarsest first.
     *
     * @param series the series as named in the message, such as {@code acme/revenue}
     * @param figures the figures of the year, at most one per span, none approximate
     * @return the contradiction, or null if the figures agree
     */
    public static Contradiction find(String series, List<Figure> figures) {
        List<Figure> sorted = new ArrayList<>(figures);
        // longer spans first, then by the quarter they end on; as parts, coarser spans are tried first
        sorted.sort(Comparator.comparingInt((Figure f) -> f.first - f.last).thenComparingInt(f -> f.last));
        for (Figure whole : sorted) {
            if (whole.first == whole.last) {
                continue;
            }
            Contradiction c = tile(series, whole, sorted, whole.first, new ArrayList<>());
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static Contradiction tile(String series, Figure whole, List<Figure> all, int from, List<Figure> parts) {
        if (from > whole.last) {
            return compare(series, whole, parts);
        }
        for (Figure f : all) {
            if (f.first == from && f.last <= whole.last && !(f.first == whole.first && f.last == whole.last)) {
                parts.add(f);
                Contradiction c = tile(series, whole, all, f.last + 1, parts);
                parts.remove(parts.size() - 1);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    private static Contradiction compare(String series, Figure whole, List<Figure> parts) {
        BigDecimal w = BigDecimal.valueOf(whole.value);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal tolerance = half(w);
        for (Figure p : parts) {
            BigDecimal v = BigDecimal.valueOf(p.value);
            sum = sum.add(v);
            tolerance = tolerance.add(half(v));
        }
        if (sum.subtract(w).abs().compareTo(tolerance) <= 0) {
            return null;
        }
        StringBuilder names = new StringBuilder();
        StringBuilder lines = new StringBuilder();
        for (Figure p : parts) {
            names.append(names.length() == 0 ? "" : " + ").append(p.label);
            if (p.line > 0) {
                lines.append(lines.length() == 0 ? "" : ", ").append(p.line);
            }
        }
        String message = "series " + series + " contradicts itself: " + whole.label + " = " + text(w)
                + (whole.line > 0 ? " (line " + whole.line + ")" : "") + " but " + names + " = " + text(sum)
                + (lines.length() == 0 ? "" : parts.size() == 1 ? " (line " + lines + ")" : " (lines " + lines + ")")
                + ", beyond the rounding of the figures; correct one of them, or give a revised figure its as_of";
        return new Contradiction(whole, List.copyOf(parts), message);
    }

    /** Half a unit in the last decimal of a figure written as its shortest decimal (0.5 for an integer). */
    private static BigDecimal half(BigDecimal v) {
        int scale = Math.max(0, v.stripTrailingZeros().scale());
        return BigDecimal.valueOf(5, scale + 1);
    }

    private static String text(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.precision() - s.scale() > 21 || s.scale() > 21 ? s.toString() : s.toPlainString();
    }
}
