package org.kpi4j.series;

import java.util.Objects;

/**
 * Identifies one series in a {@link FactSet}: an entity, a metric id and a segment.
 *
 * <pre>{@code
 * SeriesKey k = SeriesKey.of("paratera", "revenue", "算力服务");
 * k.toString();                                   // paratera/revenue[算力服务]
 * SeriesKey.parse("paratera/revenue[算力服务]");   // the same key
 * }</pre>
 *
 * @param entity the entity, not blank
 * @param metric the metric id, not blank
 * @param segment the segment (a business line), empty for the whole entity, not null
 */
public record SeriesKey(String entity, String metric, String segment) implements Comparable<SeriesKey> {

    /**
     * Validates the key.
     *
     * @param entity the entity, not blank
     * @param metric the metric id, not blank
     * @param segment the segment (a business line), empty for the whole entity, not null
     */
    public SeriesKey {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(segment, "segment");
        if (entity.isBlank()) {
            throw new IllegalArgumentException("entity must not be blank");
        }
        if (metric.isBlank()) {
            throw new IllegalArgumentException("metric must not be blank");
        }
    }

    /**
     * Obtains a key.
     *
     * @param entity the entity, not blank
     * @param metric the metric id, not blank
     * @param segment the segment, empty for the whole entity, not null
     * @return the key, not null
     */
    public static SeriesKey of(String entity, String metric, String segment) {
        return new SeriesKey(entity, metric, segment);
    }

    /**
     * Obtains a key for the whole entity (no segment).
     *
     * @param entity the entity, not blank
     * @param metric the metric id, not blank
     * @return the key, not null
     */
    public static SeriesKey of(String entity, String metric) {
        return new SeriesKey(entity, metric, "");
    }

    /**
     * Compares the three fields, as a record's equals does; written out because the record's own is
     * linked through method handles on first use, which a one-shot {@code kpi} call pays for.
     *
     * @param o the other object
     * @return true if o is a key with the same entity, metric and segment
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SeriesKey && entity.equals(((SeriesKey) o).entity)
                && metric.equals(((SeriesKey) o).metric) && segment.equals(((SeriesKey) o).segment);
    }

    /** @return a hash of the three fields, consistent with {@link #equals(Object)} */
    @Override
    public int hashCode() {
        return (entity.hashCode() * 31 + metric.hashCode()) * 31 + segment.hashCode();
    }

    @Override
    public int compareTo(SeriesKey o) {
        int c = entity.compareTo(o.entity);
        if (c == 0) {
            c = metric.compareTo(o.metric);
        }
        return c != 0 ? c : segment.compareTo(o.segment);
    }

    /**
     * Parses the text form {@link #toString()} writes: {@code entity/metric} or
     * {@code entity/metric[segment]}. The metric is the part after the last {@code /} before any
     * segment, so an entity may contain {@code /}.
     *
     * @param text the text, not null
     * @return the key, not null
     * @throws IllegalArgumentException naming the text if it has no metric
     */
    public static SeriesKey parse(CharSequence text) {
        String t = text.toString();
        String segment = "";
        int open = t.indexOf('[');
        if (open >= 0 && t.endsWith("]")) {
            segment = t.substring(open + 1, t.length() - 1);
            t = t.substring(0, open);
        }
        int slash = t.lastIndexOf('/');
        if (slash <= 0 || slash == t.length() - 1) {
            throw new IllegalArgumentException("cannot parse series key '" + text
                    + "'; expected entity/metric or entity/metric[segment]");
        }
        return new SeriesKey(t.substring(0, slash), t.substring(slash + 1), segment);
    }

    /** @return {@code entity/metric} or {@code entity/metric[segment]}, which {@link #parse} reads back */
    @Override
    public String toString() {
        return entity + "/" + metric + (segment.isEmpty() ? "" : "[" + segment + "]");
    }
}
