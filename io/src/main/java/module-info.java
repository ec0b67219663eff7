/**
 * kpi4j io: tidy CSV and JSON of facts ({@link org.kpi4j.io.FactsCsv}, {@link org.kpi4j.io.FactsJson}),
 * panels straight from CSV ({@link org.kpi4j.io.PanelCsv}), the Jackson module for kpi4j's value
 * types ({@link org.kpi4j.io.KpiJacksonModule}), and the readers of filings databases: SEC EDGAR
 * ({@link org.kpi4j.io.EdgarFacts}, {@link org.kpi4j.io.EdgarFrames}), Sina finance reports
 * ({@link org.kpi4j.io.SinaReports}) and tushare exports ({@link org.kpi4j.io.TushareCsv}). Each is
 * a {@link org.kpi4j.fact.FactFormat} service, which {@link org.kpi4j.fact.FactSet#read} detects.
 *
 * <p>{@code requires transitive} is used for core (every reader returns core types) and Jackson
 * databind, because {@link org.kpi4j.io.KpiJacksonModule} is a
 * {@code com.fasterxml.jackson.databind.Module}. Nothing is opened: the readers walk maps and trees,
 * never kpi4j types by reflection, and a user's {@code ObjectMapper} serialises kpi4j's public
 * records through their public accessors, which an exported package already allows.
 */
module org.kpi4j.io {
    requires transitive org.kpi4j.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.csv;

    exports org.kpi4j.io;

    // the formats FactSet.read detects; org.kpi4j.io.internal is not exported
    provides org.kpi4j.fact.FactFormat with
            org.kpi4j.io.internal.Formats.TidyCsv,
            org.kpi4j.io.internal.Formats.TidyJson,
            org.kpi4j.io.internal.Formats.CompanyFacts,
            org.kpi4j.io.internal.Formats.CompanyConcept,
            org.kpi4j.io.internal.Formats.Frames,
            org.kpi4j.io.internal.Formats.Sina,
            org.kpi4j.io.internal.Formats.Tushare;
}
