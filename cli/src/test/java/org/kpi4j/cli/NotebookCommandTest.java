package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class NotebookCommandTest {

    @TempDir
    Path dir;

    private Path jar() throws Exception {
        return Files.writeString(dir.resolve("kpi4j-all.jar"), "not really a jar");
    }

    @Test
    void install_writesAKernelSpecThatRunsTheJar() throws Exception {
        Path jar = jar();
        KpiCommandTest.Result r = KpiCommandTest.run("notebook", "--install", "--kernels-dir", dir.resolve("kernels").toString(),
                "--jar", jar.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("installed kernel 'kpi4j' (Java (kpi4j)) in " + dir.resolve("kernels/kpi4j"));
        JsonNode spec = new ObjectMapper().readTree(dir.resolve("kernels/kpi4j/kernel.json").toFile());
        List<String> argv = new ArrayList<>();
        spec.get("argv").forEach(a -> argv.add(a.asText()));
        // this JVM's java, headless, UTF-8, the jar's kpi notebook --kernel, then Jupyter's connection file
        assertThat(argv).containsExactly(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-jar", jar.toString(), "notebook", "--kernel",
                "{connection_file}");
        assertThat(spec.get("interrupt_mode").asText()).isEqualTo("message");
    }

    @Test
    void install_fromTheClassDirectories_asksForTheShadedJar() {
        // the tests run kpi from target/classes, not from a jar
        KpiCommandTest.Result r = KpiCommandTest.run("notebook", "--install", "--kernels-dir", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("kpi: the kernel runs from the shaded jar, but kpi runs from ").contains("--jar");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }

    @Test
    void install_withAMissingJar_isRefused() {
        KpiCommandTest.Result r = KpiCommandTest.run("notebook", "--install", "--kernels-dir", dir.toString(), "--jar",
                dir.resolve("nope.jar").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("kpi: --jar: no such file: " + dir.resolve("nope.jar") + System.lineSeparator());
    }

    @Test
    void kernel_onAFileThatIsNotAConnectionFile_saysSo() throws Exception {
        Path bad = Files.writeString(dir.resolve("kernel-x.json"), "[]");
        KpiCommandTest.Result r = KpiCommandTest.run("notebook", "--kernel", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("kpi: " + bad + ": not a Jupyter connection file");
    }

    /** kpi in a child JVM with a PATH of our own, so which Jupyter it finds is up to the test. */
    private KpiCommandTest.Result child(String path, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(JdkTools.tool("java"), "-cp", System.getProperty("java.class.path"),
                "org.kpi4j.cli.Kpi"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(dir.resolve("err.txt").toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectInput(new File("/dev/null"));
        pb.environment().put("PATH", path);
        Process p = pb.start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new KpiCommandTest.Result(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void notebook_withoutJupyter_saysHowToInstallIt() throws Exception {
        KpiCommandTest.Result r = child(dir.resolve("empty").toString(), "notebook", "--kernels-dir", dir.toString(), "--jar",
                jar().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("kpi: Jupyter is not installed (no jupyter-notebook or jupyter-lab on the PATH)")
                .contains("apt-get install jupyter-notebook");
        assertThat(dir.resolve("kpi4j")).doesNotExist();
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void notebook_writesTheSpec_thenRunsTheServerWithTheRestOfTheArguments() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path server = bin.resolve("jupyter-notebook");
        Files.writeString(server, "#!/bin/sh\necho \"server got: $*\"\nexit 3\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(server, PosixFilePermissions.fromString("rwxr-xr-x"));
        KpiCommandTest.Result r = child(bin.toString(), "notebook", "--kernels-dir", dir.resolve("k").toString(), "--jar",
                jar().toString(), "--no-browser", "--port=8899");
        assertThat(r.out()).isEqualTo("server got: --no-browser --port=8899\n");
        assertThat(r.code()).as("the server's exit code").isEqualTo(3);
        assertThat(r.err()).isEqualTo("kpi: wrote the kernel spec " + dir.resolve("k/kpi4j/kernel.json") + "\n");
        assertThat(dir.resolve("k/kpi4j/kernel.json")).isRegularFile();
        // a second start finds the same spec and says nothing about it
        KpiCommandTest.Result again = child(bin.toString(), "notebook", "--kernels-dir", dir.resolve("k").toString(), "--jar",
                jar().toString());
        assertThat(again.err()).isEmpty();
    }
}
