package org.kpi4j.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.KpiTable;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/** The data of a chart as a table and as CSV, and back. */
class ChartDataTest {

    private static ChartData sample() {
        return ChartData.of(List.of(ChartPoint.of(Period.year(2024), "营业收入", 6.546173, Unit.YI_YUAN, ChartBasis.YEAR),
                ChartPoint.of(Period.year(2024), "Base range (lower), low", 0.1 + 0.2, Unit.PERCENT, ChartBasis.YEAR)),
                List.of("a note"));
    }

    @Test
    void csv_hasFiveColumns_quotesCommas_andWritesNoFloatNoise() {
        StringWriter w = new StringWriter();
        sample().writeCsv(w);
        // 0.1 + 0.2 is 0.30000000000000004 as a double; the file says 0.3
        assertThat(w.toString()).isEqualTo("period,series,value,unit,basis\n"
                + "2024,营业收入,6.546173,亿元,year\n"
                + "2024,\"Base range (lower), low\",0.3,%,year\n");
    }

    @Test
    void parseCsv_readsBackThePoints() {
        ChartData back = ChartData.parseCsv(sample().toCsv());
        assertThat(back.series()).containsExactly("营业收入", "Base range (lower), low");
        assertThat(back.value("营业收入", Period.year(2024))).hasValue(6.546173);
        assertThat(back.notes()).isEmpty();
        assertThatThrownBy(() -> ChartData.parseCsv("period,value\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("line 1");
        assertThatThrownBy(() -> ChartData.parseCsv("period,series,value,unit,basis\n2024,x,1,%,monthly\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 2");
    }

    @Test
    void table_showsUnitsAsAnalystsReadThem_andTheNotes() {
        KpiTable t = sample().toTable(KpiFormat.en());
        assertThat(t.columns()).containsExactly("period", "series", "value", "unit", "basis");
        assertThat(t.rows().get(0).get(3).text()).isEqualTo("CNY 100m");
        assertThat(t.rows().get(0).get(2).text()).isEqualTo("6.546173");
        assertThat(t.footnotes()).containsExactly("a note");
    }

    @Test
    void aSeriesHasOneValuePerPeriodAndOneUnit() {
        ChartPoint a = ChartPoint.of(Period.year(2024), "x", 1, Unit.YI_YUAN, ChartBasis.YEAR);
        assertThatThrownBy(() -> ChartData.of(List.of(a, a), List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two values");
        ChartPoint b = ChartPoint.of(Period.year(2025), "x", 1, Unit.WAN_YUAN, ChartBasis.YEAR);
        assertThatThrownBy(() -> ChartData.of(List.of(a, b), List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mixes");
        assertThatThrownBy(() -> ChartPoint.of(Period.year(2024), "x", Double.NaN, Unit.PERCENT, ChartBasis.YEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> ChartPoint.of(Period.year(2024), "x", 1, Unit.PERCENT, ChartBasis.AUTO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
