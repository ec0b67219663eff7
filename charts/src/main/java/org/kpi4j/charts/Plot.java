package org.kpi4j.charts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a renderer draws: the chart's data, the words around it and how each series is drawn. Data
 * preparation (basis, alignment, hierarchy, display scale) ends here; rendering starts from here
 * and reads nothing else, so the picture shows exactly the data.
 *
 * @param type the chart type
 * @param title the title, empty for none
 * @param xTitle the x axis title
 * @param yTitle the (left) y axis title
 * @param y2Title the right y axis title, null for one y axis
 * @param unitLabel the unit the left y axis shows, as printed
 * @param data the data, notes included
 * @param roles how each series of the data is drawn
 * @param band the legend name of a fan's band, null for none
 */
record Plot(KpiChart.Type type, String title, String xTitle, String yTitle, String y2Title, String unitLabel,
        ChartData data, Map<String, Role> roles, String band) {

    /** How a series is drawn. */
    enum Role {
        /** A line over the periods. */
        LINE,
        /** Growth bars, coloured by sign. */
        GROWTH,
        /** A marker on a flagged growth bar. */
        FLAG,
        /** Value bars (combo). */
        BAR,
        /** A growth line on the right axis (combo). */
        GROWTH_LINE,
        /** A fan's history, solid. */
        HISTORY,
        /** A fan's central projection, dashed, continuing the history. */
        PROJECTION,
        /** A fan's further scenario, dashed. */
        SCENARIO,
        /** The lower side of a fan's band. */
        BAND_LOWER,
        /** The upper side of a fan's band. */
        BAND_UPPER,
        /** A stacked segment. */
        PART,
        /** The stacked remainder of the whole less its parts. */
        OTHER,
        /** A bar beside others, never stacked (a segment's ratio). */
        SIDE,
        /** The stack's values are shares in percent: the y axis runs from 0 to 100. */
        SHARE
    }

    Plot {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        roles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        for (String s : data.series()) {
            if (!roles.containsKey(s)) {
                throw new IllegalArgumentException("no role for series " + s);
            }
        }
    }

    /** @return how many points each series draws, in legend order */
    Map<String, Integer> counts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String s : data.series()) {
            out.put(s, data.points(s).size());
        }
        return out;
    }

    /** @return true if a series is drawn as stacked shares */
    boolean shares() {
        return roles.containsValue(Role.SHARE);
    }
}
