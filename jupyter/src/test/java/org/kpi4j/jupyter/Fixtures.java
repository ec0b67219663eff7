package org.kpi4j.jupyter;

import java.io.StringReader;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.kpi4j.fact.FactSet;
import org.kpi4j.io.FactsCsv;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.time.FiscalCalendar;

/** Made-up facts for the tests, and a reader of the HTML tables MimeBundles writes. */
final class Fixtures {

    private Fixtures() {
    }

    /** Facts from CSV lines under the tidy header. */
    static FactSet facts(String... rows) {
        String csv = "entity,metric,segment,period,basis,value,unit,as_of,reported_change_pct\n" + String.join("\n", rows) + "\n";
        return FactsCsv.read(new StringReader(csv), "test.csv", MetricCatalog.standard(), FiscalCalendar.calendarYear());
    }

    /** The one table of an HTML fragment. */
    static Element table(String html) {
        List<Element> tables = Jsoup.parseBodyFragment(html).select("table");
        if (tables.size() != 1) {
            throw new AssertionError("expected one table in " + html);
        }
        return tables.get(0);
    }

    /** The text of each cell of the table's body, row by row. */
    static List<List<String>> cells(String html) {
        return table(html).select("tbody tr").stream().map(tr -> tr.select("td").stream().map(Element::text).toList())
                .toList();
    }

    /** The column titles. */
    static List<String> header(String html) {
        return table(html).select("thead th").stream().map(Element::text).toList();
    }
}
