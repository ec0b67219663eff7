package org.kpi4j.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kpi4j.series.KpiSeries;

/** KpiChart.svg(): labels as real text, not outlines. */
class SvgTextTest {

    private static List<String> texts(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            out.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&quot;", "\""));
        }
        return out;
    }

    @Test
    void everyLabelIsAText_inTheChartsOwnWords() {
        KpiSeries q = Fixtures.revenueWan();
        KpiChart c = Charts.line(List.of(q, q.ttm()), ChartOptions.zh().withTitle("营业收入 <季度> & TTM"));
        String svg = c.svg();
        List<String> texts = texts(svg);
        // the title (escaped in the XML, whole again once read), the axis titles, the legend, periods
        assertThat(texts).contains("营业收入 <季度> & TTM", c.yAxisTitle(), c.xAxisTitle(), "2022Q1", "2024Q3"); // XChart labels every other quarter here
        assertThat(texts).containsAll(c.seriesNames());
        assertThat(svg).contains("font-family:'Noto Sans CJK SC'", "textLength=", "xml:space=\"preserve\"");
        // drawn once each: the title is one text, not a text and an outline
        assertThat(texts.stream().filter(t -> t.equals("营业收入 <季度> & TTM")).count()).isEqualTo(1);
    }

    @Test
    void theYAxisTitleIsTurnedAQuarter() {
        KpiChart c = Charts.line(Fixtures.revenueWan(), ChartOptions.en());
        String svg = c.svg(600, 400);
        assertThat(svg).contains("viewBox=\"0 0 600 400\"");
        // a quarter turn (cos 0, sin ±1) wraps the rotated label
        assertThat(svg).containsPattern("matrix\\(0 -1 1 0 [^)]*\\)\\s*\"?>\\s*<text[^>]*>" + Pattern.quote(c.yAxisTitle()));
    }

    @Test
    void textsThatShareAnOutlineAreNotGuessed() {
        // two unassigned code points the font has no glyph for: both draw as the same missing-glyph box,
        // so the outline cannot tell them apart and must stay an outline
        java.awt.Font f = ChartFonts.bundled().deriveFont(12f);
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        SvgText.Log log = new SvgText.Log();
        log.add("\u0378", f, frc);
        log.add("\u0379", f, frc);
        java.awt.Shape box = new java.awt.font.TextLayout("\u0379", f, frc).getOutline(null);
        assertThat(log.match(box)).isNull();
        log.add("2024Q1", f, frc);
        java.awt.Shape label = new java.awt.font.TextLayout("2024Q1", f, frc)
                .getOutline(java.awt.geom.AffineTransform.getTranslateInstance(30, 40));
        assertThat(log.match(label)).isNotNull();
    }
}
