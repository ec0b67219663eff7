package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every {@code examples/*.jsh} script in JShell with nothing but the shaded
 * {@code cli/target/kpi4j-all.jar} on the class path, as README tells a user to. An integration test
 * (failsafe, after {@code package} has built the jar); {@link ExamplesTest} runs the same scripts on
 * the test class path.
 */
class ShadedJarIT {

    /** The shaded jar this build made; failsafe passes its path. */
    static Path shadedJar() {
        Path jar = Path.of(System.getProperty("kpi4j.shadedJar", "target/kpi4j-all.jar")).toAbsolutePath().normalize();
        assertThat(jar).as("the shaded jar (run the integration tests with mvn verify)").isRegularFile();
        return jar;
    }

    static Stream<String> scripts() throws Exception {
        return ExamplesTest.scripts();
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void example_runsInJShell_onTheShadedJarAlone(String script) throws Exception {
        Path jar = shadedJar();
        assertThat(Files.size(jar)).isPositive();
        ExamplesTest.assertScriptRuns(jar.toString(), script);
    }
}
