package org.kpi4j.benchmarks;

import org.kpi4j.datasets.SyntheticPanel;
import org.kpi4j.series.KpiPanel;

/**
 * Heap bytes per stored point of a {@link KpiPanel}: used heap (totalMemory − freeMemory after
 * System.gc()) before and after building one big panel, divided by its points. Not a JMH benchmark;
 * run with {@code java -cp <classpath> org.kpi4j.benchmarks.MemoryProbe [series] [quarters]}, or
 * {@code MemoryProbe csv FILE} for a panel read from a tidy CSV with {@code PanelCsv}.
 */
public final class MemoryProbe {

    private MemoryProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 2 && args[0].equals("csv")) {
            org.kpi4j.io.PanelCsv.read(java.nio.file.Path.of(args[1])); // classes loaded, caches warm
            long before = used();
            KpiPanel p = org.kpi4j.io.PanelCsv.read(java.nio.file.Path.of(args[1]));
            long after = used();
            long points = (long) p.seriesCount() * p.quarterCount();
            System.out.printf("PanelCsv.read: %,d series x %d quarters = %,d points%n", p.seriesCount(),
                    p.quarterCount(), points);
            System.out.printf("heap delta %,d bytes = %.2f bytes/point (values alone: 8.00)%n", after - before,
                    (after - before) / (double) points);
            if (p.seriesCount() < 0) {
                System.out.println();
            }
            return;
        }
        int series = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int quarters = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        // warm up the generator's classes so their footprint is not counted
        SyntheticPanel.generate(1, 1, 8, quarters);
        long before = used();
        KpiPanel p = SyntheticPanel.generate(42, series / 8, 8, quarters);
        long after = used();
        long points = (long) p.seriesCount() * p.quarterCount();
        System.out.printf("panel %,d series x %d quarters = %,d points%n", p.seriesCount(), p.quarterCount(), points);
        System.out.printf("heap delta %,d bytes = %.2f bytes/point (values alone: 8.00)%n", after - before,
                (after - before) / (double) points);
        KpiPanel y = p.yoy(org.kpi4j.growth.GrowthConvention.FILING);
        long after2 = used();
        System.out.printf("a derived panel (yoy, shares keys) adds %.2f bytes/point%n",
                (after2 - after) / (double) points);
        if (p.seriesCount() + y.seriesCount() < 0) {
            System.out.println(); // keep both reachable
        }
    }

    private static long used() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
