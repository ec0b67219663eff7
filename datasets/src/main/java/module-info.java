/**
 * kpi4j datasets: the bundled datasets ({@code paratera}, {@code idc-compute}), the seeded
 * {@link org.kpi4j.datasets.SyntheticPanel} generator and the Tablesaw interop.
 *
 * <p>Core and Tablesaw are read transitively because exported signatures use their types
 * ({@code FactSet}, {@code KpiPanel}, {@code tech.tablesaw.api.Table}). Tablesaw 0.44.4 is an
 * automatic module named from its file name, hence the suppressed lint; Tablesaw itself needs
 * {@code --add-modules io.github.classgraph,org.slf4j,roaringbitmap} on the module path, explicit
 * modules that it uses and nothing requires. The CSV resources live in the exported package and are
 * read with {@code Class.getResourceAsStream}, which finds them in this module on the module path
 * without opening the package.
 */
@SuppressWarnings("requires-transitive-automatic")
module org.kpi4j.datasets {
    requires transitive org.kpi4j.core;
    requires transitive tablesaw.core;
    requires org.kpi4j.io;

    exports org.kpi4j.datasets;
}
