package org.kpi4j.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A compute-services business with three lines, 通用云 (general cloud), 行业云 (industry cloud) and
 * 智算云 (AI cloud). Segment figures are made up; every expected value is computed by hand in the
 * comments: s = revenue share, m = margin, rate_i = ((s0+s1)/2)(m1−m0), mix_i = ((m0+m1)/2)(s1−s0).
 */
class MarginDecompositionTest {

    private static final double EPS = 1e-12;

    @Test
    void mixOnly_everySegmentKeepsItsMargin() {
        // base:    通用云 600 / GP 240 (40%), 行业云 300 / 90 (30%), 智算云 100 / 10 (10%); total 1000 / 340 → 34%
        // current: 通用云 500 / 200 (40%), 行业云 300 / 90 (30%), 智算云 200 / 20 (10%); total 1000 / 310 → 31%
        MarginDecomposition d = MarginDecomposition.builder()
                .segment("通用云", 600, 240, 500, 200)
                .segment("行业云", 300, 90, 300, 90)
                .segment("智算云", 100, 10, 200, 20)
                .build();
        assertThat(d.baseMargin()).isCloseTo(0.34, within(EPS));
        assertThat(d.currentMargin()).isCloseTo(0.31, within(EPS));
        assertThat(d.totalChange()).isCloseTo(-0.03, within(EPS));
        assertThat(d.rateEffect()).isCloseTo(0.0, within(EPS));
        assertThat(d.mixEffect()).isCloseTo(d.totalChange(), within(EPS));
        // mix: 通用云 0.40 × (0.5 − 0.6) = −0.04; 行业云 0.30 × 0 = 0; 智算云 0.10 × (0.2 − 0.1) = +0.01
        assertThat(d.segment("通用云").mixEffect()).isCloseTo(-0.04, within(EPS));
        assertThat(d.segment("行业云").mixEffect()).isCloseTo(0.0, within(EPS));
        assertThat(d.segment("智算云").mixEffect()).isCloseTo(0.01, within(EPS));
        // vs average margin M̄ = (0.34 + 0.31) / 2 = 0.325:
        // 通用云 (0.40 − 0.325)(−0.1) = −0.0075; 智算云 (0.10 − 0.325)(+0.1) = −0.0225 — the AI cloud drags
        assertThat(d.segment("通用云").mixVsAverage()).isCloseTo(-0.0075, within(EPS));
        assertThat(d.segment("智算云").mixVsAverage()).isCloseTo(-0.0225, within(EPS));
    }

    @Test
    void rateOnly_sharesStayFixed() {
        // shares 0.5 / 0.3 / 0.2 in both periods (revenue doubles everywhere)
        // margins 40% → 36%, 30% → 30%, 10% → 5%; M0 = 0.20 + 0.09 + 0.02 = 0.31, M1 = 0.18 + 0.09 + 0.01 = 0.28
        MarginDecomposition d = MarginDecomposition.builder()
                .segmentMargins("通用云", 500, 0.40, 1000, 0.36)
                .segmentMargins("行业云", 300, 0.30, 600, 0.30)
                .segmentMargins("智算云", 200, 0.10, 400, 0.05)
                .build();
        assertThat(d.totalChange()).isCloseTo(-0.03, within(EPS));
        assertThat(d.mixEffect()).isCloseTo(0.0, within(EPS));
        assertThat(d.rateEffect()).isCloseTo(-0.03, within(EPS));
        // rate: 通用云 0.5 × (−0.04) = −0.02; 行业云 0; 智算云 0.2 × (−0.05) = −0.01
        assertThat(d.segment("通用云").rateEffect()).isCloseTo(-0.02, within(EPS));
        assertThat(d.segment("行业云").rateEffect()).isCloseTo(0.0, within(EPS));
        assertThat(d.segment("智算云").rateEffect()).isCloseTo(-0.01, within(EPS));
    }

    @Test
    void general_marginFallsFrom32To27() {
        // 2024:    通用云 500 / GP 200 (40%), 行业云 300 / 90 (30%), 智算云 200 / 30 (15%); total 1000 / 320 → 32%
        // 2025 Q1: 通用云 200 / GP 76 (38%),  行业云 100 / 28 (28%), 智算云 200 / 31 (15.5%); total 500 / 135 → 27%
        // shares: 0.5 / 0.3 / 0.2 → 0.4 / 0.2 / 0.4
        // rate: 通用云 (0.5+0.4)/2 × (0.38−0.40) = 0.45 × −0.02 = −0.009
        //       行业云 (0.3+0.2)/2 × (0.28−0.30) = 0.25 × −0.02 = −0.005
        //       智算云 (0.2+0.4)/2 × (0.155−0.15) = 0.30 × 0.005 = +0.0015      total rate −0.0125
        // mix:  通用云 (0.40+0.38)/2 × (0.4−0.5) = 0.39 × −0.1 = −0.039
        //       行业云 (0.30+0.28)/2 × (0.2−0.3) = 0.29 × −0.1 = −0.029
        //       智算云 (0.15+0.155)/2 × (0.4−0.2) = 0.1525 × 0.2 = +0.0305    total mix −0.0375
        // total −0.0125 − 0.0375 = −0.05 = 0.27 − 0.32
        // check per segment: s1·m1 − s0·m0: 通用云 0.152 − 0.2 = −0.048 = −0.009 − 0.039
        MarginDecomposition d = MarginDecomposition.builder()
                .segment("通用云", 500, 200, 200, 76)
                .segment("行业云", 300, 90, 100, 28)
                .segment("智算云", 200, 30, 200, 31)
                .build();
        assertThat(d.baseMargin()).isCloseTo(0.32, within(EPS));
        assertThat(d.currentMargin()).isCloseTo(0.27, within(EPS));
        assertThat(d.totalChange()).isCloseTo(-0.05, within(EPS));
        assertThat(d.rateEffect()).isCloseTo(-0.0125, within(EPS));
        assertThat(d.mixEffect()).isCloseTo(-0.0375, within(EPS));
        SegmentEffect general = d.segment("通用云");
        assertThat(general.rateEffect()).isCloseTo(-0.009, within(EPS));
        assertThat(general.mixEffect()).isCloseTo(-0.039, within(EPS));
        assertThat(general.total()).isCloseTo(-0.048, within(EPS));
        assertThat(d.segment("行业云").rateEffect()).isCloseTo(-0.005, within(EPS));
        assertThat(d.segment("行业云").mixEffect()).isCloseTo(-0.029, within(EPS));
        SegmentEffect ai = d.segment("智算云");
        assertThat(ai.rateEffect()).isCloseTo(0.0015, within(EPS));
        assertThat(ai.mixEffect()).isCloseTo(0.0305, within(EPS));
        assertThat(ai.shareChange()).isCloseTo(0.2, within(EPS));
        assertThat(ai.marginChange()).isCloseTo(0.005, within(EPS));
        // vs average M̄ = (0.32 + 0.27) / 2 = 0.295: 通用云 (0.39 − 0.295)(−0.1) = −0.0095;
        // 行业云 (0.29 − 0.295)(−0.1) = +0.0005; 智算云 (0.1525 − 0.295)(0.2) = −0.0285; sum −0.0375 = mix
        assertThat(general.mixVsAverage()).isCloseTo(-0.0095, within(EPS));
        assertThat(d.segment("行业云").mixVsAverage()).isCloseTo(0.0005, within(EPS));
        assertThat(ai.mixVsAverage()).isCloseTo(-0.0285, within(EPS));
        assertThat(d.rateEffect() + d.mixEffect()).isCloseTo(d.totalChange(), within(EPS));
        assertThat(d.segments()).extracting(SegmentEffect::segment).containsExactly("通用云", "行业云", "智算云");
    }

    @Test
    void newSegment_usesItsOtherPeriodMarginForBoth() {
        // base: A 100 at 30%, B absent; current: A 100 at 30%, B 100 at 10%
        // B's base margin is taken as 10%: rate 0; shares A 1 → 0.5, B 0 → 0.5
        // mix: A 0.30 × (−0.5) = −0.15; B 0.10 × 0.5 = +0.05; total −0.10 = 0.20 − 0.30
        MarginDecomposition d = MarginDecomposition.builder()
                .segment("A", 100, 30, 100, 30)
                .segment("B", 0, 0, 100, 10)
                .build();
        SegmentEffect b = d.segment("B");
        assertThat(b.baseMargin()).isCloseTo(0.10, within(EPS));
        assertThat(b.rateEffect()).isZero();
        assertThat(b.mixEffect()).isCloseTo(0.05, within(EPS));
        assertThat(d.segment("A").mixEffect()).isCloseTo(-0.15, within(EPS));
        assertThat(d.totalChange()).isCloseTo(-0.10, within(EPS));
        // by margins, a NaN margin where revenue is 0 is accepted and ignored
        MarginDecomposition m = MarginDecomposition.builder()
                .segmentMargins("A", 100, 0.3, 100, 0.3)
                .segmentMargins("B", 100, 0.1, 0, Double.NaN)
                .build();
        assertThat(m.segment("B").currentMargin()).isCloseTo(0.1, within(EPS));
        assertThat(m.segment("B").rateEffect()).isZero();
    }

    @Test
    void badInput_namesSegmentAndField() {
        assertThatThrownBy(() -> MarginDecomposition.builder().segment("智算云", -1, 0, 100, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("segment 智算云: base revenue must be >= 0 but was -1.0");
        assertThatThrownBy(() -> MarginDecomposition.builder().segment("智算云", 100, 10, 100, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("segment 智算云: current gross profit must be a finite number but was NaN");
        assertThatThrownBy(() -> MarginDecomposition.builder().segment("智算云", 0, 5, 100, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("segment 智算云: base gross profit must be 0 when base revenue is 0 (a margin needs revenue) but was 5.0");
        assertThatThrownBy(() -> MarginDecomposition.builder().segmentMargins("行业云", 100, Double.POSITIVE_INFINITY, 100, 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("segment 行业云: base margin must be a finite number but was Infinity");
        assertThatThrownBy(() -> MarginDecomposition.builder().segment("A", 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("segment A: base revenue and current revenue must not both be 0");
        assertThatThrownBy(() -> MarginDecomposition.builder().segment("A", 1, 0, 1, 0).segment("A", 1, 0, 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must be unique but segment A was added twice");
        assertThatThrownBy(() -> MarginDecomposition.builder().segment("A", 0, 0, 10, 1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("base total revenue must be > 0 but was 0.0");
        assertThatThrownBy(() -> MarginDecomposition.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a margin decomposition needs at least one segment but had none");
        assertThatThrownBy(() -> MarginDecomposition.builder().segment(" ", 1, 0, 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank but was \" \"");
    }

    @Test
    void toString_tableInPercentagePoints() {
        String s = MarginDecomposition.builder()
                .segment("通用云", 500, 200, 200, 76)
                .segment("行业云", 300, 90, 100, 28)
                .segment("智算云", 200, 30, 200, 31)
                .build().toString();
        assertThat(s).startsWith("margin 32.00% -> 27.00%: -5.00 pp = rate -1.25 pp + mix -3.75 pp\n")
                .contains("rate effect")
                .contains("-0.90 pp")     // 通用云 rate
                .contains("+3.05 pp")     // 智算云 mix
                .contains("-2.85 pp");    // 智算云 mix vs average
        // every line of the table (header, rule, rows) has the rule's display width or less
        String[] lines = s.split("\n");
        assertThat(lines[1]).startsWith("segment");
        assertThat(lines[2]).matches("-+( +-+)*");
        assertThat(lines[lines.length - 1]).startsWith("total");
    }
}
