package org.kpi4j.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import org.junit.jupiter.api.Test;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;

class GrowthKindRangeTest {

    private static final FiscalCalendar CAL = FiscalCalendar.calendarYear();

    @Test
    void aBaseBeforeYear1000_isNoBase_withTheReason() {
        // 1000 − 1 = 999 and 1000Q1 − 1 quarter = 999Q4 are outside the years kpi4j represents
        assertThat(GrowthKind.DEFAULT.basePeriod(Period.year(1000), null, CAL)).isEmpty();
        assertThat(GrowthKind.QOQ.basePeriod(Period.quarter(1000, 1), null, CAL)).isEmpty();
        assertThat(GrowthKind.VS_YEAR_END.basePeriod(Period.parse("1000-06-30"), null, CAL)).isEmpty();
        assertThat(GrowthKind.DEFAULT.whyNoBase(Period.year(1000)))
                .isEqualTo("no base: default of 1000 would fall outside the years 1000..9999");
        assertThat(GrowthKind.QOQ.whyNoBase(Period.year(2024))).isEqualTo("qoq compares single quarters; 2024 is not one");
        // the year after: 1001's base is 1000, which exists
        assertThat(GrowthKind.YOY.basePeriod(Period.year(1001), null, CAL)).contains(Period.year(1000));
    }

    @Test
    void aDateWhoseFiscalYearIsAfter9999_isNoBase() {
        // with a March year-end, every date after 9999-03-31 falls in fiscal year 10000
        FiscalCalendar march = FiscalCalendar.endingIn(Month.MARCH);
        assertThat(GrowthKind.YOY.basePeriod(Period.parse("9999-12-31"), null, march)).isEmpty();
        assertThat(GrowthKind.YOY.basePeriod(Period.parse("9999-03-31"), null, march))
                .contains(Period.parse("9998-03-31"));
    }
}
