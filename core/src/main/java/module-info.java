/**
 * kpi4j core: the model and its analytics. Periods and fiscal calendars, units, metrics, facts,
 * series and panels, growth, reconciliation, projection, forecasting and explanation; no file
 * formats (those live in {@code org.kpi4j.io}) and no dependency but Commons Math.
 *
 * <p>Every package is exported except {@code org.kpi4j.internal} (argument checks and table
 * formatting shared by the analytics packages). Nothing is opened. File formats are a service:
 * {@link org.kpi4j.fact.FactSet#read(java.nio.file.Path)} finds the {@link org.kpi4j.fact.FactFormat}s
 * that module {@code org.kpi4j.io} (or any other) provides.
 */
module org.kpi4j.core {
    // commons-math3 3.6.1 has no module descriptor and no Automatic-Module-Name: its name comes
    // from the file name, commons-math3-3.6.1.jar.
    requires commons.math3;

    exports org.kpi4j;
    exports org.kpi4j.explain;
    exports org.kpi4j.fact;
    exports org.kpi4j.forecast;
    exports org.kpi4j.format;
    exports org.kpi4j.growth;
    exports org.kpi4j.metric;
    exports org.kpi4j.projection;
    exports org.kpi4j.reconcile;
    exports org.kpi4j.series;
    exports org.kpi4j.time;
    exports org.kpi4j.unit;

    uses org.kpi4j.fact.FactFormat;
}
