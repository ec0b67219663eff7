package org.kpi4j.report;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kpi4j.datasets.Datasets;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.fact.ReadOptions;
import org.kpi4j.format.Language;
import org.kpi4j.time.FiscalCalendar;

/** The facts the report tests use: the seed (paratera with the IDC market) and a file of hostile text. */
final class Fixtures {

    private Fixtures() {
    }

    /** The bundled paratera and idc-compute datasets in one set, as {@code kpi report} reads them by default. */
    static FactSet seed() {
        List<Fact> all = new ArrayList<>(Datasets.load("paratera").facts());
        all.addAll(Datasets.load("idc-compute").facts());
        return FactSet.of(all);
    }

    static ReportOptions options(Language language) {
        return ReportOptions.of(language).withNames(Datasets.names()).withCatalog(Datasets.catalog());
    }

    static KpiReport seedReport(Language language) {
        return KpiReport.of(seed(), options(language));
    }

    /**
     * Markup, Markdown and spreadsheet formulas in every text field a facts file has, read as
     * {@code kpi report --file} reads a file (FactSet.read, the tidy CSV reader io provides).
     */
    static FactSet hostile() {
        try {
            Path file = Path.of(Fixtures.class.getResource("hostile.csv").toURI());
            return FactSet.read(file, ReadOptions.defaults().withCatalog(Datasets.catalog())
                    .withCalendar(FiscalCalendar.calendarYear()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
