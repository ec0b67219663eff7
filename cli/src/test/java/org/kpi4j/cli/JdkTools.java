package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the JDK's own tools (java, jshell) in a child process for the tests that need a fresh JVM. */
final class JdkTools {

    /** What a child process printed (stdout and stderr interleaved) and its exit code. */
    record Output(int exitCode, String text) {
    }

    private JdkTools() {
    }

    /**
     * Returns a tool of the JDK running the tests, so the child uses the same Java version.
     *
     * @param name "java" or "jshell"
     * @return its path
     */
    static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    /**
     * Runs a command to completion.
     *
     * @param command the command and its arguments
     * @param stdin a file to feed as standard input, or null for none
     * @param timeout how long to wait before killing it and failing
     * @return what it printed and its exit code
     */
    static Output run(List<String> command, Path stdin, Duration timeout) throws Exception {
        return run(command, stdin, timeout, null);
    }

    /**
     * Runs a command to completion in a working directory.
     *
     * @param command the command and its arguments
     * @param stdin a file to feed as standard input, or null for none
     * @param timeout how long to wait before killing it and failing
     * @param dir the working directory, or null for this process's
     * @return what it printed and its exit code
     */
    static Output run(List<String> command, Path stdin, Duration timeout, Path dir) throws Exception {
        Path out = Files.createTempFile("kpi4j-child", ".out");
        try {
            Process p = new ProcessBuilder(command).directory(dir == null ? null : dir.toFile())
                    .redirectErrorStream(true).redirectOutput(out.toFile())
                    .redirectInput(stdin == null ? new File("/dev/null") : stdin.toFile()).start();
            boolean finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly().waitFor();
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(finished).as("%s finished within %s; output so far:%n%s", command.get(0), timeout, text).isTrue();
            return new Output(p.exitValue(), text);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
