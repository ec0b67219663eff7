package org.kpi4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.fact.FactSet;
import org.kpi4j.fact.ReadOptions;
import org.kpi4j.format.Cell;
import org.kpi4j.format.KpiTable;
import org.kpi4j.format.Language;
import org.kpi4j.datasets.Datasets;

/**
 * The report of a US company from its SEC EDGAR companyfacts, read where the real filings lie (the
 * system property {@code kpi4j.realData}, else {@code ../shared/data/real} above the working
 * folder); skipped, saying so, when they are absent. Expected figures are Apple's own (10-K for
 * fiscal 2025 and 2024, 10-Q for the first quarters of fiscal 2026 and 2025, in USD millions), and
 * changes and margins computed from them by hand as the comments say.
 */
class RealFilingsReportIT {

    static Path real(String name) {
        String prop = System.getProperty("kpi4j.realData");
        Path dir = prop != null ? Path.of(prop) : null;
        if (dir == null || !Files.isDirectory(dir)) {
            dir = null;
            for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
                Path candidate = p.resolve("../shared/data/real").normalize();
                if (Files.isDirectory(candidate)) {
                    dir = candidate;
                    break;
                }
            }
        }
        Path file = dir == null ? null : dir.resolve(name);
        Assumptions.assumeTrue(file != null && Files.isRegularFile(file),
                "real filing " + name + " not found (set -Dkpi4j.realData=DIR or put ../shared/data/real beside "
                        + "the project): skipped");
        return file;
    }

    private static List<Cell> row(KpiTable t, String label) {
        return t.rows().stream().filter(r -> r.get(0).text().equals(label)).findFirst().orElseThrow(
                () -> new AssertionError("no row " + label + " in " + t));
    }

    @Test
    void apple_quarterlyRevenueAndProfit_yoy_ttm_margins(@TempDir Path dir) throws Exception {
        FactSet facts = FactSet.read(real("CIK0000320193_apple_companyfacts.json"),
                ReadOptions.defaults().withCatalog(Datasets.catalog()));
        KpiReport r = KpiReport.of(facts, ReportOptions.of(Language.EN).withCatalog(Datasets.catalog()));
        assertThat(r.title()).isEqualTo("KPI report: Apple Inc.");
        KpiTable headline = r.tables().get(0).table();
        // columns: metric, unit, FY2025, change, 2026Q1, change, note; dollars of billions in USD bn
        List<Cell> revenue = row(headline, "Revenue");
        assertThat(revenue.get(1).text()).isEqualTo("USD bn");
        // 10-K FY2025: net sales 416,161 USD m
        assertThat(revenue.get(2).value()).isCloseTo(416.161, within(1e-9));
        // 416,161 / 391,035 (FY2024) − 1 = +6.43%
        assertThat(revenue.get(3).text()).isEqualTo("+6.43%");
        // 10-Q Q1 FY2026: 143,756 USD m; 143,756 / 124,300 (Q1 FY2025) − 1 = +15.65%
        assertThat(revenue.get(4).value()).isCloseTo(143.756, within(1e-9));
        assertThat(revenue.get(5).text()).isEqualTo("+15.65%");

        Set<String> titles = new TreeSet<>();
        r.figures().forEach(f -> titles.add(f.chart().title()));
        assertThat(titles).contains("Apple Inc. · Revenue · quarters and TTM", "Apple Inc. · Revenue · YoY",
                "Apple Inc. · Net profit · quarters and TTM", "Apple Inc. · margins");
        // net profit and net profit attributable are one line in Apple's filings: charted once
        assertThat(titles).doesNotContain("Apple Inc. · Net profit attributable to shareholders · quarters and TTM");
        ReportBlock.Figure margins = r.figures().stream().filter(f -> f.chart().title().equals("Apple Inc. · margins"))
                .findFirst().orElseThrow();
        // Q1 FY2026: gross margin 69,231 / 143,756 = 48.16%
        assertThat(margins.chart().data().value("Gross margin", org.kpi4j.time.Period.parse("2026Q1")))
                .hasValueCloseTo(48.159, within(1e-3));
        assertThat(margins.caption()).contains("2026Q1: Gross margin 48.16%");

        // Apple restated fiscal 2008 in January 2010 (the new revenue recognition for iPhone and Apple TV):
        // net sales 32,479 → 37,491 USD m, as its 10-K of 2008 and the restated figures of 2010 print them
        List<String> notes = r.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof ReportBlock.Notes).flatMap(b -> ((ReportBlock.Notes) b).items().stream()).toList();
        assertThat(notes).anySatisfy(n -> assertThat(n).startsWith("restated").contains("Apple Inc. · Revenue ")
                .contains("2008 32.479 USD bn → 37.491 USD bn (2010-01-25)"));
        assertThat(notes).anySatisfy(n -> assertThat(n).matches("read: [0-9,]+ source figures skipped, for .*"));

        List<Path> files = r.writeTo(dir);
        assertThat(Files.readString(files.get(0))).contains("416.161", "+15.65%");
    }
}
