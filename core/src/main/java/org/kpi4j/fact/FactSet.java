package org.kpi4j.fact;

import org.kpi4j.series.SeriesKey;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.kpi4j.KpiDataException;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.KpiTable;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;

/**
 * An immutable table of reported facts, with every vintage kept: the same figure printed in several
 * reports (different {@code as_of}) is stored once per report, and the latest report's figure is
 * the default value.
 *
 * <p>Construction checks what a tidy file can get wrong: the same fact twice from one report
 * (same key, period and {@code as_of}) and units of different dimensions inside one series (CNY and
 * USD, 元 and persons) are {@link KpiDataException}s naming both lines; 元 and 万元 rows of one series
 * are fine and are converted when a {@link #series(SeriesKey) series} is built.
 *
 * <p>{@link #read(Path)} reads any format an installed {@link FactFormat} knows, detected from
 * the file's content (module {@code org.kpi4j.io}: tidy CSV and JSON, SEC EDGAR companyfacts,
 * companyconcept and frames, Sina finance reports, tushare CSV). A reader that skipped something
 * says what and why in {@link #notes()}. {@link #asOf(LocalDate)} gives what had been filed by a
 * date: the point-in-time view in which a restated figure still has its first value.
 *
 * <pre>{@code
 * FactSet facts = FactSet.read(Path.of("facts.csv"));       // or FactsCsv.read(...)
 * KpiSeries revenue = facts.series(SeriesKey.of("acme", "revenue"));
 * String table = facts.growth(GrowthKind.YOY, GrowthConvention.FILING).toString();
 * FactSet then = facts.asOf(LocalDate.of(2024, 12, 31));   // what had been filed by that day
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FactSet {

    /** The order of reports: by {@code as_of}, a fact without one first. */
    static final Comparator<LocalDate> AS_OF = Comparator.nullsFirst(Comparator.naturalOrder());

    private final List<Fact> facts;
    private final FiscalCalendar calendar;
    private final Map<SeriesKey, List<Fact>> byKey;
    private final SegmentHierarchy segments;
    private final List<ReadNote> notes;

    /** The same facts with other notes: nothing to check or index again. */
    private FactSet(FactSet of, List<ReadNote> notes) {
        this.facts = of.facts;
        this.calendar = of.calendar;
        this.byKey = of.byKey;
        this.segments = of.segments;
        this.notes = List.copyOf(notes);
    }

    private FactSet(List<Fact> facts, FiscalCalendar calendar) {
        this(facts, calendar, null, List.of());
    }

    /** With {@code segments} null, the hierarchy is read from the facts. */
    private FactSet(List<Fact> facts, FiscalCalendar calendar, SegmentHierarchy segments, List<ReadNote> notes) {
        this.facts = List.copyOf(facts);
        this.calendar = calendar;
        this.segments = segments != null ? segments : SegmentHierarchy.of(this.facts);
        this.notes = List.copyOf(notes);
        this.byKey = FactIndex.byKey(this.facts);
    }

    /**
     * Obtains a fact set on the calendar-year fiscal calendar.
     *
     * @param facts the facts, not null
     * @return the fact set, not null
     * @throws KpiDataException on a duplicate fact, incompatible units in one series, or a segment
     *     given two parents
     */
    public static FactSet of(Collection<Fact> facts) {
        return of(facts, FiscalCalendar.calendarYear());
    }

    /**
     * Obtains a fact set on a fiscal calendar.
     *
     * @param facts the facts, not null
     * @param calendar the fiscal calendar of the entities, not null
     * @return the fact set, not null
     * @throws KpiDataException on a duplicate fact or incompatible units in one series
     */
    public static FactSet of(Collection<Fact> facts, FiscalCalendar calendar) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(calendar, "calendar");
        return new FactSet(new ArrayList<>(facts), calendar);
    }

    /**
     * Reads a file in whichever installed format it is in, detected from its content, with the
     * standard catalog and the file's own fiscal calendar (the calendar year for a tidy file).
     *
     * @param file the file, not null
     * @return the facts, not null
     * @throws KpiDataException if the file is missing, in no known format, or holds bad data
     * @throws IllegalStateException if no format is installed (module org.kpi4j.io is absent)
     */
    public static FactSet read(Path file) {
        return read(file, ReadOptions.defaults());
    }

    /**
     * Reads a file with options: a forced format, a catalog, a fiscal calendar, an entity, synonyms.
     *
     * @param file the file, not null
     * @param options the options, not null
     * @return the facts, not null
     * @throws KpiDataException if the file is missing, in no known format, or holds bad data
     * @throws IllegalArgumentException if the options name a format that is not installed
     * @throws IllegalStateException if no format is installed (module org.kpi4j.io is absent)
     */
    public static FactSet read(Path file, ReadOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        return Formats.read(file, options);
    }

    /**
     * Returns the format {@link #read(Path, ReadOptions)} reads a file in: the one the options name,
     * else the one installed format that detects the file's content.
     *
     * @param file the file, not null
     * @param options the options, not null
     * @return the format, not null
     * @throws KpiDataException if the file is missing or no format (or more than one) detects it
     * @throws IllegalArgumentException if the options name a format that is not installed
     * @throws IllegalStateException if no format is installed (module org.kpi4j.io is absent)
     */
    public static FactFormat formatOf(Path file, ReadOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        return Formats.formatOf(file, options);
    }

    /**
     * Returns the installed file formats, found with {@link java.util.ServiceLoader}.
     *
     * @return the formats, possibly empty, not null
     */
    public static List<FactFormat> formats() {
        return Formats.installed();
    }

    /**
     * Returns this set with notes added: what a reader skipped or merged, and why.
     *
     * @param more the notes to add after this set's own, not null
     * @return the fact set, not null
     */
    public FactSet withNotes(List<ReadNote> more) {
        Objects.requireNonNull(more, "more");
        List<ReadNote> all = new ArrayList<>(notes);
        all.addAll(more);
        return new FactSet(this, all);
    }

    /** @return what the reader of these facts skipped or merged, and why; empty if nothing, not null */
    public List<ReadNote> notes() {
        return notes;
    }

    /**
     * Returns what had been filed by a date: every vintage whose {@code as_of} is on or before it.
     * A fact without {@code as_of} is left out, since nothing says it had been filed. The latest of
     * the remaining vintages is then each figure's value, as an analyst saw it that day.
     *
     * @param date the last filing date included, not null
     * @return the facts filed by then, with this set's calendar and notes, not null
     */
    public FactSet asOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return filter(f -> f.asOf() != null && !f.asOf().isAfter(date));
    }

    /** @return every fact, every vintage, in input order */
    public List<Fact> facts() {
        return facts;
    }

    /** @return the number of facts, all vintages counted */
    public int size() {
        return facts.size();
    }

    /** @return the fiscal calendar, not null */
    public FiscalCalendar calendar() {
        return calendar;
    }

    /** @return the series keys, in the order their first fact appears */
    public List<SeriesKey> keys() {
        return List.copyOf(byKey.keySet());
    }

    /**
     * Returns which segments are part of which, as the facts' {@code parent} column states it; a
     * subset made by {@link #filter} keeps the hierarchy of the whole set.
     *
     * @return the hierarchy, not null
     */
    public SegmentHierarchy segments() {
        return segments;
    }

    /** @return the entities, in the order they first appear */
    public List<String> entities() {
        return byKey.keySet().stream().map(SeriesKey::entity).distinct().toList();
    }

    /**
     * Returns the facts matching a condition, as a new set on the same calendar, with the same notes.
     *
     * @param condition the condition, not null
     * @return the matching facts, not null
     */
    public FactSet filter(Predicate<Fact> condition) {
        Objects.requireNonNull(condition, "condition");
        return new FactSet(facts.stream().filter(condition).toList(), calendar, segments, notes);
    }

    /**
     * Returns every vintage of a fact, oldest report first (a fact without {@code as_of} first).
     *
     * @param key the series key, not null
     * @param period the period, not null
     * @return the vintages, possibly empty, not null
     */
    public List<Fact> vintages(SeriesKey key, Period period) {
        Objects.requireNonNull(period, "period");
        return byKey.getOrDefault(Objects.requireNonNull(key, "key"), List.of()).stream()
                .filter(f -> f.period().equals(period))
                .sorted(Comparator.comparing(Fact::asOf, AS_OF))
                .toList();
    }

    /**
     * Returns the latest vintage of a fact that has a value.
     *
     * @param key the series key, not null
     * @param period the period, not null
     * @return the fact, or empty if none
     */
    public Optional<Fact> latest(SeriesKey key, Period period) {
        List<Fact> v = vintages(key, period).stream().filter(Fact::hasValue).toList();
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    /**
     * Returns the figure for a period as printed in a given report, falling back to the latest
     * vintage when that report did not print it: the base a printed percentage was computed from.
     *
     * @param key the series key, not null
     * @param period the period, not null
     * @param asOf the report date, may be null
     * @return the fact, or empty if none
     */
    public Optional<Fact> inReport(SeriesKey key, Period period, LocalDate asOf) {
        if (asOf != null) {
            for (Fact f : vintages(key, period)) {
                if (asOf.equals(f.asOf()) && f.hasValue()) {
                    return Optional.of(f);
                }
            }
        }
        return latest(key, period);
    }

    /**
     * Builds the series of a key from the latest vintage of each period, in the unit most of its
     * facts use (the latest fact's unit on a tie); figures in other scales of the same dimension are
     * converted exactly. A series is kept on one basis per fiscal year: once a figure of a year has
     * been restated, a figure of that year last filed before the restatement is left out, since a
     * quarter derived from the two, or growth between them, would mix bases (it remains among the
     * {@link #vintages}).
     *
     * @param key the key, not null
     * @return the series, not null
     * @throws IllegalArgumentException if the set has no facts for the key
     */
    public KpiSeries series(SeriesKey key) {
        return FactSeries.series(key, byKey, calendar);
    }

    /**
     * Builds the series of an entity's metric for the whole entity (no segment).
     *
     * @param entity the entity, not null
     * @param metric the metric id, not null
     * @return the series, not null
     * @throws IllegalArgumentException if there are no such facts
     */
    public KpiSeries series(String entity, String metric) {
        return series(SeriesKey.of(entity, metric));
    }

    /**
     * Computes growth for every series, as reported.
     *
     * @param kind which base to compare with, not null
     * @param convention how to treat a zero or negative base, not null
     * @return the rows of all series, not null
     */
    public GrowthTable growth(GrowthKind kind, GrowthConvention convention) {
        return growth(kind, convention, false);
    }

    /**
     * Computes growth for every series that has values, as reported or on discrete quarters.
     *
     * @param kind which base to compare with, not null
     * @param convention how to treat a zero or negative base, not null
     * @param discrete true to convert flows to discrete quarters first
     * @return the rows of all series, not null
     */
    public GrowthTable growth(GrowthKind kind, GrowthConvention convention, boolean discrete) {
        return FactSeries.growth(byKey, calendar, kind, convention, discrete);
    }

    /**
     * Returns the facts as a table, one row per vintage, with where each was read from.
     *
     * @param format the language of numbers and units, not null
     * @return the table, not null
     */
    public KpiTable toTable(KpiFormat format) {
        return FactTables.facts(facts, byKey.size(), notes.size(), format);
    }

    /** Returns {@link #toTable(KpiFormat)} in English as aligned text. */
    @Override
    public String toString() {
        return toTable(KpiFormat.en()).toString();
    }
}
