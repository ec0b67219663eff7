package org.kpi4j.spark;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.kpi4j.KpiDataException;

/**
 * A batch of whole series handed to io's readers as tidy CSV, so that the rules of
 * {@link org.kpi4j.io.PanelCsv} and {@link org.kpi4j.io.FactsCsv} (catalog, basis, units, fiscal
 * calendar, latest as_of, refusals) apply to Spark rows exactly as to a file, from one
 * implementation. The batch's row {@code i} is the CSV's line {@code i + 2}; a reader's error is
 * translated to name the Spark row instead of that line.
 */
final class CsvBatch implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What PanelCsv reads: the figure and what places it; reported_cagr_pct marks a row without one. */
    static final List<String> PANEL_FIELDS = List.of("entity", "metric", "segment", "period", "basis", "value",
            "unit", "as_of", "reported_cagr_pct");

    /** What FactsCsv needs for reconciliation and vintages (source and note are not needed). */
    static final List<String> FACT_FIELDS = List.of("entity", "metric", "segment", "period", "basis", "value", "unit",
            "as_of", "reported_change_pct", "comparison_period", "reported_flag", "reported_cagr_pct", "approximate");

    private static final Pattern LINE = Pattern.compile("\\bline (\\d+)\\b");

    private final String source;
    private final String[] fields;
    private final int[] index;

    /**
     * @param source the name errors give as the source
     * @param fields the tidy fields to write, in order, those the rows lack left out
     * @param index the position of each field in the rows
     */
    private CsvBatch(String source, String[] fields, int[] index) {
        this.source = source;
        this.fields = fields;
        this.index = index;
    }

    /**
     * A batch writer for the fields the layout has.
     *
     * @param source the name errors give as the source
     * @param wanted the tidy fields to pass on
     * @param layout the rows' layout
     */
    static CsvBatch of(String source, List<String> wanted, RowLayout layout) {
        List<String> f = new ArrayList<>();
        List<Integer> ix = new ArrayList<>();
        for (String w : wanted) {
            int i = layout.index(w);
            if (i >= 0) {
                f.add(w);
                ix.add(i);
            }
        }
        return new CsvBatch(source, f.toArray(new String[0]), ix.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The batch as UTF-8 CSV with a header row. */
    InputStream csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder(64 * (rows.size() + 1));
        for (int j = 0; j < fields.length; j++) {
            sb.append(j == 0 ? "" : ",").append(fields[j]);
        }
        sb.append('\n');
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            for (int j = 0; j < fields.length; j++) {
                if (j > 0) {
                    sb.append(',');
                }
                String t = text(row, index[j], fields[j]);
                if (t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
                    throw KpiDataException.at(describe(row), 0, fields[j], t, fields[j]
                            + " holds a line break; a fact's fields are one line of text");
                }
                quote(sb, t);
            }
            sb.append('\n');
        }
        return new ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The text of a field as the tidy format writes it: strings as they are, numbers in Java's
     * round-trip form ({@code Double.toString}; {@code BigDecimal.toPlainString}, which keeps the
     * printed decimals), dates as ISO dates; empty for null.
     */
    String text(Row row, int i, String field) {
        if (i < 0 || row.isNullAt(i)) {
            return "";
        }
        Object v = row.get(i);
        if (v instanceof String) {
            return (String) v;
        }
        if (v instanceof Double) {
            return Double.toString((Double) v);
        }
        if (v instanceof Float) {
            return Float.toString((Float) v); // 0.1f is the figure 0.1, not 0.10000000149011612
        }
        if (v instanceof BigDecimal) {
            return ((BigDecimal) v).toPlainString();
        }
        if (v instanceof Number || v instanceof Boolean || v instanceof java.time.LocalDate) {
            return v.toString();
        }
        if (v instanceof java.sql.Date) {
            return ((java.sql.Date) v).toLocalDate().toString();
        }
        throw KpiDataException.at(source, 0, field, String.valueOf(v), field + " is a "
                + v.getClass().getSimpleName() + "; expected text, a number or a date");
    }

    private static void quote(StringBuilder sb, String s) {
        boolean plain = s.indexOf(',') < 0 && s.indexOf('"') < 0 && (s.isEmpty() || s.strip().equals(s));
        if (plain) {
            sb.append(s);
        } else {
            sb.append('"').append(s.replace("\"", "\"\"")).append('"');
        }
    }

    /**
     * The reader's error, naming the Spark row of the line it names (and of any other line its
     * message mentions) rather than a line of the CSV made for it.
     */
    KpiDataException translate(KpiDataException e, List<Row> rows) {
        int r = e.line() - 2;
        String where = r >= 0 && r < rows.size() ? describe(rows.get(r)) : source;
        Matcher m = LINE.matcher(e.problem());
        StringBuilder problem = new StringBuilder();
        while (m.find()) {
            int other = Integer.parseInt(m.group(1)) - 2;
            String row = other >= 0 && other < rows.size() ? "the row " + key(rows.get(other)) : m.group();
            m.appendReplacement(problem, Matcher.quoteReplacement(row));
        }
        m.appendTail(problem);
        return KpiDataException.at(where, 0, e.column().orElse(null), e.text().orElse(null), problem.toString(), e);
    }

    /** "facts row acme/revenue 2024Q3 (as_of 2025-04-30)": where a Spark row's error came from. */
    String describe(Row row) {
        return source + " row " + key(row);
    }

    private String key(Row row) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < fields.length; j++) {
            String f = fields[j];
            if (f.equals("entity") || f.equals("metric") || f.equals("segment") || f.equals("period")
                    || f.equals("basis") || f.equals("as_of")) {
                String t = text(row, index[j], f);
                if (!t.isEmpty()) {
                    sb.append(sb.length() == 0 ? "" : ", ").append(f).append('=').append(t);
                }
            }
        }
        return "(" + sb + ")";
    }
}
