package org.kpi4j.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.types.StructType;

/**
 * Where each tidy field sits in the rows an executor sees: the facts' own columns followed by the
 * series key as normalised text (entity, metric, segment with null as "") and the quarter ordinal.
 */
final class RowLayout implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String ENTITY = "__kpi4j_entity";
    static final String METRIC = "__kpi4j_metric";
    static final String SEGMENT = "__kpi4j_segment";
    static final String ORDINAL = "__kpi4j_quarter";

    /** The position of each field of FactColumns.FIELDS, by its index there; −1 for none. */
    private final int[] index;
    private final int width;
    private final int entity;
    private final int metric;
    private final int segment;

    /**
     * @param prepared the schema with the key and ordinal columns appended
     * @param columns where each field is
     */
    RowLayout(StructType prepared, FactColumns columns) {
        Map<String, Integer> m = new HashMap<>();
        for (String f : FactColumns.FIELDS) {
            String c = columns.name(f);
            if (java.util.Arrays.asList(prepared.fieldNames()).contains(c)) {
                m.put(f, prepared.fieldIndex(c));
            }
        }
        this.entity = prepared.fieldIndex(ENTITY);
        this.metric = prepared.fieldIndex(METRIC);
        this.segment = prepared.fieldIndex(SEGMENT);
        m.put("entity", entity);
        m.put("metric", metric);
        m.put("segment", segment);
        this.index = new int[FactColumns.FIELDS.size()];
        for (int f = 0; f < index.length; f++) {
            index[f] = m.getOrDefault(FactColumns.FIELDS.get(f), -1);
        }
        this.width = prepared.fieldIndex(ENTITY);
    }

    /** The position of a field, or −1 when the facts lack it (or it is not a tidy field). */
    int index(String field) {
        int f = FactColumns.FIELDS.indexOf(field); // 16 names, compared by identity first
        return f < 0 ? -1 : index[f];
    }

    /** The number of the facts' own columns (those before the appended ones). */
    int width() {
        return width;
    }

    int entity() {
        return entity;
    }

    int metric() {
        return metric;
    }

    int segment() {
        return segment;
    }
}
