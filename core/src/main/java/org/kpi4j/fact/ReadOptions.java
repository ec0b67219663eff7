package org.kpi4j.fact;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.time.FiscalCalendar;

/**
 * The choices a {@link FactFormat} reads a file with: which format (detected from the content
 * unless named), the metric catalog, the fiscal calendar (the file's own or the calendar year unless
 * given), the entity (for a file that does not name it) and overrides of a format's synonym table
 * (which source codes, in order of preference, a metric is read from).
 *
 * <pre>{@code
 * ReadOptions o = ReadOptions.defaults()
 *         .withCalendar(FiscalCalendar.endingIn(Month.MARCH))
 *         .withSynonyms("revenue", List.of("us-gaap:Revenues", "us-gaap:SalesRevenueNet"));
 * o.format();   // Optional.empty: detected from the file
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadOptions {

    private static final ReadOptions DEFAULTS = new ReadOptions(null, MetricCatalog.standard(), null, null, Map.of());

    private final String format;
    private final MetricCatalog catalog;
    private final FiscalCalendar calendar;
    private final String entity;
    private final Map<String, List<String>> synonyms;

    private ReadOptions(String format, MetricCatalog catalog, FiscalCalendar calendar, String entity,
            Map<String, List<String>> synonyms) {
        this.format = format;
        this.catalog = catalog;
        this.calendar = calendar;
        this.entity = entity;
        this.synonyms = synonyms;
    }

    /**
     * Returns the defaults: the format detected from the file, the standard catalog, the file's own
     * fiscal calendar (EDGAR's is inferred from its annual periods) or else the calendar year, the
     * entity the file names, each format's standard synonyms.
     *
     * @return the defaults, not null
     */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns these options with a format forced by name (see {@link FactSet#formats()}).
     *
     * @param name the format's name, such as {@code sina}, not blank
     * @return the options, not null
     */
    public ReadOptions withFormat(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("format name must not be blank");
        }
        return new ReadOptions(name.strip(), catalog, calendar, entity, synonyms);
    }

    /**
     * Returns these options with another metric catalog.
     *
     * @param catalog the known metrics, not null
     * @return the options, not null
     */
    public ReadOptions withCatalog(MetricCatalog catalog) {
        return new ReadOptions(format, Objects.requireNonNull(catalog, "catalog"), calendar, entity, synonyms);
    }

    /**
     * Returns these options with a fiscal calendar that overrides the file's own.
     *
     * @param calendar the calendar, not null
     * @return the options, not null
     */
    public ReadOptions withCalendar(FiscalCalendar calendar) {
        return new ReadOptions(format, catalog, Objects.requireNonNull(calendar, "calendar"), entity, synonyms);
    }

    /**
     * Returns these options with the entity named, for a file that does not say whose figures it
     * holds (a Sina report saved without its stock code in the name).
     *
     * @param entity the entity, not blank
     * @return the options, not null
     */
    public ReadOptions withEntity(String entity) {
        Objects.requireNonNull(entity, "entity");
        if (entity.isBlank()) {
            throw new IllegalArgumentException("entity must not be blank");
        }
        return new ReadOptions(format, catalog, calendar, entity.strip(), synonyms);
    }

    /**
     * Returns these options with a metric read from other source codes: an EDGAR concept
     * ({@code us-gaap:Revenues}), a Sina {@code item_field} ({@code BIZINCO}) or a tushare column
     * ({@code revenue}), in order of preference. The list replaces the format's standard one for
     * that metric; an empty list reads the metric from nothing.
     *
     * @param metricId the metric id, not null
     * @param codes the source codes, most preferred first, not null
     * @return the options, not null
     */
    public ReadOptions withSynonyms(String metricId, List<String> codes) {
        Objects.requireNonNull(metricId, "metricId");
        Map<String, List<String>> m = new LinkedHashMap<>(synonyms);
        m.put(metricId, List.copyOf(codes));
        return new ReadOptions(format, catalog, calendar, entity, Collections.unmodifiableMap(m));
    }

    /** @return the forced format's name, or empty to detect it from the file */
    public Optional<String> format() {
        return Optional.ofNullable(format);
    }

    /** @return the metric catalog, not null */
    public MetricCatalog catalog() {
        return catalog;
    }

    /** @return the fiscal calendar that overrides the file's own, or empty */
    public Optional<FiscalCalendar> calendar() {
        return Optional.ofNullable(calendar);
    }

    /** @return the entity that overrides the file's own, or empty */
    public Optional<String> entity() {
        return Optional.ofNullable(entity);
    }

    /** @return the synonym overrides, metric id to source codes, unmodifiable, not null */
    public Map<String, List<String>> synonyms() {
        return synonyms;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ReadOptions)) {
            return false;
        }
        ReadOptions o = (ReadOptions) obj;
        return Objects.equals(format, o.format) && catalog.equals(o.catalog) && Objects.equals(calendar, o.calendar)
                && Objects.equals(entity, o.entity) && synonyms.equals(o.synonyms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, catalog, calendar, entity, synonyms);
    }

    @Override
    public String toString() {
        return "ReadOptions[format=" + (format == null ? "detect" : format) + ", calendar="
                + (calendar == null ? "the file's" : calendar) + ", entity=" + (entity == null ? "the file's" : entity)
                + (synonyms.isEmpty() ? "" : ", synonyms=" + synonyms) + "]";
    }
}
