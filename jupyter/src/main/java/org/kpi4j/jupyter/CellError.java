package org.kpi4j.jupyter;

/**
 * Why a cell failed, as one line that names the cell's line: {@code line 3: cannot find symbol
 * (symbol: variable revenu)}, {@code line 2: KpiDataException: facts.csv:7: column 'unit': ...}.
 *
 * <p>{@link #name()} is what Jupyter shows as the error's name: the simple name of the exception the
 * cell threw, {@code CompileError}, {@code IncompleteCode}, {@code UnresolvedReference} or
 * {@code Interrupted}.
 */
final class CellError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final int line;

    /**
     * Creates the error.
     *
     * @param name the error's name, not empty
     * @param line the 1-based line of the cell
     * @param detail what went wrong, on one line
     */
    CellError(String name, int line, String detail) {
        super("line " + line + ": " + oneLine(detail), null, false, false);
        this.name = name;
        this.line = line;
    }

    /** @return the error's name, such as {@code KpiDataException} or {@code CompileError} */
    String name() {
        return name;
    }

    /** @return the 1-based line of the cell the error is at */
    int line() {
        return line;
    }

    /**
     * Folds a multi-line message onto one line: javac's "cannot find symbol\n  symbol: variable x\n
     * location: class" becomes "cannot find symbol (symbol: variable x)"; the location (JShell's
     * wrapper class, which has no name) says nothing to a notebook user.
     */
    static String oneLine(String text) {
        if (text == null || text.isBlank()) {
            return "(no message)";
        }
        String[] lines = text.strip().split("\\R");
        StringBuilder details = new StringBuilder();
        for (int i = 1; i < lines.length; i++) {
            String d = lines[i].strip().replaceAll("\\s+", " ");
            if (d.isEmpty() || d.startsWith("location:")) {
                continue;
            }
            details.append(details.length() == 0 ? "" : "; ").append(d);
        }
        String head = lines[0].strip();
        return details.length() == 0 ? head : head + " (" + details + ")";
    }
}
