package org.kpi4j.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.kpi4j.metric.Metric;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.metric.MetricKind;
import org.kpi4j.time.FiscalCalendar;

/**
 * A metric catalog and fiscal calendar in a form that travels with a Spark task: the catalog's
 * metrics beyond the standard ones (a catalog is always the standard one plus additions) and the
 * calendar's text form (a 52/53-week calendar is more than its month), rebuilt once per task on
 * the executor.
 */
final class CatalogSpec implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A metric's fields; Metric itself is not Serializable. */
    private record MetricSpec(String id, String nameEn, String nameZh, MetricKind kind, boolean instant,
            Metric.UnitFamily family) implements Serializable {
    }

    private final List<MetricSpec> extra;
    private final String calendarText;
    private transient MetricCatalog catalog;
    private transient FiscalCalendar calendar;

    CatalogSpec(MetricCatalog catalog, FiscalCalendar calendar) {
        List<MetricSpec> e = new ArrayList<>();
        MetricCatalog standard = MetricCatalog.standard();
        for (Metric m : catalog.metrics()) {
            if (!standard.get(m.id()).equals(java.util.Optional.of(m))) {
                e.add(new MetricSpec(m.id(), m.nameEn(), m.nameZh(), m.kind(), m.instant(), m.family()));
            }
        }
        this.extra = List.copyOf(e);
        this.calendarText = calendar.toString();
        this.catalog = catalog;
        this.calendar = calendar;
    }

    MetricCatalog catalog() {
        if (catalog == null) {
            MetricCatalog c = MetricCatalog.standard();
            for (MetricSpec m : extra) {
                c = c.with(new Metric(m.id(), m.nameEn(), m.nameZh(), m.kind(), m.instant(), m.family()));
            }
            catalog = c;
        }
        return catalog;
    }

    FiscalCalendar calendar() {
        if (calendar == null) {
            calendar = FiscalCalendar.parse(calendarText);
        }
        return calendar;
    }
}
