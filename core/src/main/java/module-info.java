/**
 * kpi4j core: periods and fiscal calendars, units, metrics, facts, series and panels, growth,
 * reconciliation, projection, forecasting, explanation, and tidy CSV/JSON I/O.
 *
 * <p>Every package is exported except {@code org.kpi4j.internal} (argument checks and table
 * formatting shared by the analytics packages). {@code requires transitive} is used only for a
 * module whose types appear in an exported signature: Jackson databind, because
 * {@link org.kpi4j.io.KpiJacksonModule} is a {@code com.fasterxml.jackson.databind.Module}.
 * Nothing is opened: core's own Jackson code reads and writes maps and trees, never kpi4j types by
 * reflection, and a user's {@code ObjectMapper} serialises kpi4j's public records through their
 * public accessors, which an exported package already allows.
 */
module org.kpi4j.core {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.csv;
    // commons-math3 3.6.1 has no module descriptor and no Automatic-Module-Name: its name comes
    // from the file name, commons-math3-3.6.1.jar.
    requires commons.math3;

    exports org.kpi4j;
    exports org.kpi4j.explain;
    exports org.kpi4j.fact;
    exports org.kpi4j.forecast;
    exports org.kpi4j.growth;
    exports org.kpi4j.io;
    exports org.kpi4j.metric;
    exports org.kpi4j.projection;
    exports org.kpi4j.reconcile;
    exports org.kpi4j.series;
    exports org.kpi4j.time;
    exports org.kpi4j.unit;
}
