/**
 * kpi4j jupyter: a JShell-backed Jupyter kernel with kpi4j inside ({@link org.kpi4j.jupyter.KpiKernel}),
 * its kernel spec ({@link org.kpi4j.jupyter.KernelSpec}) and the MIME bundles kpi4j's values show as
 * ({@link org.kpi4j.jupyter.MimeBundles}).
 *
 * <p>The kernel imports every kpi4j module's packages at start, so it requires them all; cells
 * compile in JShell ({@code jdk.jshell}) and run in this JVM. JJava's {@code jjava-jupyter} 1.0-a6
 * (the Jupyter protocol) has no module descriptor and no Automatic-Module-Name: like commons-math3
 * for core and XChart for charts, it is an automatic module named from its file name,
 * {@code jjava-jupyter-1.0-a6.jar}, hence the suppressed lint; it reads Gson and jeromq, which must
 * be on the module path too. Gson writes kernel.json; jsoup builds (and escapes) the HTML tables.
 * Nothing is exported but {@code org.kpi4j.jupyter}; nothing is opened.
 */
@SuppressWarnings("requires-automatic")
module org.kpi4j.jupyter {
    requires org.kpi4j.core;
    requires org.kpi4j.io;
    requires org.kpi4j.datasets;
    requires org.kpi4j.charts;
    requires jdk.jshell;
    requires jjava.jupyter;
    requires com.google.gson;
    requires org.jsoup;

    exports org.kpi4j.jupyter;
}
