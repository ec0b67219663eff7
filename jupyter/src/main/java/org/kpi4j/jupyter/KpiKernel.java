package org.kpi4j.jupyter;

import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Objects;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * The kpi4j Jupyter kernel: Java cells run in JShell with kpi4j on the class path and its packages
 * imported, values show as tables and pictures ({@link MimeBundles}), errors as one line naming the
 * cell's line. Jupyter starts it with a connection file, as the {@link KernelSpec} tells it to.
 *
 * <pre>{@code
 * List<String> imports = KpiKernel.startupImports();
 * imports.contains("import org.kpi4j.growth.*;");   // true
 * // KpiKernel.run(Path.of(connectionFile));  blocks until Jupyter shuts the kernel down
 * }</pre>
 *
 * <p>Snippets run in the kernel's own JVM (so a cell's value reaches the display as an object), each
 * on a thread of its own that an interrupt request interrupts and, on Java 17, stops if it does not
 * end within two seconds. Magics: {@code %jars PATH-OR-GLOB...} and {@code %classpath ENTRY...},
 * each on a line of its own; a last expression without {@code ;} is the cell's value. This class is
 * immutable and thread-safe (it has only static methods).
 */
public final class KpiKernel {

    /** The kernel's version, as kernel_info reports it. */
    static final String VERSION = "0.1.0";

    private static final List<String> IMPORTS = List.of(
            // JShell's own default imports
            "import java.io.*;", "import java.math.*;", "import java.net.*;", "import java.nio.file.*;",
            "import java.util.*;", "import java.util.concurrent.*;", "import java.util.function.*;",
            "import java.util.prefs.*;", "import java.util.regex.*;", "import java.util.stream.*;",
            // not java.time.*: its Period would make kpi4j's Period ambiguous
            "import java.time.LocalDate;", "import java.time.Month;",
            "import org.kpi4j.*;", "import org.kpi4j.format.*;", "import org.kpi4j.time.*;", "import org.kpi4j.unit.*;",
            "import org.kpi4j.metric.*;",
            "import org.kpi4j.fact.*;", "import org.kpi4j.series.*;", "import org.kpi4j.growth.*;",
            "import org.kpi4j.reconcile.*;", "import org.kpi4j.projection.*;", "import org.kpi4j.forecast.*;",
            "import org.kpi4j.explain.*;", "import org.kpi4j.io.*;", "import org.kpi4j.datasets.*;",
            "import org.kpi4j.charts.*;", "import static org.kpi4j.jupyter.Notebook.*;");

    private KpiKernel() {
    }

    /**
     * Returns the imports every notebook starts with: JShell's defaults, {@code LocalDate} and
     * {@code Month}, every package kpi4j exports, and {@link Notebook}'s {@code display}.
     *
     * @return the import statements, in the order they run, unmodifiable
     */
    public static List<String> startupImports() {
        return IMPORTS;
    }

    /**
     * Runs the kernel on the sockets a Jupyter connection file names, until Jupyter asks it to shut
     * down. Snippets compile against this JVM's class path (and module path).
     *
     * @param connectionFile the connection file Jupyter wrote ({@code {connection_file}} in kernel.json), not null
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the file is not a Jupyter connection file or names an
     *         unknown signature scheme
     */
    public static void run(Path connectionFile) throws IOException {
        Objects.requireNonNull(connectionFile, "connectionFile");
        KernelConnectionProperties properties;
        JupyterConnection connection;
        try {
            properties = KernelConnectionProperties.parse(Files.readString(connectionFile, StandardCharsets.UTF_8));
            connection = new JupyterConnection(properties);
        } catch (JsonParseException | GeneralSecurityException | NullPointerException e) {
            throw new IllegalArgumentException(connectionFile + ": not a Jupyter connection file (" + e.getMessage() + ")", e);
        }
        try (CellEvaluator evaluator = new CellEvaluator(CellEvaluator.hostClassPath(), IMPORTS)) {
            JShellKernel kernel = new JShellKernel(evaluator);
            kernel.becomeHandlerForConnection(connection);
            kernel.onStartup();
            connection.connect();
            connection.waitUntilClose();
        }
    }
}
