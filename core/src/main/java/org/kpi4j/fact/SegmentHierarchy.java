package org.kpi4j.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kpi4j.KpiDataException;
import org.kpi4j.Origin;
import org.kpi4j.format.Cell;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.KpiTable;

/**
 * Which business segments of an entity are part of which: 智算云 is one of the three product lines
 * of 算力服务, which is part of the whole company. A segment whose parent is not stated is taken to
 * be a part of the whole entity, so a file without a {@code parent} column keeps meaning what it
 * meant before: every segment a part of the whole.
 *
 * <p>A chart that stacks segments stacks only siblings (the parts of one parent), never a segment on
 * top of the segment that contains it.
 *
 * <pre>{@code
 * SegmentHierarchy h = SegmentHierarchy.builder().part("paratera", "智算云", "算力服务").build();
 * h.parent("paratera", "智算云");                    // "算力服务"
 * h.parent("paratera", "算力服务");                  // "" (the whole entity)
 * h.isWithin("paratera", "智算云", "算力服务");      // true
 * h.children("paratera", "算力服务", List.of("算力服务", "智算云"));   // [智算云]
 * Datasets.load("paratera").segments().parent("paratera", "智算云");   // "算力服务"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SegmentHierarchy {

    private static final SegmentHierarchy EMPTY = new SegmentHierarchy(Map.of());

    /** entity → (segment → parent); a parent of "" is the whole entity. */
    private final Map<String, Map<String, String>> parents;

    private SegmentHierarchy(Map<String, Map<String, String>> parents) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        parents.forEach((e, m) -> copy.put(e, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        this.parents = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the hierarchy in which every segment is a part of its whole entity.
     *
     * <pre>{@code
     * SegmentHierarchy.empty().parent("acme", "cloud");   // ""
     * }</pre>
     *
     * @return the empty hierarchy, not null
     */
    public static SegmentHierarchy empty() {
        return EMPTY;
    }

    /**
     * Starts a hierarchy.
     *
     * <pre>{@code
     * SegmentHierarchy.builder().part("acme", "GPU cloud", "cloud").part("acme", "CPU cloud", "cloud").build();
     * }</pre>
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the hierarchy the facts state in their {@link Fact#parent()}.
     *
     * <pre>{@code
     * SegmentHierarchy.of(Datasets.load("paratera").facts()).children("paratera", "算力服务",
     *         List.of("算力服务", "智算云"));   // [智算云]
     * }</pre>
     *
     * @param facts the facts, not null
     * @return the hierarchy, not null
     * @throws KpiDataException naming the lines if a segment is given two different parents or the
     *     parents form a cycle
     */
    public static SegmentHierarchy of(Collection<Fact> facts) {
        Objects.requireNonNull(facts, "facts");
        Map<String, Map<String, Fact>> stated = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (f.parent().isEmpty()) {
                continue;
            }
            Fact before = stated.computeIfAbsent(f.entity(), e -> new LinkedHashMap<>()).putIfAbsent(f.segment(), f);
            if (before != null && !before.parent().equals(f.parent())) {
                throw KpiDataException.at(f.origin(), "parent", "segment '" + f.segment() + "' of " + f.entity()
                        + " is part of '" + f.parent() + "' here but of '" + before.parent() + "'"
                        + where(before.origin()) + "; a segment has one parent");
            }
        }
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Fact>> e : stated.entrySet()) {
            Map<String, String> m = new LinkedHashMap<>();
            e.getValue().forEach((seg, f) -> m.put(seg, f.parent()));
            String cycle = cycle(m);
            if (cycle != null) {
                throw KpiDataException.at(e.getValue().get(cycle).origin(), "parent", "the parents of " + e.getKey()
                        + "'s segments form a cycle through '" + cycle + "'; a segment cannot contain itself");
            }
            out.put(e.getKey(), m);
        }
        return out.isEmpty() ? EMPTY : new SegmentHierarchy(out);
    }

    private static String where(Origin o) {
        return o == null ? "" : " (" + o + ")";
    }

    /** A segment on a cycle of parents, or null. */
    private static String cycle(Map<String, String> parents) {
        for (String start : parents.keySet()) {
            Set<String> seen = new LinkedHashSet<>();
            for (String s = start; !s.isEmpty(); s = parents.getOrDefault(s, "")) {
                if (!seen.add(s)) {
                    return s;
                }
            }
        }
        return null;
    }

    /**
     * Returns the segment a segment is part of.
     *
     * <pre>{@code
     * SegmentHierarchy.builder().part("paratera", "智算云", "算力服务").build().parent("paratera", "智算云");   // "算力服务"
     * }</pre>
     *
     * @param entity the entity, not null
     * @param segment the segment, not null; the whole entity ("") has no parent
     * @return the parent segment, or "" for the whole entity (also when nothing is stated), not null
     */
    public String parent(String entity, String segment) {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(segment, "segment");
        return parents.getOrDefault(entity, Map.of()).getOrDefault(segment, "");
    }

    /**
     * Returns true if a segment lies within another, directly or through segments between them;
     * every segment lies within the whole entity ({@code ""}).
     *
     * <pre>{@code
     * SegmentHierarchy h = SegmentHierarchy.builder().part("paratera", "智算云", "算力服务").build();
     * h.isWithin("paratera", "智算云", "");            // true
     * h.isWithin("paratera", "算力服务", "智算云");    // false
     * }</pre>
     *
     * @param entity the entity, not null
     * @param segment the segment, not null
     * @param ancestor the containing segment, "" for the whole entity, not null
     * @return true if {@code segment} is a part (or a part of a part) of {@code ancestor}; false
     *     for the segment itself
     */
    public boolean isWithin(String entity, String segment, String ancestor) {
        Objects.requireNonNull(ancestor, "ancestor");
        if (segment.isEmpty() || segment.equals(ancestor)) {
            return false;
        }
        for (String s = parent(entity, segment); ; s = parent(entity, s)) {
            if (s.equals(ancestor)) {
                return true;
            }
            if (s.isEmpty()) {
                return false;
            }
        }
    }

    /**
     * Returns the segments among {@code segments} that are direct parts of {@code parent}, in the
     * order given.
     *
     * <pre>{@code
     * SegmentHierarchy h = SegmentHierarchy.builder().part("paratera", "智算云", "算力服务").build();
     * h.children("paratera", "", List.of("算力服务", "智算云"));   // [算力服务]
     * }</pre>
     *
     * @param entity the entity, not null
     * @param parent the parent, "" for the whole entity, not null
     * @param segments the segments to choose from, not null
     * @return the direct parts, not null
     */
    public List<String> children(String entity, String parent, Collection<String> segments) {
        Objects.requireNonNull(parent, "parent");
        List<String> out = new ArrayList<>();
        for (String s : segments) {
            if (!s.isEmpty() && parent(entity, s).equals(parent) && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Returns this hierarchy with another's statements added.
     *
     * <pre>{@code
     * SegmentHierarchy.empty().with(SegmentHierarchy.builder().part("acme", "b", "a").build()).parent("acme", "b");   // "a"
     * }</pre>
     *
     * @param other the other hierarchy, not null
     * @return the union, not null
     * @throws IllegalArgumentException if the two give a segment different parents or form a cycle
     */
    public SegmentHierarchy with(SegmentHierarchy other) {
        Objects.requireNonNull(other, "other");
        Builder b = builder();
        for (SegmentHierarchy h : List.of(this, other)) {
            h.parents.forEach((e, m) -> m.forEach((s, p) -> b.part(e, s, p)));
        }
        return b.build();
    }

    /** @return true if no parent is stated */
    public boolean isEmpty() {
        return parents.isEmpty();
    }

    /**
     * Returns the stated parents as a table: entity, segment, parent.
     *
     * @param format the language, not null
     * @return the table, not null
     */
    public KpiTable toTable(KpiFormat format) {
        Objects.requireNonNull(format, "format");
        KpiTable.Builder t = KpiTable.builder("entity", "segment", "parent");
        parents.forEach((e, m) -> m.forEach((s, p) -> t.row(Cell.text(e), Cell.text(s), Cell.text(p))));
        return t.build();
    }

    /** Returns {@link #toTable(KpiFormat)} as aligned text. */
    @Override
    public String toString() {
        return toTable(KpiFormat.en()).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SegmentHierarchy h && h.parents.equals(parents);
    }

    @Override
    public int hashCode() {
        return parents.hashCode();
    }

    /** Builds a {@link SegmentHierarchy}; not thread-safe, but the hierarchy it builds is immutable. */
    public static final class Builder {
        private final Map<String, Map<String, String>> parents = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * States that a segment is part of another.
         *
         * @param entity the entity, not blank
         * @param segment the segment, not blank
         * @param parent the segment it is part of, "" for the whole entity, not null
         * @return this builder
         * @throws IllegalArgumentException if the segment is blank, is its own parent, or already has
         *     another parent
         */
        public Builder part(String entity, String segment, String parent) {
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(segment, "segment");
            Objects.requireNonNull(parent, "parent");
            if (entity.isBlank() || segment.isBlank()) {
                throw new IllegalArgumentException("a part needs an entity and a segment but got '" + entity + "' and '"
                        + segment + "'");
            }
            if (segment.equals(parent)) {
                throw new IllegalArgumentException("segment '" + segment + "' cannot be part of itself");
            }
            if (parent.isEmpty()) {
                return this;
            }
            String before = parents.computeIfAbsent(entity, e -> new LinkedHashMap<>()).putIfAbsent(segment, parent);
            if (before != null && !before.equals(parent)) {
                throw new IllegalArgumentException("segment '" + segment + "' of " + entity + " is part of '" + before
                        + "' and cannot also be part of '" + parent + "'");
            }
            return this;
        }

        /**
         * Builds the hierarchy.
         *
         * @return the hierarchy, not null
         * @throws IllegalArgumentException if the parents form a cycle
         */
        public SegmentHierarchy build() {
            for (Map.Entry<String, Map<String, String>> e : parents.entrySet()) {
                String c = cycle(e.getValue());
                if (c != null) {
                    throw new IllegalArgumentException("the parents of " + e.getKey() + "'s segments form a cycle "
                            + "through '" + c + "'; a segment cannot contain itself");
                }
            }
            return parents.isEmpty() ? EMPTY : new SegmentHierarchy(parents);
        }
    }
}
