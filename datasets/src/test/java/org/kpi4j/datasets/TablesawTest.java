package org.kpi4j.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;
import tech.tablesaw.api.Table;

class TablesawTest {

    private static KpiPanel panel() {
        return KpiPanel.builder(Period.parse("2024Q3"), 3)
                .add(SeriesKey.of("paratera", "revenue", "算力服务"), Unit.WAN_YUAN, new double[] {1, Double.NaN, 3})
                .add(SeriesKey.of("acme", "headcount"), Unit.PERSONS, new double[] {10, 11, 12}).build();
    }

    @Test
    void long_roundTripsKeysUnitsPeriodsAndGaps() {
        Table t = Tablesaw.toLong(panel());
        assertThat(t.rowCount()).isEqualTo(6); // 2 series × 3 quarters
        assertThat(t.getString(0, "period")).isEqualTo("2024Q3");
        assertThat(t.getString(2, "period")).isEqualTo("2025Q1");
        assertThat(t.getString(0, "unit")).isEqualTo("万元");
        KpiPanel back = Tablesaw.fromLong(t);
        assertThat(back.key(0)).isEqualTo(SeriesKey.of("paratera", "revenue", "算力服务"));
        assertThat(back.unit(1)).isEqualTo(Unit.PERSONS);
        assertThat(back.quarter(0)).isEqualTo(Period.parse("2024Q3"));
        assertThat(back.get(0, 1)).isEmpty();
        assertThat(back.row(1)).containsExactly(10, 11, 12);
    }

    @Test
    void wide_roundTrips() {
        Table w = Tablesaw.toWide(panel());
        assertThat(w.columnNames()).containsExactly("period", "paratera/revenue[算力服务] (万元)", "acme/headcount (persons)");
        KpiPanel back = Tablesaw.fromWide(w);
        assertThat(back.key(1)).isEqualTo(SeriesKey.of("acme", "headcount"));
        assertThat(back.unit(0)).isEqualTo(Unit.WAN_YUAN);
        assertThat(back.row(0)[2]).isEqualTo(3.0);
    }

    @Test
    void fromLong_unknownUnit_namesTheRow() {
        Table t = Tablesaw.toLong(panel());
        t.stringColumn("unit").set(4, "RMB bn");
        assertThatThrownBy(() -> Tablesaw.fromLong(t)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 4").hasMessageContaining("RMB bn");
    }
}
