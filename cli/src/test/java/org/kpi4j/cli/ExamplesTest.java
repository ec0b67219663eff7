package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code examples/*.jsh} script in a real JShell on this module's test class path, so an
 * example that no longer compiles or whose checks fail breaks the build. A script signals success by
 * printing "<name> OK" as its last line; JShell's "Error:" or an exception anywhere fails the test.
 * {@link ShadedJarIT} runs the same scripts against the shaded jar.
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

    /**
     * Runs {@code startup.jsh} then the script in JShell with the given class path, and checks its output.
     *
     * @param classPath the class path for JShell
     * @param script a file name in examples/
     */
    static void assertScriptRuns(String classPath, String script) throws Exception {
        JdkTools.Output out = JdkTools.run(List.of(JdkTools.tool("jshell"), "-R-Djava.awt.headless=true",
                "--class-path", classPath, examples().resolve("startup.jsh").toString(),
                examples().resolve(script).toString()), null, Duration.ofMinutes(15));
        String text = out.text();
        String name = script.substring(0, script.length() - 4);
        assertThat(out.exitCode()).as("%s output:%n%s", script, text).isZero();
        assertThat(text.contains("Error:") || text.contains("Exception")).as("%s output:%n%s", script, text).isFalse();
        assertThat(text.strip().endsWith(name + " OK")).as("%s output:%n%s", script, text).isTrue();
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void example_runsInJShell(String script) throws Exception {
        assertScriptRuns(System.getProperty("java.class.path"), script);
    }
}
