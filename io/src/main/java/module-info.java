/**
 * kpi4j io: tidy CSV and JSON of facts ({@link org.kpi4j.io.FactsCsv}, {@link org.kpi4j.io.FactsJson}),
 * panels straight from CSV ({@link org.kpi4j.io.PanelCsv}) and the Jackson module for kpi4j's value
 * types ({@link org.kpi4j.io.KpiJacksonModule}).
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
}
