package org.kpi4j.benchmarks;

import java.nio.file.Path;
import org.kpi4j.datasets.SyntheticPanel;

/**
 * Writes a {@link SyntheticPanel} tidy CSV for {@code pandas_baseline.py}:
 * {@code GenerateFacts FILE [entities=1250] [metrics=8] [quarters=100] [seed=42]} (seed 42 and
 * 8 metrics are what the JMH benchmarks use, so entities × 8 = their {@code series} parameter).
 */
public final class GenerateFacts {

    private GenerateFacts() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: GenerateFacts FILE [entities=1250] [metrics=8] [quarters=100] [seed=42]");
            System.exit(2);
        }
        int entities = args.length > 1 ? Integer.parseInt(args[1]) : 1250;
        int metrics = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int quarters = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 42;
        long n = SyntheticPanel.writeTidyCsv(Path.of(args[0]), seed, entities, metrics, quarters);
        System.out.printf("%s: %,d facts (%,d series x %d quarters, seed %d)%n", args[0], n,
                (long) entities * metrics, quarters, seed);
    }
}
