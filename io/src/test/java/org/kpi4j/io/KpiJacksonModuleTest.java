package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

class KpiJacksonModuleTest {

    private final ObjectMapper m = new ObjectMapper().registerModule(new KpiJacksonModule());

    record Row(Period period, Unit unit, SeriesKey key, GrowthFlag flag, GrowthConvention convention) {
    }

    @Test
    void valueTypes_roundTripAsText() throws Exception {
        Row r = new Row(Period.parse("2024Q1-Q3"), Unit.YI_YUAN, SeriesKey.of("paratera", "revenue", "智算云"),
                GrowthFlag.TURNAROUND, GrowthConvention.FILING);
        String json = m.writeValueAsString(r);
        assertThat(json).isEqualTo("{\"period\":\"2024Q1-Q3\",\"unit\":\"亿元\",\"key\":\"paratera/revenue[智算云]\","
                + "\"flag\":\"turnaround\",\"convention\":\"filing\"}");
        assertThat(m.readValue(json, Row.class)).isEqualTo(r);
        assertThat(m.readValue("\"2024-12-31\"", Period.class)).isEqualTo(Period.parse("2024-12-31"));
        assertThat(m.readValue("\"paratera/headcount\"", SeriesKey.class)).isEqualTo(SeriesKey.of("paratera", "headcount"));
    }

    @Test
    void badText_failsNamingIt() {
        assertThatThrownBy(() -> m.readValue("\"2024Q5\"", Period.class)).isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("2024Q5");
    }
}
