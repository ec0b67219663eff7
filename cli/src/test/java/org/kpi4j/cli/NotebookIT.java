package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.charts.ChartFonts;

/**
 * Executes {@code examples/quickstart.ipynb} the way its kernel would, without the kernel: IJava (a
 * JShell-based Jupyter kernel) is not installable here, so the notebook's code cells are translated to
 * one JShell script and run, in order, by the JDK's jshell on the shaded jar. An integration test
 * (failsafe, after {@code package}).
 *
 * <p>The translation: IJava's start-up imports first; the {@code %jars} / {@code %classpath} line
 * magics become the jshell class path (paths relative to the repository root, where the notebook says
 * to start Jupyter) and a comment in place; a stub {@code display(Object)} that prints its argument
 * is defined if a cell calls IJava's {@code display}; any other magic fails the test, so a notebook
 * edit that needs more translation is noticed. JShell reads the script as typed input with a feedback
 * mode that prints each expression's value untruncated, like the value a kernel shows under a cell.
 */
class NotebookIT {

    /** The imports IJava's kernel starts with (its ijava-jshell-init.jshell); JShell's own start-up is off. */
    private static final List<String> IJAVA_IMPORTS = List.of("java.util.*", "java.io.*", "java.math.*",
            "java.net.*", "java.util.concurrent.*", "java.util.prefs.*", "java.util.regex.*");

    @TempDir
    Path dir;

    /** A notebook translated to JShell input, and the class path its magics asked for. */
    record Translation(String script, List<Path> classPath) {
    }

    static Translation translate(JsonNode notebook, Path workingDir) {
        assertThat(notebook.path("nbformat").asInt()).as("nbformat").isEqualTo(4);
        StringBuilder cells = new StringBuilder();
        List<Path> classPath = new ArrayList<>();
        boolean display = false;
        for (JsonNode cell : notebook.path("cells")) {
            if (!cell.path("cell_type").asText().equals("code")) {
                continue;
            }
            String id = cell.path("id").asText("?");
            cells.append("System.out.println(\"[cell ").append(id).append("]\");\n");
            for (String line : source(cell).split("\\R", -1)) {
                String t = line.strip();
                if (t.startsWith("%%")) {
                    fail("cell %s: cell magic '%s' has no JShell translation in NotebookIT", id, t);
                } else if (t.startsWith("%")) {
                    String[] words = t.substring(1).split("\\s+");
                    if (!words[0].equals("jars") && !words[0].equals("classpath")) {
                        fail("cell %s: line magic '%s' has no JShell translation in NotebookIT", id, t);
                    }
                    for (int i = 1; i < words.length; i++) {
                        Path p = workingDir.resolve(words[i]).normalize();
                        assertThat(p).as("cell %s: %s", id, t).exists();
                        classPath.add(p);
                    }
                    cells.append("// ").append(t).append('\n');
                } else {
                    display |= line.matches(".*\\bdisplay\\s*\\(.*");
                    cells.append(line).append('\n');
                }
            }
        }
        StringBuilder script = new StringBuilder();
        script.append("/set mode notebook normal -quiet\n/set truncation notebook 1000000\n/set feedback notebook\n");
        IJAVA_IMPORTS.forEach(i -> script.append("import ").append(i).append(";\n"));
        if (display) {
            script.append("String display(Object o) { System.out.println(o); return \"\"; }\n");
        }
        script.append(cells).append("/exit\n");
        return new Translation(script.toString(), classPath);
    }

    /** A cell's source: a string or, as nbformat also allows, an array of lines. */
    private static String source(JsonNode cell) {
        JsonNode s = cell.path("source");
        if (s.isArray()) {
            StringBuilder b = new StringBuilder();
            s.forEach(line -> b.append(line.asText()));
            return b.toString();
        }
        return s.asText();
    }

    @Test
    void quickstartNotebook_runsCellByCellOnTheShadedJar() throws Exception {
        // The chart cell draws with Chinese labels (ChartOptions.zh()); .ci/run installs the font.
        Assumptions.assumeTrue(ChartFonts.cjkFamily().isPresent(), "no CJK font installed (.ci/run installs fonts-noto-cjk)");
        Path repo = ExamplesTest.examples().getParent();
        JsonNode notebook = new ObjectMapper().readTree(ExamplesTest.examples().resolve("quickstart.ipynb").toFile());
        Translation tr = translate(notebook, repo);
        Path jar = ShadedJarIT.shadedJar();
        assertThat(tr.classPath()).as("what %jars loads").hasSize(1);
        assertThat(tr.classPath().get(0).toRealPath()).as("%jars names the shaded jar").isEqualTo(jar.toRealPath());

        Path script = Files.writeString(dir.resolve("quickstart.jsh"), tr.script(), StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(List.of(JdkTools.tool("jshell"), "--no-startup", "-R-Djava.awt.headless=true",
                "--class-path", String.join(File.pathSeparator, tr.classPath().stream().map(Path::toString).toList())));
        JdkTools.Output out = JdkTools.run(cmd, script, Duration.ofMinutes(5));
        String text = out.text();
        assertThat(out.exitCode()).as(text).isZero();
        assertThat(text.contains("Error:") || text.contains("Exception")).as("script:%n%s%noutput:%n%s", tr.script(), text)
                .isFalse();

        // Values the cells show, each recomputed by hand or read from the data.
        assertThat(section(text, "c3")).contains("facts ==> " + ModulePathTest.parateraCsvRecords() + " facts")
                .contains("+127.04%"); // 18,170 / 8,003 − 1 = 127.04%
        assertThat(section(text, "c4")).contains("0 ok, 0 mismatch, 6 unverifiable");
        assertThat(section(text, "c5")).contains("3,241.50") // 1037.3 × 1.462³
                .contains("inconsistent");
        assertThat(section(text, "c7")).contains("BufferedImage").contains("width = 800 height = 500");
    }

    /** The output between a cell's marker and the next one. */
    private static String section(String text, String cell) {
        int from = text.indexOf("[cell " + cell + "]");
        assertThat(from).as("cell %s ran; output:%n%s", cell, text).isNotNegative();
        int to = text.indexOf("[cell ", from + 1);
        return text.substring(from, to < 0 ? text.length() : to);
    }
}
