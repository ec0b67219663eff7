package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpi4j.KpiDataException;

class FiguresTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            61400.33              | 61400.33
            '61,400.33'           | 61400.33
            +1.5                  | 1.5
            .5                    | 0.5
            1.                    | 1
            1.2e9                 | 1.2E+9
            -0                    | 0
            0e999999999           | 0
            0.000e-999999999      | 0.000
            1.7976931348623157e308 | 1.7976931348623157E+308
            2.2250738585072014e-308 | 2.2250738585072014E-308
            """)
    void decimal_readsAFigureAsWritten(String text, String expected) {
        // the decimal as written: BigDecimal(expected), scale included (0.000 keeps three decimals)
        assertThat(Figures.decimal(text)).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1e400          | is beyond the range of a double
            -1.8e308       | is beyond the range of a double
            1e2147483648   | is beyond the range of a double
            1e999999999    | is beyond the range of a double
            1e-400         | is too small for a double: it would round to 0
            -1e-320        | is too small for a double
            1e-999999999   | is too small for a double
            12.3.4         | is not a number
            1,23.4         | is not a number
            '1,234.'       | is not a number
            1e             | is not a number
            0x10           | is not a number
            NaN            | is not a number
            Infinity       | is not a number
            """)
    void decimal_refusesWhatADoubleCannotHold(String text, String problem) {
        // -1e-320 is a subnormal double (it keeps 3 of its 17 digits); 1.8e308 is past Double.MAX_VALUE
        assertThatThrownBy(() -> Figures.decimal(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'" + text + "' ").hasMessageContaining(problem);
    }

    @Test
    void decimal_refusesMoreThan100Characters_quotingOnlyThe80First() {
        String t = "1".repeat(101);
        assertThatThrownBy(() -> Figures.decimal(t)).hasMessage("'" + "1".repeat(80) + "'… (101 characters) is not a "
                + "figure: it has 101 characters, more than any printed figure (at most 100)");
        assertThat(Figures.decimal("1".repeat(100))).isEqualTo(new BigDecimal("1".repeat(100)));
    }

    @Test
    void text_isWhatDecimalReadsBack_plainUnlessThatIsTooLong() {
        // found by FactsCsvFuzzTest's round trip: 1e300 written plain is 301 characters, which the reader refuses
        assertThat(Figures.text(new BigDecimal("61400.33"))).isEqualTo("61400.33");
        assertThat(Figures.text(new BigDecimal("1e300"))).isEqualTo("1E+300");
        assertThat(Figures.text(new BigDecimal("1e-300"))).isEqualTo("1E-300");
        assertThat(Figures.text(new BigDecimal("1e20"))).isEqualTo("100000000000000000000");
        for (String t : new String[] {"1e300", "1e-300", "-1.5e308", "0.000", "61,400.33"}) {
            BigDecimal d = Figures.decimal(t);
            assertThat(Figures.decimal(Figures.text(d))).as(t).isEqualTo(d);
        }
    }

    @Test
    void hugeExponents_costNothing() {
        long t0 = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            assertThatThrownBy(() -> Figures.decimal("9e-999999999")).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void plainlyFine_leavesZerosAndEdgesToTheRule() {
        assertThat(Figures.plainlyFine(61400.33, 8)).isTrue();
        assertThat(Figures.plainlyFine(0, 1)).isFalse(); // "0" or "1e-400": decimal() tells
        assertThat(Figures.plainlyFine(Double.NaN, 3)).isFalse();
        assertThat(Figures.plainlyFine(Double.POSITIVE_INFINITY, 5)).isFalse();
        assertThat(Figures.plainlyFine(Double.MIN_VALUE, 7)).isFalse(); // subnormal
        assertThat(Figures.plainlyFine(1, 101)).isFalse();
    }

    @Test
    void csvJsonAndPanel_giveTheSameMessage() {
        // one rule for every reader: '1e-400' in row 2, column value
        String csv = "entity,metric,period,value,unit\na,revenue,2024,1e-400,万元\n";
        String json = "[{\"entity\":\"a\",\"metric\":\"revenue\",\"period\":\"2024\",\"value\":1e-400,\"unit\":\"万元\"}]";
        String problem = "column 'value': '1e-400' is too small for a double";
        KpiDataException c = org.assertj.core.api.Assertions.catchThrowableOfType(KpiDataException.class,
                () -> FactsCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "f.csv",
                        org.kpi4j.metric.MetricCatalog.standard(), org.kpi4j.time.FiscalCalendar.calendarYear()));
        KpiDataException p = org.assertj.core.api.Assertions.catchThrowableOfType(KpiDataException.class,
                () -> PanelCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "f.csv",
                        org.kpi4j.metric.MetricCatalog.standard(), org.kpi4j.time.FiscalCalendar.calendarYear(),
                        org.kpi4j.series.PanelLayout.QUARTERLY));
        KpiDataException j = org.assertj.core.api.Assertions.catchThrowableOfType(KpiDataException.class,
                () -> FactsJson.read(new java.io.StringReader(json), "f.json", org.kpi4j.metric.MetricCatalog.standard(),
                        org.kpi4j.time.FiscalCalendar.calendarYear()));
        assertThat(c.getMessage()).startsWith("f.csv:2: " + problem);
        assertThat(p.getMessage()).isEqualTo(c.getMessage());
        assertThat(j.getMessage()).startsWith("f.json:1: " + problem);
    }
}
