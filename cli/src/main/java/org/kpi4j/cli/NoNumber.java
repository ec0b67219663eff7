package org.kpi4j.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a command whose one result is beyond the range of a double says so: no number, and why. */
final class NoNumber {

    private NoNumber() {
    }

    /**
     * Prints "no number" with the reason: a line of text, or the field as null with a note.
     *
     * @param field the name of the result in CSV and JSON (cagr, base)
     * @param why the library's exception, whose message says what overflowed
     */
    static void print(PrintWriter out, Format format, String field, ArithmeticException why) {
        String note = Kpi.oneLine(why.getMessage());
        if (format == Format.TABLE) {
            out.println(field + ": no number (" + note + ")");
        } else {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(field, null);
            m.put("note", note);
            format.writeOne(out, m);
        }
    }
}
