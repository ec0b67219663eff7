package org.kpi4j.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@link ExtremeInputTest}'s table: the input file (its name in the test's folder and its
 * content), the commands run on it, and what each must give: the exit code, the texts its standard
 * error holds, the same standard error as the others (when asked), the time it may take, and more
 * checks. In a command or an expected text, {@link #FILE} stands for the input's path and
 * {@link #DIR} for the test's folder.
 */
final class ExtremeCase {

    /** The path of the case's input file. */
    static final String FILE = "{file}";
    /** The path of the test's folder. */
    static final String DIR = "{dir}";

    /** What a case checks on a run beyond its exit code and message, given the test's folder. */
    @FunctionalInterface
    interface Check {
        void check(KpiCommandTest.Result r, Path dir) throws Exception;
    }

    final String file;
    final String content;
    final List<List<String>> commands = new ArrayList<>();
    int code;
    List<String> err = List.of();
    boolean sameErr;
    Duration within;
    Check check = (r, d) -> { };

    ExtremeCase(String file, String content) {
        this.file = file;
        this.content = content;
    }

    /** Adds {@code kpi growth --file FILE more...}. */
    ExtremeCase growth(String... more) {
        List<String> args = new ArrayList<>(List.of("growth", "--file", FILE));
        args.addAll(List.of(more));
        commands.add(args);
        return this;
    }

    /** Adds {@code kpi args...}. */
    ExtremeCase kpi(String... args) {
        commands.add(List.of(args));
        return this;
    }

    /** Each command exits 2 and its message holds these texts. */
    ExtremeCase fails(String... texts) {
        code = 2;
        err = List.of(texts);
        return this;
    }

    /** Each command exits 0 and its standard error holds these texts (a note). */
    ExtremeCase succeeds(String... texts) {
        code = 0;
        err = List.of(texts);
        return this;
    }

    /** Every command prints the same standard error, to the letter. */
    ExtremeCase sameErr() {
        sameErr = true;
        return this;
    }

    /** Each command answers within this time. */
    ExtremeCase within(Duration limit) {
        within = limit;
        return this;
    }

    /** Checks more on each run. */
    ExtremeCase then(Check more) {
        check = more;
        return this;
    }
}
