package org.kpi4j.charts;

import java.util.List;
import java.util.Objects;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.unit.Unit;

/** Checks the specs share. */
final class Specs {

    private Specs() {
    }

    static List<KpiSeries> nonEmpty(List<KpiSeries> series, String what) {
        Objects.requireNonNull(series, "series");
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a " + what + " chart needs at least one series");
        }
        List<KpiSeries> list = List.copyOf(series);
        for (KpiSeries s : list) {
            nonEmpty(s);
        }
        return list;
    }

    static KpiSeries nonEmpty(KpiSeries s) {
        Objects.requireNonNull(s, "series");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("series " + BasisChoice.describe(s) + " is empty; there is nothing to chart");
        }
        return s;
    }

    static void oneDimension(List<KpiSeries> series) {
        Unit unit = series.get(0).unit();
        for (KpiSeries s : series) {
            if (!unit.isCompatibleWith(s.unit())) {
                throw new IllegalArgumentException("series on one axis need units of one dimension, but "
                        + BasisChoice.describe(s) + " is in " + s.unit() + " and the first series in " + unit);
            }
        }
    }
}
