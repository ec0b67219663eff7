package org.kpi4j.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.kpi4j.io.EdgarFacts;

/**
 * The reads of {@link EdgarBench} interleaved, round after round, so that a shared machine's load
 * weighs on each alike: the ratios of the medians are what to quote when JMH's runs, one benchmark
 * after another, see the load change under them. Arguments: the companyfacts file, rounds
 * (default 40, after 10 warm-up rounds). Prints one line per read: median and quartiles in ms.
 */
public final class EdgarProbe {

    private EdgarProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        ObjectMapper mapper = new ObjectMapper();
        String[] names = {"jacksonTokens", "jacksonTree", "edgarFacts"};
        double[][] ms = new double[3][rounds];
        long sink = 0;
        for (int r = -10; r < rounds; r++) {
            for (int k = 0; k < 3; k++) {
                long t0 = System.nanoTime();
                if (k == 0) {
                    try (InputStream in = Files.newInputStream(file); JsonParser p = mapper.getFactory().createParser(in)) {
                        while (p.nextToken() != null) {
                            sink++;
                        }
                    }
                } else if (k == 1) {
                    try (InputStream in = Files.newInputStream(file)) {
                        sink += mapper.readTree(in).size();
                    }
                } else {
                    sink += EdgarFacts.read(file).size();
                }
                if (r >= 0) {
                    ms[k][r] = (System.nanoTime() - t0) / 1e6;
                }
            }
        }
        for (int k = 0; k < 3; k++) {
            double[] s = ms[k].clone();
            Arrays.sort(s);
            System.out.printf("%-14s median %7.1f ms  (quartiles %.1f..%.1f)%n", names[k], s[rounds / 2], s[rounds / 4],
                    s[3 * rounds / 4]);
        }
        System.out.println("(sink " + sink + ")");
    }
}
