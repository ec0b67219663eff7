package org.kpi4j.io;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kpi4j.KpiDataException;

/**
 * The header of one read of {@link PanelCsv}: which field holds each column the panel reads, the
 * columns that make a row go through every check {@link FactRows} makes, the columns only checked
 * to be text, and whether the series key is one span of the row. {@link PanelLoader} reads the rows;
 * it extends this class rather than holding one, so that its row loop reads the column numbers as
 * its own fields, as it did when both were one class.
 */
abstract class PanelColumns {

    final String source;
    /** The last as_of read (epoch day), {@code Integer.MAX_VALUE} to read every row. */
    final int asOfLimit;

    int cEntity;
    int cMetric;
    int cSegment = -1;
    int cPeriod;
    int cBasis = -1;
    int cValue = -1;
    int cUnit;
    int cAsOf = -1;
    int cCagr = -1;
    int cApproximate = -1;
    /** Columns that, when given, make a row go through every check FactRows makes ({@link FactRows#build}). */
    int[] checked = new int[0];
    /** Columns the panel does not read (source, note), still required to be UTF-8 text. */
    int[] skipped = new int[0];
    String[] header;
    /** The key columns as one span of the row (first and last column), or −1 when they are not neighbours. */
    int keyFirst = -1;
    int keyLast = -1;

    PanelColumns(String source, LocalDate asOf) {
        // saturated: every as_of a reader takes (years 1000..9999) fits an int, and a limit beyond them keeps its side
        this.asOfLimit = asOf == null ? Integer.MAX_VALUE
                : (int) Math.max(Integer.MIN_VALUE + 1L, Math.min(Integer.MAX_VALUE, asOf.toEpochDay()));
        this.source = source;
    }

    /** Reads and checks the header row. */
    final void header(CsvCursor c) throws IOException {
        header = CsvHeader.read(source, c);
        FactRows.checkHeader(source, c.line(), Arrays.asList(header));
        for (int i = 0; i < header.length; i++) {
            switch (header[i]) {
                case "entity": cEntity = i; break;
                case "metric": cMetric = i; break;
                case "segment": cSegment = i; break;
                case "period": cPeriod = i; break;
                case "basis": cBasis = i; break;
                case "value": cValue = i; break;
                case "unit": cUnit = i; break;
                case "as_of": cAsOf = i; break;
                case "reported_cagr_pct": cCagr = i; break;
                case "approximate": cApproximate = i; break;
                default: break;
            }
        }
        List<Integer> ck = new ArrayList<>();
        List<Integer> sk = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            switch (header[i]) {
                case "parent":
                case "reported_change_pct":
                case "comparison_period":
                case "reported_flag":
                case "reported_cagr_pct":
                case "approximate":
                    ck.add(i);
                    break;
                case "source":
                case "note":
                    sk.add(i);
                    break;
                default:
                    break;
            }
        }
        checked = ck.stream().mapToInt(Integer::intValue).toArray();
        skipped = sk.stream().mapToInt(Integer::intValue).toArray();
        if (cValue < 0) {
            throw KpiDataException.at(source, c.line(), "value", null,
                    "the header lacks the column 'value', which a panel is made of");
        }
        if (cAsOf < 0 && asOfLimit != Integer.MAX_VALUE) {
            throw KpiDataException.at(source, c.line(), "as_of", null, "the header has no column 'as_of', so "
                    + "nothing says what had been filed by " + LocalDate.ofEpochDay(asOfLimit));
        }
        keySpan();
    }

    /** Finds whether entity, metric and segment (when present) are neighbouring columns, in any order. */
    private void keySpan() {
        int lo = Math.min(cEntity, cMetric);
        int hi = Math.max(cEntity, cMetric);
        int fields = 2;
        if (cSegment >= 0) {
            lo = Math.min(lo, cSegment);
            hi = Math.max(hi, cSegment);
            fields = 3;
        }
        if (hi - lo + 1 == fields) {
            keyFirst = lo;
            keyLast = hi;
        }
    }

    /** Takes the columns of a loader that has read the header (for a chunk that starts after it). */
    final void columnsOf(PanelColumns h) {
        header = h.header;
        cEntity = h.cEntity;
        cMetric = h.cMetric;
        cSegment = h.cSegment;
        cPeriod = h.cPeriod;
        cBasis = h.cBasis;
        cValue = h.cValue;
        cUnit = h.cUnit;
        cAsOf = h.cAsOf;
        cCagr = h.cCagr;
        cApproximate = h.cApproximate;
        checked = h.checked;
        skipped = h.skipped;
        keyFirst = h.keyFirst;
        keyLast = h.keyLast;
    }

    /** A field by column name, as FactRows asks for it; null for a column the file does not have. */
    final String field(CsvCursor c, String column) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(column)) {
                return c.text(i);
            }
        }
        return null;
    }
}
