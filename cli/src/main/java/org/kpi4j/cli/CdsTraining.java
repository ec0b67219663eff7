package org.kpi4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kpi4j.datasets.SyntheticPanel;

/**
 * The training run for the class-data archive that {@code ./kpi} makes after each build (AppCDS,
 * JDK 17: {@code -XX:DumpLoadedClassList} on this run, then {@code -Xshare:dump}): the commands a
 * one-shot call runs most, in one JVM, their output thrown away, so that the archive holds the
 * classes they load, parsed and verified, for every later {@code kpi} to map instead of loading them
 * from the jar. Not a command: {@code java -cp kpi4j-all.jar org.kpi4j.cli.CdsTraining}.
 */
final class CdsTraining {

    private CdsTraining() {
    }

    /**
     * Runs the commands.
     *
     * @param args none
     * @throws IOException if the scratch directory cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("kpi4j-cds");
        try {
            Path facts = dir.resolve("facts.csv");
            SyntheticPanel.writeTidyCsv(facts, 42, 20, 8, 12);
            // above PanelCsv's 8 MB and PanelCsvWriter's 2^17 cells: the chunked read and the parallel
            // write, with their lambdas and method handles, which a big file's run would otherwise spin
            Path big = dir.resolve("big.csv");
            SyntheticPanel.writeTidyCsv(big, 42, 2000, 8, 12);
            String[][] runs = {
                {"--version"},
                {"--help"},
                {"datasets"},
                {"growth", "--dataset", "paratera"},
                {"growth", "--dataset", "paratera", "--format", "json"},
                {"growth", "--dataset", "paratera", "--format", "csv"},
                {"check", "--dataset", "paratera"},
                {"cagr", "--from", "485.3", "--to", "3241.5", "--years", "5"},
                {"project", "--value", "1037.3", "--from-year", "2025", "--to-year", "2028", "--rate", "46.2%"},
                {"panel", "--file", facts.toString(), "--op", "yoy", "--out", dir.resolve("yoy.csv").toString()},
                {"panel", "--file", facts.toString(), "--op", "ttm"},
                {"panel", "--file", big.toString(), "--op", "yoy", "--out", dir.resolve("big-yoy.csv").toString()},
            };
            for (String[] a : runs) {
                Kpi.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), a);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }
}
