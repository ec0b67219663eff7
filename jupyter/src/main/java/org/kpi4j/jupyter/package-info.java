/**
 * A Jupyter kernel for Java with kpi4j inside: cells run in JShell with kpi4j's packages imported,
 * and kpi4j's values show as HTML tables and charts as pictures.
 *
 * <p>{@link org.kpi4j.jupyter.KpiKernel} runs the kernel; {@link org.kpi4j.jupyter.KernelSpec}
 * writes the kernel.json that tells Jupyter how to start it; {@link org.kpi4j.jupyter.Jupyter}
 * finds the notebook server; {@link org.kpi4j.jupyter.MimeBundles} is what a value shows as;
 * {@link org.kpi4j.jupyter.Notebook#display(Object)} shows one from inside a cell. The protocol
 * (ZeroMQ sockets, message signing) is JJava's {@code jjava-jupyter} library.
 *
 * <pre>{@code
 * KernelSpec spec = KernelSpec.of(List.of("java", "-jar", "kpi4j-all.jar", "notebook", "--kernel"));
 * Path dir = spec.install(Path.of("kernels"));   // kernels/kpi4j/kernel.json
 * }</pre>
 */
package org.kpi4j.jupyter;
