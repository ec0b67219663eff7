package org.kpi4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Runs the example in the Javadoc of every public type and member of kpi4j-spark (each
 * {@code <pre>{@code ...}</pre>} block), after {@code javadoc-prelude.jsh}, in a JShell whose snippets
 * execute in this JVM (JShell's local execution), so that they share the test's Spark session instead
 * of starting one of their own. The blocks are compiled at once, each as a method of one class, and
 * run one by one; a block that does not compile or throws fails the test.
 */
class JavadocExamplesTest {

    private static final Pattern BLOCK = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\*?\\s*\\}</pre>", Pattern.DOTALL);

    /** A Javadoc code block as plain source. */
    static String source(String javadoc) {
        StringBuilder sb = new StringBuilder();
        for (String raw : javadoc.split("\n")) {
            sb.append(raw.replaceFirst("^\\s*\\*( |$)", "").replace("&#64;", "@").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&amp;", "&")).append('\n');
        }
        return sb.toString();
    }

    static List<String[]> blocks() throws IOException {
        Path src = Path.of(System.getProperty("basedir", "..")).resolve("src/main/java");
        if (!Files.isDirectory(src)) {
            src = Path.of("../../src/main/java"); // the working directory is target/test-work
        }
        List<String[]> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(src)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Matcher m = BLOCK.matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                out.add(new String[] {f.getFileName() + ":" + line, source(m.group(1))});
            }
        }
        return out;
    }

    @Test
    void everyJavadocExample_runs() throws Exception {
        LocalSpark.session();
        List<String[]> blocks = blocks();
        assertThat(blocks.size()).as("Javadoc examples found").isGreaterThanOrEqualTo(10);
        String prelude = Files.readString(Path.of(getClass().getResource("/javadoc-prelude.jsh").toURI()));
        List<String> failed = new ArrayList<>();
        try (JShell js = JShell.builder().executionEngine("local").build()) {
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                js.addToClasspath(entry);
            }
            String cp = System.getProperty("surefire.test.class.path");
            if (cp != null) {
                for (String entry : cp.split(java.io.File.pathSeparator)) {
                    js.addToClasspath(entry);
                }
            }
            List<String> bad = run(js, prelude);
            assertThat(bad).as("the prelude").isEmpty();
            // one class, a method per block: one compilation for all (JShell compiles each snippet apart)
            StringBuilder cls = new StringBuilder("class Examples {\n");
            List<int[]> lines = new ArrayList<>(); // each block's first and last line in the class
            int line = 2;
            for (int i = 0; i < blocks.size(); i++) {
                cls.append("static void e").append(i).append("() throws Exception {\n");
                int first = ++line;
                cls.append(blocks.get(i)[1]);
                line += (int) blocks.get(i)[1].chars().filter(c -> c == '\n').count();
                lines.add(new int[] {first, line});
                cls.append("}\n");
                line++;
            }
            cls.append("}\n");
            for (SnippetEvent e : js.eval(cls.toString())) {
                if (e.snippet() instanceof jdk.jshell.DeclarationSnippet) {
                    js.unresolvedDependencies((jdk.jshell.DeclarationSnippet) e.snippet())
                            .forEach(name -> failed.add("an example uses '" + name + "', which nothing declares"));
                }
                js.diagnostics(e.snippet()).forEach(d -> {
                    long at = cls.substring(0, (int) Math.max(0, d.getStartPosition())).chars()
                            .filter(c -> c == '\n').count() + 1;
                    String where = "?";
                    for (int i = 0; i < lines.size(); i++) {
                        if (at >= lines.get(i)[0] && at <= lines.get(i)[1]) {
                            where = blocks.get(i)[0];
                        }
                    }
                    failed.add(where + ": " + d.getMessage(java.util.Locale.ROOT));
                });
            }
            assertThat(failed).as("examples that do not compile (file:line, the problem)").isEmpty();
            for (int i = 0; i < blocks.size(); i++) {
                List<String> errors = run(js, "Examples.e" + i + "();\n");
                if (!errors.isEmpty()) {
                    failed.add(blocks.get(i)[0] + ": " + errors + "\n" + blocks.get(i)[1]);
                }
            }
        }
        assertThat(failed).as("examples that fail (file:line, the problems, the code)").isEmpty();
    }

    /** Evaluates source snippet by snippet; returns the diagnostics and exceptions. */
    private static List<String> run(JShell js, String source) {
        List<String> problems = new ArrayList<>();
        SourceCodeAnalysis sca = js.sourceCodeAnalysis();
        String rest = source;
        while (!rest.isBlank()) {
            SourceCodeAnalysis.CompletionInfo c = sca.analyzeCompletion(rest);
            String snippet = c.source() == null || c.source().isEmpty() ? rest : c.source();
            for (SnippetEvent e : js.eval(snippet)) {
                if (e.status() == Snippet.Status.REJECTED) {
                    js.diagnostics(e.snippet()).forEach(d -> problems.add(d.getMessage(java.util.Locale.ROOT)));
                    if (js.diagnostics(e.snippet()).count() == 0) {
                        problems.add("rejected: " + snippet.strip());
                    }
                }
                if (e.exception() != null) {
                    problems.add(e.exception().toString());
                }
            }
            rest = c.source() == null || c.source().isEmpty() ? "" : c.remaining();
        }
        return problems;
    }
}
