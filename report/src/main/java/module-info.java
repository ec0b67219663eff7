/**
 * kpi4j report: the report an analyst sends, built from any fact set ({@code KpiReport.of}) and
 * written as self-contained HTML, Markdown and an Excel workbook.
 *
 * <p>Core and charts are read transitively because the report model holds their tables and charts.
 * jsoup builds the HTML (every text and attribute escaped by the DOM); Apache POI writes the
 * workbook.
 */
module org.kpi4j.report {
    requires transitive org.kpi4j.core;
    requires transitive org.kpi4j.charts;
    requires org.jsoup;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;

    exports org.kpi4j.report;
}
