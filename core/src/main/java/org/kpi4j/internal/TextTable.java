package org.kpi4j.internal;

import java.util.ArrayList;
import java.util.List;
import org.kpi4j.format.KpiFormat;

/**
 * An aligned plain-text table for {@code toString()} and the command line: a header row, then rows;
 * numeric-looking cells are right-aligned. Display width counts CJK characters as two columns.
 * Not part of the public API.
 */
public final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    private TextTable(List<String> header) {
        this.header = header;
    }

    /**
     * Starts a table.
     *
     * @param header the column titles
     * @return the table
     */
    public static TextTable of(String... header) {
        return new TextTable(List.of(header));
    }

    /**
     * Adds a row; nulls print as an em dash.
     *
     * @param cells the cells, as many as the header
     * @return this table
     */
    public TextTable row(Object... cells) {
        List<String> r = new ArrayList<>(cells.length);
        for (Object c : cells) {
            r.add(c == null ? "—" : c.toString());
        }
        rows.add(r);
        return this;
    }

    /** @return the number of rows added */
    public int size() {
        return rows.size();
    }

    @Override
    public String toString() {
        int n = header.size();
        int[] width = new int[n];
        boolean[] numeric = new boolean[n];
        for (int i = 0; i < n; i++) {
            width[i] = displayWidth(header.get(i));
            numeric[i] = false;
        }
        boolean[] mixed = new boolean[n];
        for (List<String> r : rows) {
            for (int i = 0; i < n && i < r.size(); i++) {
                width[i] = Math.max(width[i], displayWidth(r.get(i)));
                String c = r.get(i);
                if (!c.equals("—") && !c.isEmpty()) {
                    if (looksNumeric(c)) {
                        numeric[i] = true;
                    } else {
                        mixed[i] = true;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            numeric[i] &= !mixed[i];
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, width, numeric);
        for (int i = 0; i < n; i++) {
            sb.append("-".repeat(width[i]));
            if (i < n - 1) {
                sb.append("  ");
            }
        }
        sb.append('\n');
        for (List<String> r : rows) {
            line(sb, r, width, numeric);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width, boolean[] numeric) {
        StringBuilder ln = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String c = i < cells.size() ? cells.get(i) : "";
            int pad = width[i] - displayWidth(c);
            if (numeric[i]) {
                ln.append(" ".repeat(pad)).append(c);
            } else {
                ln.append(c).append(" ".repeat(pad));
            }
            if (i < width.length - 1) {
                ln.append("  ");
            }
        }
        sb.append(ln.toString().stripTrailing()).append('\n');
    }

    private static boolean looksNumeric(String c) {
        return c.matches("[+\\-−]?[0-9][0-9,]*(\\.[0-9]+)?( ?(%|pp|x))?( ?[*~])?");
    }

    /**
     * Returns the width of text on a terminal, counting East Asian wide characters as two.
     *
     * @param s the text
     * @return the width in columns
     */
    public static int displayWidth(String s) {
        return org.kpi4j.format.KpiTable.displayWidth(s);
    }

    /**
     * Formats a number grouped in thousands with fixed decimals ({@link KpiFormat#number}).
     *
     * @param v the value
     * @param decimals the decimals, 0 or more
     * @return the text
     */
    public static String number(double v, int decimals) {
        return KpiFormat.en().number(v, decimals);
    }

    /**
     * Formats a fraction as a signed percent, {@code 0.4827} as {@code +48.27%} ({@link KpiFormat#change}).
     *
     * @param fraction the fraction
     * @param decimals the decimals of the percent
     * @return the text
     */
    public static String percent(double fraction, int decimals) {
        return KpiFormat.en().change(fraction, decimals);
    }
}
