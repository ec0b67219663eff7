package org.kpi4j;

import java.util.Optional;

/**
 * Bad data: a fact, file or series that cannot be used as given, with where it came from.
 *
 * <p>The message always reads as one line an analyst can act on, for example
 * {@code facts.csv:7: column 'unit': unknown unit 'RMB bn'; expected one of 元, 万元, 亿元, ...}.
 * Callers that show errors to people print {@link #getMessage()}; callers that need the parts use
 * {@link #source()}, {@link #line()}, {@link #column()} and {@link #text()}.
 *
 * <pre>{@code
 * try {
 *     FactSet facts = FactsCsv.read(Path.of("facts.csv"));
 * } catch (KpiDataException e) {
 *     String where = e.getMessage();   // facts.csv:3: column 'period': ...
 * }
 * }</pre>
 *
 * <p>It is an {@link IllegalArgumentException}, as kpi4j's argument errors are: a caller that
 * handles bad input of any kind catches that one type, and gets the place from this one when the
 * input came from a file.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KpiDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The file or resource name, null when unknown. */
    private final String source;
    /** The 1-based line, or 0 when unknown. */
    private final int line;
    /** The column (field) name, null when unknown. */
    private final String column;
    /** The offending text, null when unknown. */
    private final String text;
    /** The problem alone, without the place. */
    private final String problem;

    private KpiDataException(String source, int line, String column, String text, String problem, Throwable cause) {
        super(format(source, line, column, problem), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.text = text;
        this.problem = problem;
    }

    /**
     * Creates an exception for a problem at a place in a file.
     *
     * @param source the file or resource name, may be null when unknown
     * @param line the 1-based line, or 0 when unknown
     * @param column the column (field) name, may be null
     * @param text the offending text, may be null
     * @param problem what is wrong and what was expected, not null
     * @return the exception, not null
     */
    public static KpiDataException at(String source, int line, String column, String text, String problem) {
        return new KpiDataException(source, line, column, text, problem, null);
    }

    /**
     * Creates an exception for a problem at a place in a file, with its cause.
     *
     * @param source the file or resource name, may be null
     * @param line the 1-based line, or 0 when unknown
     * @param column the column name, may be null
     * @param text the offending text, may be null
     * @param problem what is wrong, not null
     * @param cause the underlying exception, may be null
     * @return the exception, not null
     */
    public static KpiDataException at(String source, int line, String column, String text, String problem,
            Throwable cause) {
        return new KpiDataException(source, line, column, text, problem, cause);
    }

    /**
     * Creates an exception for a problem that has no place in a file (data built in code).
     *
     * @param problem what is wrong, not null
     * @return the exception, not null
     */
    public static KpiDataException of(String problem) {
        return new KpiDataException(null, 0, null, null, problem, null);
    }

    /**
     * Creates an exception for a problem found at the place a fact came from.
     *
     * @param origin where the fact came from, may be null
     * @param column the column name, may be null
     * @param problem what is wrong, not null
     * @return the exception, not null
     */
    public static KpiDataException at(org.kpi4j.Origin origin, String column, String problem) {
        return origin == null
                ? new KpiDataException(null, 0, column, null, problem, null)
                : new KpiDataException(origin.source(), origin.line(), column, null, problem, null);
    }

    private static String format(String source, int line, String column, String problem) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
            if (line > 0) {
                sb.append(':').append(line);
            }
            sb.append(": ");
        } else if (line > 0) {
            sb.append("line ").append(line).append(": ");
        }
        if (column != null) {
            sb.append("column '").append(column).append("': ");
        }
        sb.append(problem);
        return sb.toString();
    }

    /** @return the file or resource name, if known */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** @return the 1-based line, or 0 when unknown */
    public int line() {
        return line;
    }

    /** @return the column (field) name, if known */
    public Optional<String> column() {
        return Optional.ofNullable(column);
    }

    /** @return the offending text, if known */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** @return the problem alone, without the place */
    public String problem() {
        return problem;
    }
}
