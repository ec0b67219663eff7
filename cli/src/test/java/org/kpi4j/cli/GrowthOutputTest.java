package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `kpi growth` writes for machines: decimals as the figures were given, points for ratios. */
class GrowthOutputTest {

    @TempDir
    Path dir;

    @Test
    void csv_printsDecimalsNotFloatNoise_andARatiosChangeInPoints() throws Exception {
        Path f = dir.resolve("margin.csv");
        Files.writeString(f, "entity,metric,period,value,unit\nacme,gross_margin,2023,76.53,%\n"
                + "acme,gross_margin,2024,74.13,%\n", StandardCharsets.UTF_8);
        var r = KpiCommandTest.run("growth", "--file", f.toString(), "--kind", "yoy", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        // 74.13 − 76.53 = −2.40 (in doubles −2.3999999999999986): printed with the figures' two decimals,
        // and as −2.4 percentage points; no relative growth for a ratio
        assertThat(r.out().lines()).contains(
                "acme,gross_margin,,2024,74.13,\"%\",2023,76.53,,-2.40,-2.4,,,false,");
        assertThat(r.out()).doesNotContain("2.3999");
    }

    @Test
    void json_growthIsAFractionWithoutNoise() throws Exception {
        Path f = dir.resolve("rev.csv");
        Files.writeString(f, "entity,metric,period,value,unit\nacme,revenue,2023,41411.16,万元\n"
                + "acme,revenue,2024,61400.33,万元\n", StandardCharsets.UTF_8);
        var r = KpiCommandTest.run("growth", "--file", f.toString(), "--kind", "yoy", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        // exact decimal: 19989.17 / 41411.16 = 0.4827000740863091...; 12 significant digits: 0.482700074086
        assertThat(r.out()).contains("\"growth\" : 0.482700074086").contains("\"difference\" : 19989.17");
    }
}
