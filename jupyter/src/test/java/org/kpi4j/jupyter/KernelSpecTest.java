package org.kpi4j.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecTest {

    private static final KernelSpec SPEC = KernelSpec.of(List.of("/opt/java/bin/java", "-jar", "/x/kpi4j all.jar", "notebook", "--kernel"));

    @Test
    void argv_endsWithTheConnectionFilePlaceholder() {
        assertThat(SPEC.argv()).containsExactly("/opt/java/bin/java", "-jar", "/x/kpi4j all.jar", "notebook", "--kernel",
                "{connection_file}");
    }

    @Test
    void json_isWhatJupyterReads() {
        // the fields of a kernel spec, as Jupyter's documentation lists them
        JsonObject o = JsonParser.parseString(SPEC.toJson()).getAsJsonObject();
        assertThat(o.keySet()).containsExactly("argv", "display_name", "language", "interrupt_mode");
        assertThat(o.get("argv").getAsJsonArray().get(2).getAsString()).isEqualTo("/x/kpi4j all.jar");
        assertThat(o.get("display_name").getAsString()).isEqualTo("Java (kpi4j)");
        assertThat(o.get("language").getAsString()).isEqualTo("java");
        assertThat(o.get("interrupt_mode").getAsString()).isEqualTo("message");
    }

    @Test
    void install_writesKernelJson_andReplacesAnOldOne(@TempDir Path dir) throws Exception {
        Path kernels = dir.resolve("share/jupyter/kernels");
        Path k = KernelSpec.of(List.of("java", "-version")).install(kernels);
        assertThat(k).isEqualTo(kernels.resolve("kpi4j"));
        Path k2 = SPEC.install(kernels);
        assertThat(Files.readString(k2.resolve("kernel.json"), StandardCharsets.UTF_8)).isEqualTo(SPEC.toJson());
        try (var files = Files.list(k2)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kernel.json");
        }
    }

    @Test
    void userKernelsDir_followsJupytersRules() {
        Path home = Path.of("/home/ana");
        // jupyter_core's jupyter_data_dir(): JUPYTER_DATA_DIR first, then the platform's place
        assertThat(KernelSpec.userKernelsDir(Map.of("JUPYTER_DATA_DIR", "/d"), "Linux", home)).isEqualTo(Path.of("/d/kernels"));
        assertThat(KernelSpec.userKernelsDir(Map.of(), "Linux", home)).isEqualTo(Path.of("/home/ana/.local/share/jupyter/kernels"));
        assertThat(KernelSpec.userKernelsDir(Map.of("XDG_DATA_HOME", "/x"), "Linux", home)).isEqualTo(Path.of("/x/jupyter/kernels"));
        assertThat(KernelSpec.userKernelsDir(Map.of(), "Mac OS X", home)).isEqualTo(Path.of("/home/ana/Library/Jupyter/kernels"));
        assertThat(KernelSpec.userKernelsDir(Map.of("APPDATA", "/appdata"), "Windows 11", home))
                .isEqualTo(Path.of("/appdata/jupyter/kernels"));
    }

    @Test
    void blankCommand_isRefused() {
        assertThatThrownBy(() -> KernelSpec.of(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("command must be a program and its arguments, none blank, but was []");
        assertThatThrownBy(() -> KernelSpec.of(List.of("java", " "))).isInstanceOf(IllegalArgumentException.class);
    }
}
