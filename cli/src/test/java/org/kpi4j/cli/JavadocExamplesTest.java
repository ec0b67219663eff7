package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.charts.ChartFonts;

/**
 * Runs the example in the Javadoc of every public type of core, io, datasets, charts and jupyter (each
 * {@code <pre>{@code ...}</pre>} block) in one JShell, after {@code examples/startup.jsh} and
 * {@code javadoc-prelude.jsh}, which defines the names method-level examples take as given
 * ({@code revenue}, {@code chart}, {@code facts}, ...). An example that no longer compiles or throws
 * fails the build. A line whose comment names an exception ({@code // IllegalArgumentException}) must
 * throw it. JShell reads a line that ends a statement as a snippet, so continuation lines starting
 * with {@code .} are joined to the line before, as a reader would.
 */
class JavadocExamplesTest {

    private static final Pattern BLOCK = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\*?\\s*\\}</pre>", Pattern.DOTALL);
    private static final Pattern THROWS = Pattern.compile("^(.*;)\\s*//\\s*(\\w+(?:Exception|Error))\\b.*$");
    /** A prelude line that declares a name: {@code Type name = ...;}. */
    private static final Pattern DECLARATION = Pattern.compile("^[\\w.<>\\[\\], ]+?\\s(\\w+)\\s*=[^=].*;\\s*$");

    record Block(String file, int line, String code) {
    }

    static Path root() {
        return ExamplesTest.examples().getParent();
    }

    static List<Block> blocks() throws Exception {
        List<Block> out = new ArrayList<>();
        for (String module : List.of("core", "io", "datasets", "charts", "jupyter", "report")) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(root().resolve(module).resolve("src/main/java"))) {
                files = s.filter(p -> p.toString().endsWith(".java")).filter(p -> !p.toString().contains("/internal/"))
                        .filter(p -> !p.getFileName().toString().matches("(package|module)-info\\.java")).sorted().toList();
            }
            for (Path f : files) {
                String src = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = BLOCK.matcher(src);
                while (m.find()) {
                    int line = (int) src.substring(0, m.start()).chars().filter(ch -> ch == '\n').count() + 1;
                    out.add(new Block(root().relativize(f).toString(), line, jshell(m.group(1))));
                }
            }
        }
        return out;
    }

    /** A Javadoc code block as JShell input. */
    static String jshell(String javadoc) {
        List<String> lines = new ArrayList<>();
        for (String raw : javadoc.split("\n")) {
            String l = raw.replaceFirst("^\\s*\\*( |$)", "").replace("&#64;", "@").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&amp;", "&");
            String t = l.strip();
            if (t.startsWith(".") && !lines.isEmpty()) {
                int last = lines.size() - 1;
                lines.set(last, lines.get(last).replaceFirst("\\s*//.*$", "") + " " + t);
            } else if (t.startsWith("//") && !lines.isEmpty() && THROWS.matcher(lines.get(lines.size() - 1)).matches()) {
                continue; // the rest of an expected exception's message
            } else {
                lines.add(l);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            Matcher t = THROWS.matcher(l);
            sb.append(t.matches() ? "try { " + t.group(1) + " throw new AssertionError(\"expected " + t.group(2)
                    + "\"); } catch (" + t.group(2) + " expected) { }" : l).append('\n');
        }
        return sb.toString();
    }

    @Test
    void everyJavadocExample_runs(@TempDir Path dir) throws Exception {
        String fontFile = cjkFontFile();
        if (fontFile == null) {
            // no CJK font installed: the examples draw Chinese in the bundled font, and the font-file example loads it
            Path bundled = dir.resolve("bundled-cjk.ttc");
            try (java.io.InputStream in = ChartFonts.class.getResourceAsStream("wqy-microhei.ttc")) {
                Files.copy(in, bundled);
            }
            fontFile = bundled.toString();
        }
        List<Block> blocks = blocks();
        assertThat(blocks.size()).as("Javadoc examples found").isGreaterThan(100);
        Path prelude = Path.of(JavadocExamplesTest.class.getResource("/javadoc-prelude.jsh").toURI());
        java.util.Map<String, String> given = new java.util.LinkedHashMap<>(); // name -> its prelude line
        for (String l : Files.readAllLines(prelude, StandardCharsets.UTF_8)) {
            Matcher d = DECLARATION.matcher(l);
            if (d.matches() && !l.startsWith("//") && !l.startsWith("import")) {
                given.put(d.group(1), l);
            }
        }
        assertThat(given).containsKeys("facts", "revenue", "chart", "y");
        StringBuilder script = new StringBuilder();
        for (Block b : blocks) {
            script.append("System.out.println(\"@@ ").append(b.file()).append(':').append(b.line()).append("\");\n");
            script.append(b.code());
            // an example that redeclares a given name: declare it again, with what depends on it
            boolean restore = false;
            for (java.util.Map.Entry<String, String> e : given.entrySet()) {
                restore |= Pattern.compile("\\b" + e.getKey() + "\\s*=[^=]").matcher(b.code()).find();
                if (restore) {
                    script.append(e.getValue()).append('\n');
                }
            }
        }
        script.append("System.out.println(\"@@ end\");\n/exit\n");
        Path all = dir.resolve("javadoc-examples.jsh");
        Files.writeString(all, script, StandardCharsets.UTF_8);
        // local execution: the snippets run in JShell's own JVM (which then needs the class path as well),
        // five times faster than through the remote agent
        String cp = System.getProperty("java.class.path");
        JdkTools.Output out = JdkTools.run(List.of(JdkTools.tool("jshell"), "--execution", "local",
                "-J-Djava.class.path=" + cp, "-J--add-modules=ALL-SYSTEM", "-J-Djava.awt.headless=true",
                "-J-Dkpi4j.fontFile=" + fontFile,
                "--class-path", cp,
                ExamplesTest.examples().resolve("startup.jsh").toString(), prelude.toString(), all.toString()),
                null, Duration.ofMinutes(20), dir);
        String text = out.text();
        String[] parts = text.split("@@ ");
        assertThat(parts[0]).as("the prelude:%n%s", parts[0]).doesNotContain("Error:").doesNotContain("Exception");
        List<String> failed = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String output = parts[i].substring(parts[i].indexOf('\n') + 1); // after the file:line
            if (output.contains("Error:") || output.contains("Exception")) {
                failed.add(parts[i]);
            }
        }
        assertThat(failed).as("examples that fail (file:line, then JShell's output)").isEmpty();
        assertThat(text).contains("@@ end");
        assertThat(parts.length - 2).as("examples run").isEqualTo(blocks.size());
    }

    /** A font file with Chinese glyphs, as fontconfig lists it, for the example of ChartOptions.withFont. */
    static String cjkFontFile() throws Exception {
        try {
            Process p = new ProcessBuilder("fc-list", ":lang=zh", "file").redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            return s.lines().map(l -> l.replaceFirst(":\\s*$", "").strip()).filter(l -> !l.isEmpty())
                    .filter(l -> Files.isRegularFile(Path.of(l))).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null; // no fontconfig
        }
    }
}
