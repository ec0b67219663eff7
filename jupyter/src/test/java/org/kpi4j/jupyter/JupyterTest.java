package org.kpi4j.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
class JupyterTest {

    private static Path executable(Path dir, String name) throws Exception {
        Path p = Files.createDirectories(dir).resolve(name);
        Files.writeString(p, "#!/bin/sh\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Test
    void find_prefersTheNotebookServer_thenLab(@TempDir Path dir) throws Exception {
        Path lab = executable(dir.resolve("a"), "jupyter-lab");
        Path nb = executable(dir.resolve("b"), "jupyter-notebook");
        String both = dir.resolve("a") + File.pathSeparator + dir.resolve("b");
        assertThat(Jupyter.find(both)).contains(nb);
        assertThat(Jupyter.find(dir.resolve("a").toString())).contains(lab);
    }

    @Test
    void find_skipsWhatIsNotExecutable(@TempDir Path dir) throws Exception {
        Files.writeString(Files.createDirectories(dir).resolve("jupyter-notebook"), "not executable");
        assertThat(Jupyter.find(dir + File.pathSeparator)).isEmpty();
        assertThat(Jupyter.find(null)).isEmpty();
    }
}
