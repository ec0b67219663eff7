package org.kpi4j.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kpi4j.fact.FactSet;
import org.kpi4j.format.DisplayNames;
import org.kpi4j.format.Language;
import org.kpi4j.metric.MetricCatalog;

/**
 * What a {@link KpiReport} shows: its language, the entity it is about (all by default), the report
 * date it is as of (the latest by default), which sections, which metrics head it, the names people
 * read for ids and the catalog that names metrics.
 *
 * <pre>{@code
 * ReportOptions o = ReportOptions.of(Language.ZH)
 *         .withNames(Datasets.names())
 *         .withCatalog(Datasets.catalog())
 *         .withoutSection(ReportOptions.Section.FACTS);
 * o.language();   // ZH
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; every {@code with…} method returns a new instance.
 */
public final class ReportOptions {

    /** The sections of a report, in the order they appear. */
    public enum Section {
        /** The latest fiscal year and quarter of each headline metric, with the change, and the story in words. */
        HEADLINE,
        /** Charts chosen by the data. */
        CHARTS,
        /** Every printed percentage recomputed, or the base it implies. */
        CHECKS,
        /** Reported CAGRs as projections, checked against the printed one-year growth. */
        PROJECTIONS,
        /** Every fact with its source (in the workbook; the page lists them at the end). */
        FACTS,
        /** Approximate figures, derived points and what was left out, and why. */
        NOTES
    }

    /** The metrics a report heads with when they are present, in this order. */
    public static final List<String> DEFAULT_HEADLINE = List.of("revenue", "gross_profit", "gross_margin",
            "operating_profit", "net_profit", "net_profit_attributable", "net_profit_deducted", "operating_cash_flow",
            "debt_ratio", "shareholder_count");

    private final Language language;
    private final String entity;
    private final LocalDate asOf;
    private final Set<Section> sections;
    private final List<String> headline;
    private final DisplayNames names;
    private final MetricCatalog catalog;
    private final java.awt.Font font;

    private ReportOptions(Language language, String entity, LocalDate asOf, Set<Section> sections,
            List<String> headline, DisplayNames names, MetricCatalog catalog) {
        this(language, entity, asOf, sections, headline, names, catalog, null);
    }

    private ReportOptions(Language language, String entity, LocalDate asOf, Set<Section> sections,
            List<String> headline, DisplayNames names, MetricCatalog catalog, java.awt.Font font) {
        this.font = font;
        this.language = language;
        this.entity = entity;
        this.asOf = asOf;
        this.sections = sections;
        this.headline = headline;
        this.names = names;
        this.catalog = catalog;
    }

    /**
     * Returns the defaults in a language: every entity, the latest report, every section, the
     * {@link #DEFAULT_HEADLINE} metrics, ids as names and the standard catalog.
     *
     * @param language the language, not null
     * @return the options, not null
     */
    public static ReportOptions of(Language language) {
        return new ReportOptions(Objects.requireNonNull(language, "language"), null, null,
                EnumSet.allOf(Section.class), DEFAULT_HEADLINE, DisplayNames.empty(), MetricCatalog.standard());
    }

    /**
     * Returns a copy in another language.
     *
     * @param language the language, not null
     * @return the new options, not null
     */
    public ReportOptions withLanguage(Language language) {
        return new ReportOptions(Objects.requireNonNull(language, "language"), entity, asOf, sections, headline,
                names, catalog, font);
    }

    /**
     * Returns a copy about one entity only.
     *
     * @param entity the entity id, not null
     * @return the new options, not null
     */
    public ReportOptions withEntity(String entity) {
        return new ReportOptions(language, Objects.requireNonNull(entity, "entity"), asOf, sections, headline, names,
                catalog, font);
    }

    /**
     * Returns a copy that uses only what reports dated on or before a day printed, each figure as the
     * latest of those reports gave it ({@link FactSet#asOf(LocalDate)}: a figure printed later, a
     * restatement say, is left out, and so is a fact that does not say when it was printed).
     *
     * @param asOf the report date, not null
     * @return the new options, not null
     */
    public ReportOptions withAsOf(LocalDate asOf) {
        return new ReportOptions(language, entity, Objects.requireNonNull(asOf, "asOf"), sections, headline, names,
                catalog, font);
    }

    /**
     * Returns a copy without a section.
     *
     * @param section the section, not null
     * @return the new options, not null
     */
    public ReportOptions withoutSection(Section section) {
        EnumSet<Section> s = EnumSet.copyOf(sections);
        s.remove(Objects.requireNonNull(section, "section"));
        return new ReportOptions(language, entity, asOf, Set.copyOf(s), headline, names, catalog, font);
    }

    /**
     * Returns a copy headed by other metrics.
     *
     * @param metrics metric ids, in the order the headline lists them, not null
     * @return the new options, not null
     */
    public ReportOptions withHeadline(List<String> metrics) {
        return new ReportOptions(language, entity, asOf, sections, List.copyOf(metrics), names, catalog, font);
    }

    /**
     * Returns a copy with the names people read for entity ids and segments.
     *
     * @param names the names, not null
     * @return the new options, not null
     */
    public ReportOptions withNames(DisplayNames names) {
        return new ReportOptions(language, entity, asOf, sections, headline, Objects.requireNonNull(names, "names"),
                catalog, font);
    }

    /**
     * Returns a copy that names metrics from a catalog (metrics of the facts themselves come with
     * their names; this one names those known only by id).
     *
     * @param catalog the catalog, not null
     * @return the new options, not null
     */
    public ReportOptions withCatalog(MetricCatalog catalog) {
        return new ReportOptions(language, entity, asOf, sections, headline, names,
                Objects.requireNonNull(catalog, "catalog"), font);
    }

    /**
     * Returns a copy whose charts draw their labels in a font (for the PNG files beside the Markdown;
     * the HTML's charts are text the browser draws), such as one loaded with
     * {@code ChartFonts.load(Path)}.
     *
     * @param font the font, not null
     * @return the new options, not null
     */
    public ReportOptions withChartFont(java.awt.Font font) {
        return new ReportOptions(language, entity, asOf, sections, headline, names, catalog,
                Objects.requireNonNull(font, "font"));
    }

    /** @return the font charts draw their labels in, or empty for the automatic choice */
    public Optional<java.awt.Font> chartFont() {
        return Optional.ofNullable(font);
    }

    /** @return the language, not null */
    public Language language() {
        return language;
    }

    /** @return the one entity reported on, or empty for all */
    public Optional<String> entity() {
        return Optional.ofNullable(entity);
    }

    /** @return the report date, or empty for the latest */
    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }

    /**
     * Returns true if the report has a section.
     *
     * @param section the section, not null
     * @return true if shown
     */
    public boolean has(Section section) {
        return sections.contains(Objects.requireNonNull(section, "section"));
    }

    /** @return the headline metric ids, in order, not null */
    public List<String> headline() {
        return headline;
    }

    /** @return the display names, not null */
    public DisplayNames names() {
        return names;
    }

    /** @return the catalog, not null */
    public MetricCatalog catalog() {
        return catalog;
    }

    @Override
    public String toString() {
        return "ReportOptions[" + language + (entity == null ? "" : ", entity " + entity)
                + (asOf == null ? "" : ", as of " + asOf) + ", sections " + EnumSet.copyOf(sections) + "]";
    }
}
