package org.kpi4j.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    static Stream<Arguments> labels() {
        return Stream.of(
                // class comment: "2024 fiscal year"
                Arguments.of("2024", PeriodType.YEAR, 1, 4),
                // class comment: "2024H1, 2024H2 halves"; H1 = Q1..Q2
                Arguments.of("2024H1", PeriodType.HALF, 1, 2),
                // H2 = Q3..Q4
                Arguments.of("2024H2", PeriodType.HALF, 3, 4),
                // class comment: "2024Q3 quarter"
                Arguments.of("2024Q3", PeriodType.QUARTER, 3, 3),
                // class comment: "2024Q1-Q3 year-to-date through Q3"
                Arguments.of("2024Q1-Q3", PeriodType.YTD, 1, 3));
    }

    @ParameterizedTest
    @MethodSource("labels")
    void parse_thenToString_roundTripsDurations(String text, PeriodType type, int first, int last) {
        Period p = Period.parse(text);
        assertThat(p.toString()).isEqualTo(text);
        assertThat(p.type()).isEqualTo(type);
        assertThat(p.year()).isEqualTo(2024);
        assertThat(p.firstQuarter()).isEqualTo(first);
        assertThat(p.lastQuarter()).isEqualTo(last);
        assertThat(Period.parse(p.toString())).isEqualTo(p);
    }

    @Test
    void parse_isoDate_isInstant_andRoundTrips() {
        Period p = Period.parse("2024-09-30");
        assertThat(p.isInstant()).isTrue();
        assertThat(p.date()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(p.toString()).isEqualTo("2024-09-30");
        assertThat(p.lengthInQuarters()).isZero();
    }

    @Test
    void ytd_throughQ2_isFirstHalf_throughQ4_isYear_throughQ1_isQuarter() {
        assertThat(Period.ytd(2024, 2)).isEqualTo(Period.parse("2024H1"));
        assertThat(Period.ytd(2024, 4)).isEqualTo(Period.parse("2024"));
        assertThat(Period.ytd(2024, 1)).isEqualTo(Period.parse("2024Q1"));
        assertThat(Period.ytd(2024, 3).toString()).isEqualTo("2024Q1-Q3");
    }

    @Test
    void span_ofLabelledSpans_givesThatLabel() {
        // Q1-Q2 is the first half, Q3-Q4 the second, Q1-Q4 the year
        assertThat(Period.span(2024, 1, 2)).isEqualTo(Period.half(2024, 1));
        assertThat(Period.span(2024, 3, 4)).isEqualTo(Period.half(2024, 2));
        assertThat(Period.span(2024, 1, 4)).isEqualTo(Period.year(2024));
        assertThatThrownBy(() -> Period.span(2024, 2, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void minusYears_keepsTheSpan() {
        assertThat(Period.parse("2024Q3").minusYears(1)).isEqualTo(Period.parse("2023Q3"));
        assertThat(Period.parse("2024Q1-Q3").minusYears(1)).isEqualTo(Period.parse("2023Q1-Q3"));
        assertThat(Period.parse("2024H2").minusYears(2)).isEqualTo(Period.parse("2022H2"));
        assertThat(Period.parse("2024").minusYears(-1)).isEqualTo(Period.parse("2025"));
    }

    @Test
    void minusYears_ofInstant_keepsMonthEndAtMonthEnd() {
        // class doc: 2024-02-29 becomes 2023-02-28
        assertThat(Period.parse("2024-02-29").minusYears(1)).isEqualTo(Period.parse("2023-02-28"));
        // and a month end a year later: 2023-02-28 is the end of February, so 2024-02-29
        assertThat(Period.parse("2023-02-28").minusYears(-1)).isEqualTo(Period.parse("2024-02-29"));
        assertThat(Period.parse("2024-09-30").minusYears(1)).isEqualTo(Period.parse("2023-09-30"));
        // not a month end: plain date arithmetic
        assertThat(Period.parse("2024-05-10").minusYears(1)).isEqualTo(Period.parse("2023-05-10"));
    }

    @Test
    void previousQuarter_acrossYear_isQ4OfPriorYear() {
        assertThat(Period.parse("2024Q1").previousQuarter()).isEqualTo(Period.parse("2023Q4"));
        assertThat(Period.parse("2024Q3").previousQuarter()).isEqualTo(Period.parse("2024Q2"));
        // 2024Q3 + 4 quarters = 2025Q3; 2024Q4 + 1 = 2025Q1
        assertThat(Period.parse("2024Q3").plusQuarters(4)).isEqualTo(Period.parse("2025Q3"));
        assertThat(Period.parse("2024Q4").plusQuarters(1)).isEqualTo(Period.parse("2025Q1"));
    }

    @Test
    void previousQuarter_ofHalf_throwsIllegalState() {
        assertThatThrownBy(() -> Period.parse("2024H1").previousQuarter()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void quartersBetweenEnds_countsQuarterEnds() {
        // class doc: 2024Q1 to 2025Q1 is 4
        assertThat(Period.quarter(2024, 1).quartersBetweenEnds(Period.quarter(2025, 1))).isEqualTo(4);
        // the other way round is negative
        assertThat(Period.quarter(2025, 1).quartersBetweenEnds(Period.quarter(2024, 1))).isEqualTo(-4);
        // 2024 ends at 2024Q4, 2025H1 at 2025Q2: two quarters later
        assertThat(Period.parse("2024").quartersBetweenEnds(Period.parse("2025H1"))).isEqualTo(2);
        // 2023 to 2028: five years, 20 quarters
        assertThat(Period.year(2023).quartersBetweenEnds(Period.year(2028))).isEqualTo(20);
        assertThat(Period.parse("2024Q2").quartersBetweenEnds(Period.parse("2024H1"))).isZero();
    }

    @Test
    void ordering_byEndQuarterThenShorterFirst_instantsLast() {
        List<Period> expected = List.of(
                Period.parse("2024Q2"), Period.parse("2024H1"), // both end at 2024Q2, quarter first
                Period.parse("2024Q3"), Period.parse("2024Q1-Q3"),
                Period.parse("2024Q4"), Period.parse("2024H2"), Period.parse("2024"), // class doc: Q4 < H2 < year
                Period.parse("2025Q1"),
                Period.parse("2023-12-31"), Period.parse("2024-09-30")); // instants after durations, by date
        List<Period> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    @Test
    void contains_quartersOfTheSpanOnly() {
        assertThat(Period.parse("2024Q1-Q3").contains(Period.parse("2024Q3"))).isTrue();
        assertThat(Period.parse("2024Q1-Q3").contains(Period.parse("2024Q4"))).isFalse();
        assertThat(Period.parse("2024H2").contains(Period.parse("2024Q2"))).isFalse();
        assertThat(Period.parse("2024").contains(Period.parse("2023Q4"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024Q5", "24Q1", "2024Q2-Q3", "2024H3", "2024-13-01", "FY", ""})
    void parse_badText_throwsIllegalArgumentNamingText(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void factories_rejectOutOfRangeArguments() {
        assertThatThrownBy(() -> Period.quarter(2024, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.half(2024, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.year(999)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void instant_hasNoQuarters() {
        Period p = Period.parse("2024-12-31");
        assertThatThrownBy(p::firstQuarter).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(p::endQuarterIndex).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Period.parse("2024").date()).isInstanceOf(IllegalStateException.class);
    }
}
