package org.kpi4j.io;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.kpi4j.KpiDataException;

/**
 * The header row of a CSV file, for every CSV reader ({@link FactsCsv}, {@link TushareCsv} and the
 * panel reader): its columns' names, and each column's field, with the same errors for an empty file
 * and for a column given twice.
 */
final class CsvHeader {

    private CsvHeader() {
    }

    /**
     * Reads the header row: the columns' names, as text.
     *
     * @throws KpiDataException if the file is empty
     */
    static String[] read(String source, CsvCursor c) throws IOException {
        if (!c.next()) {
            throw KpiDataException.at(source, 1, null, null, "the file is empty; expected a header row");
        }
        String[] header = new String[c.fields()];
        for (int i = 0; i < header.length; i++) {
            header[i] = c.text(i);
        }
        return header;
    }

    /**
     * Each column's field in a header (0-based); a column given twice is an error naming the line and
     * both fields, never the last one winning silently.
     */
    static Map<String, Integer> index(String source, int line, String[] header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            Integer first = index.put(header[i], i);
            if (first != null) {
                throw givenTwice(source, line, header[i], first, i);
            }
        }
        return index;
    }

    /** The error for a column given twice, at fields {@code first} and {@code second} (0-based). */
    static KpiDataException givenTwice(String source, int line, String column, int first, int second) {
        return KpiDataException.at(source, line, column, column, "the column '" + column + "' is given twice (fields "
                + (first + 1) + " and " + (second + 1) + "); give each column once");
    }
}
