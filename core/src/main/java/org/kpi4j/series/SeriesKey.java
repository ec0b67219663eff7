package org.kpi4j.series;

import java.util.Objects;

/**
 * Identifies one series in a {@link FactSet}: an entity, a metric id and a segment.
 *
 * <pre>{@code
 * SeriesKey k = SeriesKey.of("paratera", "revenue", "算力服务");
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

    @Override
    public int compareTo(SeriesKey o) {
        int c = entity.compareTo(o.entity);
        if (c == 0) {
            c = metric.compareTo(o.metric);
        }
        return c != 0 ? c : segment.compareTo(o.segment);
    }

    @Override
    public String toString() {
        return entity + "/" + metric + (segment.isEmpty() ? "" : "[" + segment + "]");
    }
}
