package org.kpi4j.io;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One fact as the SEC's XBRL JSON APIs give it, before kpi4j's rules: a concept's value in one unit
 * over {@code start..end} (no start: at the instant {@code end}), from the filing {@code accn}.
 *
 * @param taxonomy the taxonomy, such as {@code us-gaap} or {@code dei}
 * @param concept the concept (tag), such as {@code Revenues}
 * @param qualifiedConcept {@code taxonomy:concept}, made once per concept
 * @param label the concept's label, or the concept when the file has none
 * @param unit the unit as EDGAR spells it, such as {@code USD} or {@code USD/shares}
 * @param start the first day, null for an instant
 * @param end the last day (or the instant)
 * @param value the value as filed
 * @param accn the accession number of the filing that carried it
 * @param form the form of that filing, such as {@code 10-K}; empty when unknown
 * @param filed the filing date, null when unknown (frames give none)
 * @param entity the filer's name
 * @param cik the filer's central index key, 0 when unknown
 */
record XbrlFact(String taxonomy, String concept, String qualifiedConcept, String label, String unit, LocalDate start,
        LocalDate end, BigDecimal value, String accn, String form, LocalDate filed, String entity, long cik) {

    /** A start and end (no start: an instant), as a map key. */
    record Span(LocalDate start, LocalDate end) {
    }

    /** @return the fact's start and end as a map key */
    Span span() {
        return new Span(start, end);
    }

    /** @return the fact as an error message names it: concept, unit, accession and end */
    String describe() {
        return qualifiedConcept() + " (" + unit + ") fact accn " + accn + ", "
                + (start == null ? "" : "start " + start + ", ") + "end " + end;
    }
}
