package org.kpi4j.jupyter;

import org.dflib.jjava.jupyter.kernel.BaseKernel;

/**
 * What a notebook cell can call besides kpi4j: {@link #display(Object)}, imported statically at
 * start ({@code import static org.kpi4j.jupyter.Notebook.*;}).
 *
 * <pre>{@code
 * // in a cell, a table and a chart from one cell, in that order:
 * //   display(revenue.yoy());
 * //   display(Charts.yoy(revenue.yoy(), ChartOptions.en()));
 * Notebook.display(revenue.yoy());   // IllegalStateException outside a kpi4j kernel
 * }</pre>
 *
 * <p>This class is immutable and thread-safe (it has only static methods).
 */
public final class Notebook {

    private Notebook() {
    }

    /**
     * Shows a value under the running cell now, as a table, a picture or text ({@link MimeBundles}),
     * as a cell's last expression would be shown; a cell may show several values this way.
     *
     * @param value the value, may be null
     * @throws IllegalStateException if no kpi4j kernel is running in this JVM
     */
    public static void display(Object value) {
        BaseKernel kernel;
        try {
            kernel = BaseKernel.notebookKernel();
        } catch (NullPointerException e) {
            throw new IllegalStateException("display() shows a value in a kpi4j notebook; no kernel runs here "
                    + "(MimeBundles.of(value) gives what it would show)", e);
        }
        kernel.display(JShellKernel.displayData(value));
    }
}
