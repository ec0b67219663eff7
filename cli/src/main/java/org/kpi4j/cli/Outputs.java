package org.kpi4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one guard every command that writes a file goes through: kpi never writes over a file it reads. */
final class Outputs {

    private Outputs() {
    }

    /**
     * Refuses to write a file that is the input, or into a folder that holds it.
     *
     * @param input the file the command reads, null for a bundled dataset
     * @param option the option that named the output, for the message (--out)
     * @param files the files the command will write
     * @param folders folders whose files the command may write (report-files/), may be empty
     * @throws IllegalArgumentException naming both when an output would overwrite the input
     */
    static void refuseInput(Path input, String option, Path[] files, Path... folders) {
        if (input == null || !Files.exists(input)) {
            return;
        }
        try {
            for (Path out : files) {
                if (Files.exists(out) && Files.isSameFile(out, input)) {
                    throw overwrite(option, out, input);
                }
            }
            for (Path dir : folders) {
                if (Files.isDirectory(dir) && input.toRealPath().startsWith(dir.toRealPath())) {
                    throw overwrite(option, dir, input);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses to write a file that is the input. */
    static void refuseInput(Path input, String option, Path file) {
        refuseInput(input, option, new Path[] {file});
    }

    private static IllegalArgumentException overwrite(String option, Path out, Path input) {
        return new IllegalArgumentException(option + " " + out + " would write over the input " + input
                + "; kpi never writes over a file it reads (choose another " + option + ")");
    }
}
