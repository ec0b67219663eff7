package org.kpi4j.fuzz;

/**
 * Counts the records of a well-formed CSV file independently of the readers under test: RFC 4180
 * quoting (a quote opens a quoted field only at the start of a field, after spaces or tabs), LF,
 * CRLF or CR line ends, a leading byte-order mark, and lines of spaces and tabs skipped, as the
 * readers document. Used only on files a reader accepted.
 */
final class RowCount {

    private RowCount() {
    }

    /** @return the number of records, the header included */
    static int records(byte[] in) {
        int i = in.length >= 3 && (in[0] & 0xFF) == 0xEF && (in[1] & 0xFF) == 0xBB && (in[2] & 0xFF) == 0xBF ? 3 : 0;
        int records = 0;
        boolean content = false; // the current record has something other than spaces and tabs
        boolean fieldStart = true;
        while (i < in.length) {
            byte c = in[i];
            if (fieldStart && (c == ' ' || c == '\t')) {
                i++;
                continue;
            }
            if (fieldStart && c == '"') {
                content = true;
                i++;
                while (i < in.length) {
                    if (in[i] == '"') {
                        if (i + 1 < in.length && in[i + 1] == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
                fieldStart = false;
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (content) {
                    records++;
                }
                content = false;
                fieldStart = true;
                i += c == '\r' && i + 1 < in.length && in[i + 1] == '\n' ? 2 : 1;
                continue;
            }
            content = true;
            fieldStart = c == ',';
            i++;
        }
        return content ? records + 1 : records;
    }
}
