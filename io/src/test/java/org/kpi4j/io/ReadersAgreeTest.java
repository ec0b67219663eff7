package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpi4j.KpiDataException;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.series.PanelLayout;
import org.kpi4j.time.FiscalCalendar;

/**
 * The facts reader and the panel reader refuse the same rows with the same message (issue 11): the
 * panel reader checks every column the facts reader checks, even those it does not keep.
 */
class ReadersAgreeTest {

    private static String error(Runnable read) {
        try {
            read.run();
            return "accepted";
        } catch (KpiDataException e) {
            return e.getMessage();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a CAGR-only row: 2024-02-30 is no date (the panel used to skip the row unread)
        "error:entity,metric,period,value,unit,reported_cagr_pct,comparison_period|m,power,2024-02-30,,EFLOPS,46.2,2023-12-31",
        // a printed change that is no number, on a row the panel keeps
        "error:entity,metric,period,value,unit,reported_change_pct|a,revenue,2024,1,万元,12x",
        // a flag that is no flag
        "error:entity,metric,period,value,unit,reported_flag|a,revenue,2024,1,万元,better",
        // approximate must be true or false
        "error:entity,metric,period,value,unit,approximate|a,revenue,2024,1,万元,maybe",
        // a note that is not UTF-8 (a lone 0xFF byte stands for it below)
        "error:entity,metric,period,value,unit,note|a,revenue,2024,1,万元,\u00FF",
        // a quoted value with spaces inside the quotes is the same figure for both
        "ok:entity,metric,period,value,unit|a,revenue,2024,\" 1.5 \",万元",
        // a segment given two parents
        "error:entity,metric,segment,parent,period,value,unit|a,revenue,x,y,2024,1,万元|a,revenue,x,z,2023,2,万元",
        // parents in a cycle
        "error:entity,metric,segment,parent,period,value,unit|a,revenue,x,y,2024,1,万元|a,revenue,y,x,2024,2,万元",
        // a parent on a row of the whole entity
        "error:entity,metric,segment,parent,period,value,unit|a,revenue,,y,2024,1,万元",
        // a metric id that is not snake_case, with its basis
        "error:entity,metric,period,basis,value,unit|a,Revenue,2024,year,1,万元",
        // an ideographic space around the unit is white space to both
        "ok:entity,metric,period,value,unit|a,revenue,2024,1,\u3000万元\u3000"})
    void sameAnswer(String expectedAndRows) {
        // "error:" cases are refused by both readers with one message; "ok:" cases are read by both
        boolean ok = expectedAndRows.startsWith("ok:");
        String rows = expectedAndRows.substring(expectedAndRows.indexOf(':') + 1);
        byte[] csv = bytes(rows.replace('|', '\n') + "\n");
        MetricCatalog cat = MetricCatalog.standard();
        FiscalCalendar cal = FiscalCalendar.calendarYear();
        String facts = error(() -> FactsCsv.read(new ByteArrayInputStream(csv), "f.csv", cat, cal));
        String panel = error(() -> PanelCsv.read(new ByteArrayInputStream(csv), "f.csv", cat, cal, PanelLayout.QUARTERLY));
        assertThat(panel).isEqualTo(facts);
        if (ok) {
            assertThat(facts).isEqualTo("accepted");
        } else {
            assertThat(facts).startsWith("f.csv:").isNotEqualTo("accepted");
        }
    }

    /** UTF-8, except that U+00FF stands for the single byte 0xFF, which no UTF-8 text holds. */
    private static byte[] bytes(String s) {
        byte[] b = s.replace('\u00FF', '\u0001').getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 1) {
                b[i] = (byte) 0xFF;
            }
        }
        return b;
    }
}
