package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.FactSet;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.time.FiscalCalendar;

/** The optional {@code parent} column: which segment a segment is part of. */
class ParentColumnTest {

    private static final String CSV = "entity,metric,segment,parent,period,value,unit\n"
            + "acme,revenue,,,2024,10,亿元\n"
            + "acme,revenue,cloud,,2024,6,亿元\n"
            + "acme,revenue,GPU cloud,cloud,2024,2.5,亿元\n";

    private static FactSet csv(String text) {
        return FactsCsv.read(new StringReader(text), "t.csv", MetricCatalog.standard(), FiscalCalendar.calendarYear());
    }

    @Test
    void csv_readsParent_andWritesItBack() {
        FactSet f = csv(CSV);
        assertThat(f.segments().parent("acme", "GPU cloud")).isEqualTo("cloud");
        assertThat(f.segments().parent("acme", "cloud")).isEmpty();
        StringWriter w = new StringWriter();
        FactsCsv.write(f, w);
        assertThat(w.toString()).startsWith("entity,metric,segment,parent,period,");
        assertThat(csv(w.toString()).segments()).isEqualTo(f.segments());
    }

    @Test
    void json_readsAndWritesParent() {
        StringWriter w = new StringWriter();
        FactsJson.write(csv(CSV), w);
        assertThat(w.toString().replace(" ", "")).contains("\"parent\":\"cloud\"");
        FactSet back = FactsJson.read(new StringReader(w.toString()), "t.json", MetricCatalog.standard(),
                FiscalCalendar.calendarYear());
        assertThat(back.segments().parent("acme", "GPU cloud")).isEqualTo("cloud");
    }

    @Test
    void aParentOnTheWholeEntity_isAnErrorNamingLineAndColumn() {
        assertThatThrownBy(() -> csv("entity,metric,segment,parent,period,value,unit\nacme,revenue,,cloud,2024,10,亿元\n"))
                .isInstanceOf(KpiDataException.class).hasMessageContaining("t.csv:2").hasMessageContaining("parent")
                .hasMessageContaining("whole entity");
    }

    @Test
    void twoParentsForOneSegment_isAnErrorNamingBothLines() {
        assertThatThrownBy(() -> csv(CSV + "acme,revenue,GPU cloud,services,2023,2,亿元\n"))
                .isInstanceOf(KpiDataException.class).hasMessageContaining("t.csv:5").hasMessageContaining("t.csv:4");
    }
}
