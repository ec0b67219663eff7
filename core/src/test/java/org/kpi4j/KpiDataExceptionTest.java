package org.kpi4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KpiDataExceptionTest {

    @Test
    void quote_escapesControlCharactersAndCutsLongText() {
        assertThat(KpiDataException.quote("RMB\nbn")).isEqualTo("'RMB\\nbn'");
        assertThat(KpiDataException.quote("a\tb\u0000c\u2028")).isEqualTo("'a\\tb\\u0000c\\u2028'");
        // 80 characters kept, then the length
        assertThat(KpiDataException.quote("x".repeat(100))).isEqualTo("'" + "x".repeat(80) + "'… (100 characters)");
        // a surrogate pair is never cut in two: 79 x, then 😀 (2 chars) would end at 81, so it is left out
        assertThat(KpiDataException.quote("x".repeat(79) + "😀" + "y")).isEqualTo("'" + "x".repeat(79) + "'… (82 characters)");
    }

    @Test
    void message_isOneLine_andAtMost1000Characters() {
        KpiDataException e = KpiDataException.at("f.csv", 3, "unit", "a\nb", "unknown unit a\nb\r");
        assertThat(e.getMessage()).isEqualTo("f.csv:3: column 'unit': unknown unit a\\nb\\r");
        assertThat(e.problem()).isEqualTo("unknown unit a\\nb\\r");
        assertThat(e.text()).contains("a\nb"); // the offending text itself is kept as it was
        String longer = KpiDataException.of("p".repeat(5000)).getMessage();
        assertThat(longer).hasSize(KpiDataException.MAX_MESSAGE).endsWith("p…");
    }
}
