package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.cli.KpiCommandTest.Result;

/**
 * The commands of the acceptance on the real filings (kpi4j.realData, else
 * ../shared/data/real beside the project; skipped when absent). Expected figures are the filings'
 * (see io's RealFilingsIT for their sources).
 */
class RealFilingsCommandIT {

    static Path real(String name) {
        String prop = System.getProperty("kpi4j.realData");
        Path dir = prop == null ? null : Path.of(prop);
        if (dir == null || !Files.isDirectory(dir)) {
            for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("../shared/data/real"))) {
                    dir = p.resolve("../shared/data/real").normalize();
                    break;
                }
            }
        }
        Path f = dir == null ? null : dir.resolve(name);
        Assumptions.assumeTrue(f != null && Files.isRegularFile(f), "real filing " + name + " not found: skipped");
        return f;
    }

    @Test
    void apple_growthYoyDiscrete_andTotalAssetsAsOf() {
        String apple = real("CIK0000320193_apple_companyfacts.json").toString();
        Result g = KpiCommandTest.run("growth", "--file", apple, "--metric", "revenue", "--kind", "yoy", "--basis",
                "discrete", "--format", "csv");
        assertThat(g.code()).as(g.err()).isZero();
        // FY2024Q4 = 391,035M − 296,105M (derived) against FY2023Q4 = 383,285M − 293,787M
        assertThat(g.out()).contains("\"Apple Inc.\",revenue,,2024Q4,94930000000,USD,2023Q4,89498000000,");
        assertThat(g.err()).contains("source figures skipped");
        Result then = KpiCommandTest.run("growth", "--file", apple, "--metric", "total_assets", "--as-of", "2009-12-31",
                "--format", "csv");
        assertThat(then.out()).contains("2008-09-27,39572000000,USD");
        Result now = KpiCommandTest.run("growth", "--file", apple, "--metric", "total_assets", "--format", "csv");
        assertThat(now.out()).contains("2008-09-27,36171000000,USD");
    }

    @Test
    void snowflake_labels() {
        Result g = KpiCommandTest.run("growth", "--file", real("CIK0001640147_snowflake_companyfacts.json").toString(),
                "--metric", "revenue", "--kind", "yoy", "--format", "csv");
        assertThat(g.out()).contains(",revenue,,2025,3626396000,USD,2024,").contains(",revenue,,2026Q1,1042074000,USD,");
    }

    @Test
    void sina_checkExitsZero_andImportSummary(@TempDir Path dir) {
        String sina = real("sina_getFinanceReport2022_lrb_sh603596.json").toString();
        Result c = KpiCommandTest.run("check", "--file", sina);
        assertThat(c.code()).as(c.out()).isZero();
        assertThat(c.out()).contains("213 ok, 0 mismatch, 140 unverifiable");
        Result i = KpiCommandTest.run("import", sina, "--out", dir.resolve("sina.csv").toString());
        assertThat(i.code()).as(i.err()).isZero();
        assertThat(i.out()).contains("359 facts (every vintage) in 37 series of sh603596").contains("skipped: 0 source figures")
                .contains("411 items have no value");
    }
}
