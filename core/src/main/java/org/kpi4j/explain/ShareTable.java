package org.kpi4j.explain;

import org.kpi4j.format.KpiTable;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.Cell;
import org.kpi4j.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Segment shares for several periods side by side, with each period's top-N share and
 * Herfindahl–Hirschman index (see {@link Shares}). A segment absent from a period has share 0 there.
 *
 * <pre>{@code
 * ShareTable t = ShareTable.builder()
 *         .period("2024", Map.of("通用云", 600.0, "行业云", 300.0, "智算云", 100.0))
 *         .period("2025Q1", Map.of("通用云", 500.0, "行业云", 300.0, "智算云", 200.0))
 *         .build();
 * t.share("2025Q1", "智算云");   // 0.2
 * t.get("2024").hhiPoints();     // 4600
 * String table = t.toString();         // segment  2024  2025Q1, then top-1 and HHI rows
 * }</pre>
 *
 * <p>Rows follow first-seen segment order; {@code Map.of} has none, so pass a {@link LinkedHashMap}
 * for a fixed row order.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ShareTable {

    private final Map<String, Shares> periods;

    private ShareTable(Map<String, Shares> periods) {
        this.periods = periods;
    }

    /** @return a builder to add periods to, in display order, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the periods in insertion order, unmodifiable, not null */
    public List<String> periods() {
        return List.copyOf(periods.keySet());
    }

    /** @return every segment in any period, in first-seen order, unmodifiable, not null */
    public List<String> segments() {
        Set<String> s = new LinkedHashSet<>();
        for (Shares sh : periods.values()) {
            s.addAll(sh.names());
        }
        return List.copyOf(s);
    }

    /**
     * Returns one period's shares.
     *
     * @param period the period, not null
     * @return its shares, not null
     * @throws IllegalArgumentException if there is no such period
     */
    public Shares get(String period) {
        Objects.requireNonNull(period, "period");
        Shares s = periods.get(period);
        if (s == null) {
            throw new IllegalArgumentException("period must be one of " + periods.keySet() + " but was \"" + period + "\"");
        }
        return s;
    }

    /**
     * Returns a segment's share in a period, 0 if the segment is absent from that period.
     *
     * @param period the period, not null
     * @param segment the segment, not null
     * @return the share, in [0, 1]
     * @throws IllegalArgumentException if there is no such period
     */
    public double share(String period, String segment) {
        Objects.requireNonNull(segment, "segment");
        return get(period).shares().getOrDefault(segment, 0.0);
    }

    /**
     * Returns a table with a row a segment and a column a period, then top-1 share and HHI rows.
     *
     * @param format the language of numbers, not null
     * @return the table, not null
     */
    public KpiTable toTable(KpiFormat format) {
        List<String> header = new ArrayList<>();
        header.add("segment");
        header.addAll(periods.keySet());
        KpiTable.Builder t = KpiTable.builder(header);
        for (String seg : segments()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(seg));
            for (Shares s : periods.values()) {
                cells.add(s.shares().containsKey(seg) ? Cell.percent(s.shares().get(seg), 2, format) : Cell.missing());
            }
            t.row(cells);
        }
        List<Cell> top = new ArrayList<>(List.of(Cell.text("top-1 share")));
        List<Cell> hhi = new ArrayList<>(List.of(Cell.text("HHI (points)")));
        for (Shares s : periods.values()) {
            top.add(Cell.percent(s.topN(1), 2, format));
            hhi.add(Cell.number(s.hhiPoints(), 0, format));
        }
        t.row(top);
        t.row(hhi);
        return t.build();
    }

    /** Returns {@link #toTable(KpiFormat)} in English as aligned text. */
    @Override
    public String toString() {
        return toTable(KpiFormat.en()).toString();
    }

    /** Collects periods in order. Not thread-safe; build once. */
    public static final class Builder {

        private final Map<String, Shares> periods = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds a period's segment values (in the map's iteration order).
         *
         * @param period the period's label, not blank, not yet added
         * @param values segment → value, as for {@link Shares#of(Map)}, not null
         * @return this builder
         * @throws IllegalArgumentException if the label is blank or taken, or a value is out of range
         */
        public Builder period(String period, Map<String, Double> values) {
            return period(period, Shares.of(values));
        }

        /**
         * Adds a period's shares.
         *
         * @param period the period's label, not blank, not yet added
         * @param shares the period's shares, not null
         * @return this builder
         * @throws IllegalArgumentException if the label is blank or taken
         */
        public Builder period(String period, Shares shares) {
            Checks.name(period, "period");
            Objects.requireNonNull(shares, "shares");
            if (periods.containsKey(period)) {
                throw new IllegalArgumentException("period must be unique but " + period + " was added twice");
            }
            periods.put(period, shares);
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table, not null
         * @throws IllegalArgumentException if no period was added
         */
        public ShareTable build() {
            if (periods.isEmpty()) {
                throw new IllegalArgumentException("a share table needs at least one period but had none");
            }
            return new ShareTable(Collections.unmodifiableMap(new LinkedHashMap<>(periods)));
        }
    }
}
