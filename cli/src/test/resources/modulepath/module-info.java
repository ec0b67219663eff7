// A user's module for ModulePathTest: it requires only the three kpi4j modules it imports from and
// reaches core, Jackson databind, java.desktop and Tablesaw through their `requires transitive`.
module kpi4j.smoke {
    requires org.kpi4j.io;
    requires org.kpi4j.datasets;
    requires org.kpi4j.charts;
}
