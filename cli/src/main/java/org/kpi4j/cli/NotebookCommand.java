package org.kpi4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.kpi4j.jupyter.Jupyter;
import org.kpi4j.jupyter.KernelSpec;
import org.kpi4j.jupyter.KpiKernel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code kpi notebook}: installs the kpi4j Jupyter kernel ({@code --install}) or starts Jupyter with it;
 * Jupyter runs the kernel as {@code kpi notebook --kernel CONNECTION_FILE}.
 */
@Command(name = "notebook", mixinStandardHelpOptions = true,
        description = {"Start Jupyter's notebook server with the kpi4j kernel.",
            "Java cells run in JShell with kpi4j imported, tables and charts shown inline; other arguments go to",
            "the server (--no-browser, --port=8890, FILE.ipynb).",
            "--install only writes the kernel spec, as 'jupyter kernelspec install --user' would."})
final class NotebookCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--install", description = "write the kernel spec (kernels/kpi4j/kernel.json) and exit")
    boolean install;

    @Option(names = "--kernels-dir", paramLabel = "DIR",
            description = "the Jupyter kernels directory to write to (default: the user's, $JUPYTER_DATA_DIR/kernels "
                    + "or ~/.local/share/jupyter/kernels)")
    Path kernelsDir;

    @Option(names = "--jar", paramLabel = "JAR", description = "the jar the kernel runs from (default: this command's own)")
    Path jar;

    @Option(names = "--kernel", paramLabel = "CONNECTION_FILE", hidden = true,
            description = "run the kernel on a Jupyter connection file (what kernel.json tells Jupyter to do)")
    Path connectionFile;

    @Unmatched
    List<String> jupyterArgs = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (connectionFile != null) {
            KpiKernel.run(connectionFile);
            return 0;
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = kernelsDir != null ? kernelsDir : KernelSpec.userKernelsDir();
        if (install) {
            if (!jupyterArgs.isEmpty()) {
                throw new IllegalArgumentException("--install takes no other arguments but got " + jupyterArgs);
            }
            KernelSpec ks = kernelSpec();
            Path written = ks.install(dir);
            out.println("installed kernel '" + KernelSpec.NAME + "' (" + ks.displayName() + ") in " + written);
            out.println("start Jupyter with it: kpi notebook");
            return 0;
        }
        ProcessBuilder server = Jupyter.notebook(jupyterArgs);
        KernelSpec ks = kernelSpec();
        Path json = dir.resolve(KernelSpec.NAME).resolve("kernel.json");
        if (!Files.isRegularFile(json) || !Files.readString(json, StandardCharsets.UTF_8).equals(ks.toJson())) {
            err.println("kpi: wrote the kernel spec " + ks.install(dir).resolve("kernel.json"));
            err.flush();
        }
        out.flush();
        Process p = server.inheritIO().start();
        // if kpi is stopped (Ctrl-C reaches both, a kill only kpi), the server stops too, shutting its
        // kernels down, rather than running on without a terminal
        Thread stopServer = new Thread(() -> {
            p.destroy();
            try {
                p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stopServer);
        try {
            return p.waitFor();
        } finally {
            if (!p.isAlive()) {
                Runtime.getRuntime().removeShutdownHook(stopServer);
            }
        }
    }

    private KernelSpec kernelSpec() {
        Path j = (jar != null ? jar : ownJar()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(j)) {
            throw new IllegalArgumentException("--jar: no such file: " + j);
        }
        return KernelSpec.of(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-jar", j.toString(), "notebook", "--kernel"));
    }

    private static Path ownJar() {
        Path p;
        try {
            p = Path.of(Kpi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new IllegalStateException("cannot tell which jar kpi runs from; pass --jar", e);
        }
        if (!Files.isRegularFile(p) || !p.getFileName().toString().endsWith(".jar")) {
            throw new IllegalStateException("the kernel runs from the shaded jar, but kpi runs from " + p
                    + "; build it (mvn -B -DskipTests package -pl cli -am) and run it with java -jar cli/target/kpi4j-all.jar, "
                    + "or pass --jar");
        }
        return p;
    }
}
