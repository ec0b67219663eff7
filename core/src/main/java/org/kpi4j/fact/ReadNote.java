package org.kpi4j.fact;

import java.util.Objects;

/**
 * A remark a reader made about a file: what it skipped or merged, and why. Nothing a file holds is
 * dropped silently: a fact that cannot be used (a unit kpi4j does not know, a duration that is no
 * fiscal period) is counted in a note, which {@link FactSet#notes()} keeps.
 *
 * <pre>{@code
 * ReadNote n = new ReadNote(2, "us-gaap:StockRepurchaseProgramAuthorizedAmount: 2011-09-30..2012-09-29 is no fiscal period");
 * n.toString();   // 2 skipped: us-gaap:StockRepurchaseProgramAuthorizedAmount: 2011-09-30..2012-09-29 is no fiscal period
 * }</pre>
 *
 * @param skipped how many source figures the note is about that were not kept (0 for a remark that
 *     skips nothing)
 * @param text what happened and why, one sentence, not blank
 */
public record ReadNote(int skipped, String text) {

    /**
     * Validates the note.
     *
     * @param skipped how many source figures were not kept, 0 or more
     * @param text what happened and why, not blank
     * @throws IllegalArgumentException if skipped is negative or the text blank
     */
    public ReadNote {
        Objects.requireNonNull(text, "text");
        if (skipped < 0) {
            throw new IllegalArgumentException("skipped must be >= 0 but was " + skipped);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
    }

    /** @return the count and the text, such as {@code 2 skipped: ...}, or the text alone */
    @Override
    public String toString() {
        return skipped == 0 ? text : skipped + " skipped: " + text;
    }
}
