package org.kpi4j.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.kpi4j.KpiDataException;
import org.kpi4j.io.TidyReader;

/**
 * Spark rows as the tidy rows of text that io's {@link TidyReader} reads with the file readers'
 * rules, and the reader's errors turned back into errors naming the Spark row: a batch's row
 * {@code i} is the reader's line {@code i + 1}.
 */
final class RowText implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern LINE = Pattern.compile("\\bline (\\d+)\\b");
    private static final List<String> KEY_FIELDS = List.of("entity", "metric", "segment", "period", "basis", "as_of");

    private final String source;
    private final RowLayout layout;

    RowText(String source, RowLayout layout) {
        this.source = source;
        this.layout = layout;
    }

    /** The row as tidy text, field by field on demand. */
    TidyReader.Row view(Row row) {
        return field -> text(row, field);
    }

    /**
     * The text of a field as the tidy format writes it: strings as they are, numbers in Java's
     * round-trip form ({@code Double.toString}; {@code BigDecimal.toPlainString}, which keeps the
     * printed decimals), dates as ISO dates; null where the facts lack the field or the cell is null.
     */
    String text(Row row, String field) {
        int i = layout.index(field);
        if (i < 0 || row.isNullAt(i)) {
            return null;
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
        throw KpiDataException.at(source, 0, field, String.valueOf(v), field + " is a " + v.getClass().getSimpleName()
                + "; expected text, a number or a date");
    }

    /**
     * The reader's error, naming the Spark row of the line it names (and of any other line its
     * message mentions) instead of the line.
     */
    KpiDataException translate(KpiDataException e, List<Row> rows) {
        int r = e.line() - 1;
        String where = r >= 0 && r < rows.size() ? describe(rows.get(r)) : source;
        Matcher m = LINE.matcher(e.problem());
        StringBuilder problem = new StringBuilder();
        while (m.find()) {
            int other = Integer.parseInt(m.group(1)) - 1;
            String row = other >= 0 && other < rows.size() ? "the row " + key(rows.get(other)) : m.group();
            m.appendReplacement(problem, Matcher.quoteReplacement(row));
        }
        m.appendTail(problem);
        return KpiDataException.at(where, 0, e.column().orElse(null), e.text().orElse(null), problem.toString(), e);
    }

    /** "facts row (entity=acme, metric=revenue, period=2024Q3, as_of=2025-04-30)": where a Spark row's error came from. */
    String describe(Row row) {
        return source + " row " + key(row);
    }

    private String key(Row row) {
        StringBuilder sb = new StringBuilder();
        for (String f : KEY_FIELDS) {
            String t;
            try {
                t = text(row, f);
            } catch (KpiDataException e) {
                t = "?";
            }
            if (t != null && !t.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(f).append('=').append(t);
            }
        }
        return "(" + sb + ")";
    }
}
