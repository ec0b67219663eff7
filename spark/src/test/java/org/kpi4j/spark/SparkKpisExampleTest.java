package org.kpi4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles {@code examples/SparkKpis.java} (the README's Spark program) and runs its {@code main} in
 * this JVM, on the test's Spark session, over the {@code checks.csv} fixture.
 */
class SparkKpisExampleTest {

    @Test
    void theExampleProgram_writesQuartersYoyAndChecks(@TempDir Path dir) throws Exception {
        Path basedir = Path.of(System.getProperty("basedir", "."));
        Path source = basedir.resolveSibling("examples").resolve("SparkKpis.java").toAbsolutePath();
        if (!source.toFile().isFile()) {
            source = basedir.getParent().resolve("examples/SparkKpis.java");
        }
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = javac.run(null, errors, errors, "-d", dir.toString(), "-cp", cp, source.toString());
        assertThat(rc).as("javac: %s", errors.toString(StandardCharsets.UTF_8)).isZero();

        LocalSpark.session();
        String facts = Path.of(getClass().getResource("checks.csv").toURI()).toString();
        String out = dir.resolve("kpis").toString();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("SparkKpis").getMethod("main", String[].class).invoke(null, (Object) new String[] {facts, out});
        } finally {
            System.setOut(stdout);
        }
        // the fixture's six printed figures, one of them wrong (net profit: 25% printed as 20%)
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo(out + "/checks: 6 printed changes checked, 1 disagree with the figures%n".formatted());
        List<Row> yoy = LocalSpark.session().read().parquet(out + "/yoy").collectAsList();
        // revenue 148.27 / 100, net profit 50 / 40 ... : every year-on-year figure of the annual rows is
        // missing (a year is a fourth quarter only with the first three), so only the instants remain
        assertThat(yoy).extracting(r -> r.getString(1)).containsOnly("debt_ratio");
        assertThat(LocalSpark.session().read().parquet(out + "/quarters").count()).isEqualTo(2);
    }
}
