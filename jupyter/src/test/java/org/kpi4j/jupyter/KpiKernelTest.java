package org.kpi4j.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiKernelTest {

    /** The kpi4j module descriptors on this test's class or module path (every module but this one). */
    private static List<ModuleDescriptor> kpi4jModules() {
        Path[] entries = Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""))
                .flatMap(p -> Arrays.stream(p.split(File.pathSeparator))).filter(p -> !p.isBlank()).map(Path::of)
                .filter(Files::exists).toArray(Path[]::new);
        return ModuleFinder.of(entries).findAll().stream().map(r -> r.descriptor())
                .filter(d -> d.name().startsWith("org.kpi4j.") && !d.name().equals("org.kpi4j.jupyter")).toList();
    }

    @Test
    void everyPackageKpi4jExports_isImportedAtStart() {
        List<ModuleDescriptor> modules = kpi4jModules();
        assertThat(modules).extracting(ModuleDescriptor::name)
                .contains("org.kpi4j.core", "org.kpi4j.io", "org.kpi4j.datasets", "org.kpi4j.charts");
        List<String> exported = modules.stream().flatMap(d -> d.exports().stream()).filter(e -> !e.isQualified())
                .map(e -> "import " + e.source() + ".*;").toList();
        assertThat(KpiKernel.startupImports()).containsAll(exported);
    }

    @Test
    void run_refusesAFileThatIsNotAConnectionFile(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("kernel-1.json"), "{\"ip\": ");
        assertThatThrownBy(() -> KpiKernel.run(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(bad + ": not a Jupyter connection file");
    }

    @Test
    void display_outsideAKernel_saysSo() {
        assertThatThrownBy(() -> Notebook.display(1)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("display() shows a value in a kpi4j notebook; no kernel runs here");
    }
}
