package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code examples/*.jsh} script in a real JShell on this module's test class path, so an
 * example that no longer compiles or whose checks fail breaks the build. A script signals success by
 * printing "<name> OK" as its last line; JShell's "Error:" or an exception anywhere fails the test.
 */
class ExamplesTest {

    static Path examples() {
        return Path.of(System.getProperty("kpi4j.examples", "../examples")).toAbsolutePath().normalize();
    }

    static Stream<String> scripts() throws Exception {
        try (Stream<Path> s = Files.list(examples())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsh") && !n.equals("startup.jsh"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void example_runsInJShell(String script) throws Exception {
        String jshell = Path.of(System.getProperty("java.home"), "bin", "jshell").toString();
        String cp = System.getProperty("java.class.path");
        Path out = Files.createTempFile("jshell", ".out");
        Process p = new ProcessBuilder(List.of(jshell, "-R-Djava.awt.headless=true", "--class-path", cp,
                examples().resolve("startup.jsh").toString(), examples().resolve(script).toString()))
                .redirectErrorStream(true).redirectOutput(out.toFile()).redirectInput(new File("/dev/null")).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("jshell finished").isTrue();
        String text = Files.readString(out, StandardCharsets.UTF_8);
        String name = script.substring(0, script.length() - 4);
        assertThat(text.contains("Error:") || text.contains("Exception")).as("%s output:%n%s", script, text).isFalse();
        assertThat(text.strip().endsWith(name + " OK")).as("%s output:%n%s", script, text).isTrue();
    }
}
