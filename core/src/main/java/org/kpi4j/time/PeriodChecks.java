package org.kpi4j.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The checks of {@link Period}'s factories and accessors: years, quarters and halves in range, and
 * the accessors defined only for a span of quarters (or only for a quarter), each with a message
 * naming what was given.
 */
final class PeriodChecks {

    private PeriodChecks() {
    }

    /** Returns the fiscal year if it is in {@link Period#MIN_YEAR}..{@link Period#MAX_YEAR}. */
    static int year(int year) {
        if (year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
            throw new IllegalArgumentException("year must be in " + Period.MIN_YEAR + ".." + Period.MAX_YEAR
                    + " but was " + year);
        }
        return year;
    }

    static void quarter(int q, String name) {
        if (q < 1 || q > 4) {
            throw new IllegalArgumentException(name + " must be in 1..4 but was " + q);
        }
    }

    static void half(int half) {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half must be 1 or 2 but was " + half);
        }
    }

    /** An instant's date: not null, in the years {@link Period#MIN_YEAR}..{@link Period#MAX_YEAR}. */
    static void date(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.getYear() < Period.MIN_YEAR || date.getYear() > Period.MAX_YEAR) {
            throw new IllegalArgumentException("date must be in the years " + Period.MIN_YEAR + ".." + Period.MAX_YEAR
                    + " but was " + date);
        }
    }

    /** Refuses an instant for {@code what}, which is defined for a span of quarters. */
    static void duration(Period p, String what) {
        if (!p.isDuration()) {
            throw new IllegalStateException(what + " is defined for a span of quarters, not the instant " + p);
        }
    }

    /** Refuses a period of another type than {@code t} for {@code what}. */
    static void type(Period p, PeriodType t, String what) {
        if (p.type() != t) {
            throw new IllegalStateException(what + " is defined for a " + t.name().toLowerCase(Locale.ROOT)
                    + ", not for " + p);
        }
    }
}
