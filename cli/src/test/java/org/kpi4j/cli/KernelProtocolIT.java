package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel as Jupyter runs it: {@code kpi notebook --install} on the shaded jar writes the kernel
 * spec into a Jupyter data directory of this test's own, then
 * {@code jupyter/src/test/python/kernel_protocol_test.py} starts the kernel through jupyter_client
 * and tests execute, complete, inspect, is-complete, interrupt, restart and shutdown (and, with
 * jupyter_kernel_test, every message against the protocol's schema). Skipped, saying so, where
 * Python's jupyter_client is not installed ({@code .ci/run} installs it from Debian).
 */
class KernelProtocolIT {

    @TempDir
    Path dir;

    /** The Python with Jupyter: $KPI4J_PYTHON, else Debian's /usr/bin/python3, else python3 on the PATH. */
    static String python() {
        String env = System.getenv("KPI4J_PYTHON");
        if (env != null && !env.isBlank()) {
            return env;
        }
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    static boolean hasModule(String python, String module) {
        try {
            Process p = new ProcessBuilder(python, "-c", "import " + module).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }

    private record Run(int code, String out) {
    }

    private Run run(List<String> cmd, Map<String, String> env, long minutes) throws Exception {
        Path log = dir.resolve("out.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(new File("/dev/null"));
        pb.environment().putAll(env);
        Process p = pb.start();
        boolean done = p.waitFor(minutes, TimeUnit.MINUTES);
        if (!done) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(done).as("%s finished in %d min; output:%n%s", cmd, minutes, out).isTrue();
        return new Run(p.exitValue(), out);
    }

    @Test
    void kernelOnTheShadedJar_speaksJupytersProtocol() throws Exception {
        String python = python();
        Assumptions.assumeTrue(hasModule(python, "jupyter_client"), "Python's jupyter_client is not installed (Debian: "
                + "apt-get install python3-jupyter-client python3-jupyter-kernel-test): the kernel's protocol test is skipped");
        Path jar = ShadedJarIT.shadedJar();
        Path data = dir.resolve("jupyter-data");
        Map<String, String> env = Map.of("JUPYTER_DATA_DIR", data.toString(), "JUPYTER_RUNTIME_DIR",
                dir.resolve("runtime").toString(), "JUPYTER_PATH", data.toString());

        Run install = run(List.of(JdkTools.tool("java"), "-jar", jar.toString(), "notebook", "--install"), env, 2);
        assertThat(install.code()).as(install.out()).isZero();
        assertThat(install.out()).contains("installed kernel 'kpi4j'").contains(data.resolve("kernels/kpi4j").toString());
        assertThat(Files.readString(data.resolve("kernels/kpi4j/kernel.json"))).contains(jar.toString());

        Path script = ExamplesTest.examples().getParent().resolve("jupyter/src/test/python/kernel_protocol_test.py");
        Run test = run(List.of(python, script.toString()), env, 10);
        assertThat(test.code()).as(test.out()).isZero();
        assertThat(test.out()).as(test.out()).doesNotContain("SKIPPED").containsPattern("Ran \\d+ tests").contains("\nOK");
        if (hasModule(python, "jupyter_kernel_test")) {
            assertThat(test.out()).contains("SchemaTests.test_kernel_info");
        }
    }
}
