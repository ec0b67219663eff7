/**
 * Not API: the {@link org.kpi4j.fact.FactFormat} services of module org.kpi4j.io (public only so
 * that {@link java.util.ServiceLoader} can make them; the package is not exported). Read files
 * through {@link org.kpi4j.fact.FactSet#read(java.nio.file.Path)} or the readers of
 * {@code org.kpi4j.io}.
 */
package org.kpi4j.io.internal;
