package org.kpi4j.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of {@link Cell}s under named columns, with an optional title and footnotes: what every
 * kpi4j type shows as its {@code toString()} (aligned text, numbers right-aligned, CJK characters
 * counted two columns wide) and what the report's HTML, Markdown and Excel writers and the
 * notebook display render, so a table reads the same everywhere.
 *
 * <pre>{@code
 * KpiFormat f = KpiFormat.en();
 * KpiTable t = KpiTable.builder("period", "value", "yoy")
 *         .title("paratera/revenue")
 *         .row(Cell.text("2024"), Cell.number(65461.73, 2, f), Cell.change(0.4827, 2, f))
 *         .footnote("* derived")
 *         .build();
 * t.rows().size();      // 1
 * String text = t.toString();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KpiTable {

    private final String title;
    private final List<String> columns;
    private final List<List<Cell>> rows;
    private final List<String> footnotes;

    private KpiTable(String title, List<String> columns, List<List<Cell>> rows, List<String> footnotes) {
        this.title = title;
        this.columns = List.copyOf(columns);
        List<List<Cell>> r = new ArrayList<>(rows.size());
        for (List<Cell> row : rows) {
            r.add(List.copyOf(row));
        }
        this.rows = List.copyOf(r);
        this.footnotes = List.copyOf(footnotes);
    }

    /**
     * Starts a table.
     *
     * @param columns the column titles, at least one, not null
     * @return a builder, not null
     */
    public static Builder builder(String... columns) {
        return new Builder(List.of(columns));
    }

    /**
     * Starts a table.
     *
     * @param columns the column titles, at least one, not null
     * @return a builder, not null
     */
    public static Builder builder(List<String> columns) {
        return new Builder(columns);
    }

    /** @return the title, empty if none, not null */
    public String title() {
        return title;
    }

    /** @return the column titles, not null */
    public List<String> columns() {
        return columns;
    }

    /** @return the rows, each with one cell per column, not null */
    public List<List<Cell>> rows() {
        return rows;
    }

    /** @return the footnotes (marks, sources), not null */
    public List<String> footnotes() {
        return footnotes;
    }

    /**
     * Returns true if a column holds numbers (and nothing but numbers or missing cells), so that a
     * writer right-aligns it.
     *
     * @param column the column index
     * @return true for a numeric column
     */
    public boolean isNumeric(int column) {
        Objects.checkIndex(column, columns.size());
        boolean any = false;
        for (List<Cell> r : rows) {
            Cell.Kind k = r.get(column).kind();
            if (k == Cell.Kind.TEXT) {
                return false;
            }
            any |= k.isNumeric();
        }
        return any;
    }

    /**
     * Returns the table as aligned plain text: the title, the header, a rule, the rows, the
     * footnotes.
     */
    @Override
    public String toString() {
        int n = columns.size();
        int[] width = new int[n];
        boolean[] right = new boolean[n];
        for (int i = 0; i < n; i++) {
            width[i] = displayWidth(columns.get(i));
            right[i] = isNumeric(i);
        }
        for (List<Cell> r : rows) {
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], displayWidth(r.get(i).text()));
            }
        }
        StringBuilder sb = new StringBuilder();
        if (!title.isEmpty()) {
            sb.append(title).append('\n');
        }
        line(sb, columns, width, right);
        for (int i = 0; i < n; i++) {
            sb.append("-".repeat(width[i]));
            if (i < n - 1) {
                sb.append("  ");
            }
        }
        sb.append('\n');
        List<String> texts = new ArrayList<>(n);
        for (List<Cell> r : rows) {
            texts.clear();
            for (Cell c : r) {
                texts.add(c.text());
            }
            line(sb, texts, width, right);
        }
        for (String f : footnotes) {
            sb.append(f).append('\n');
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width, boolean[] right) {
        StringBuilder ln = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String c = cells.get(i);
            int pad = width[i] - displayWidth(c);
            if (right[i]) {
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

    /**
     * Returns the width of text on a terminal, counting East Asian wide characters as two columns.
     *
     * @param s the text, not null
     * @return the width in columns
     */
    public static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** Builds a {@link KpiTable}; not thread-safe, but the table it builds is immutable. */
    public static final class Builder {
        private final List<String> columns;
        private final List<List<Cell>> rows = new ArrayList<>();
        private final List<String> footnotes = new ArrayList<>();
        private String title = "";

        private Builder(List<String> columns) {
            Objects.requireNonNull(columns, "columns");
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least one column");
            }
            columns.forEach(c -> Objects.requireNonNull(c, "column"));
            this.columns = List.copyOf(columns);
        }

        /**
         * Sets the title.
         *
         * @param title the title, not null
         * @return this builder
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * Adds a row of cells, one per column.
         *
         * @param cells the cells, not null
         * @return this builder
         * @throws IllegalArgumentException if the number of cells differs from the columns'
         */
        public Builder row(Cell... cells) {
            return row(List.of(cells));
        }

        /**
         * Adds a row of cells, one per column.
         *
         * @param cells the cells, not null
         * @return this builder
         * @throws IllegalArgumentException if the number of cells differs from the columns'
         */
        public Builder row(List<Cell> cells) {
            if (cells.size() != columns.size()) {
                throw new IllegalArgumentException("a row needs " + columns.size() + " cells but got " + cells.size());
            }
            rows.add(List.copyOf(cells));
            return this;
        }

        /**
         * Adds a footnote line, unless it is empty.
         *
         * @param footnote the text, not null
         * @return this builder
         */
        public Builder footnote(String footnote) {
            if (!Objects.requireNonNull(footnote, "footnote").isEmpty()) {
                footnotes.add(footnote);
            }
            return this;
        }

        /** @return the number of rows added */
        public int size() {
            return rows.size();
        }

        /** @return the table, not null */
        public KpiTable build() {
            return new KpiTable(title, columns, rows, footnotes);
        }
    }
}
