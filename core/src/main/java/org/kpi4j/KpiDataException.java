package org.kpi4j;

import java.util.Optional;

/**
 * Bad data: a fact, file or series that cannot be used as given, with where it came from.
 *
 * <p>The message always reads as one line an analyst can act on, for example
 * {@code facts.csv:7: column 'unit': unknown unit 'RMB bn'; expected one of 元, 万元, 亿元, ...}.
 * Offending text is quoted with {@link #quote(CharSequence)}, and the message as a whole has its
 * control characters escaped ({@code \n}, {@code \u0000}) and is cut at {@value #MAX_MESSAGE}
 * characters, so that a line break or a megabyte inside a bad field still gives one short line.
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

    /** The longest message, in characters; a longer one is cut and ends with an ellipsis. */
    public static final int MAX_MESSAGE = 1000;

    /** The longest text {@link #quote(CharSequence)} shows, in characters. */
    private static final int MAX_QUOTED = 80;

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
        this.problem = oneLine(problem);
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

    /**
     * Quotes offending text for a one-line message: in single quotes, control characters and line
     * separators escaped as in Java source ({@code \n}, {@code \t}, {@code \u0000}), and text
     * longer than 80 characters cut, with its length given. The one way kpi4j shows bad input.
     *
     * <pre>{@code
     * KpiDataException.quote("RMB\nbn");   // 'RMB\nbn'
     * KpiDataException.quote("1".repeat(100)).length();   // 104: 80 digits, an ellipsis and "(100 characters)"
     * }</pre>
     *
     * @param text the text, not null
     * @return the quoted text, not null
     */
    public static String quote(CharSequence text) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_QUOTED) + 24).append('\'');
        int n = Math.min(text.length(), MAX_QUOTED);
        if (n < text.length() && Character.isHighSurrogate(text.charAt(n - 1))) {
            n--; // never cut a character in two
        }
        escape(text, 0, n, sb);
        sb.append('\'');
        if (n < text.length()) {
            sb.append("… (").append(text.length()).append(" characters)");
        }
        return sb.toString();
    }

    /** Appends text with control characters and line separators escaped. */
    private static void escape(CharSequence text, int from, int to, StringBuilder sb) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
    }

    /** One line: control characters escaped, cut at {@link #MAX_MESSAGE} characters. */
    private static String oneLine(CharSequence message) {
        StringBuilder sb = new StringBuilder(Math.min(message.length(), MAX_MESSAGE) + 8);
        escape(message, 0, Math.min(message.length(), MAX_MESSAGE + 1), sb);
        if (sb.length() > MAX_MESSAGE || message.length() > MAX_MESSAGE + 1) {
            int n = MAX_MESSAGE - 1;
            if (Character.isHighSurrogate(sb.charAt(n - 1))) {
                n--;
            }
            sb.setLength(n);
            sb.append('…');
        }
        return sb.toString();
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
        return oneLine(sb);
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

    /** @return the problem alone, without the place, on one line as in the message */
    public String problem() {
        return problem;
    }
}
