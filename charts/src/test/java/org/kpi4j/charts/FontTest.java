package org.kpi4j.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.List;
import org.assertj.core.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kpi4j.series.KpiSeries;

/** How labels get a font that can draw them. */
class FontTest {

    @Test
    void chineseLabelsUseAnInstalledCjkFont() {
        Fixtures.assumeInstalledCjkFont();
        String family = ChartFonts.cjkFamily().orElseThrow();
        assertThat(new Font(family, Font.PLAIN, 12).canDisplayUpTo("营业收入")).isEqualTo(-1);
        KpiChart c = Charts.line(Fixtures.revenueWan(), ChartOptions.zh());
        assertThat(c.fontFamily()).isEqualTo(family);
        assertThat(new Font(c.fontFamily(), Font.PLAIN, 12).canDisplayUpTo(c.yAxisTitle() + c.title())).isEqualTo(-1);
    }

    @Test
    void notoSansCjkScIsPreferredWhenInstalled() {
        Assumptions.assumeThat(java.util.Arrays.asList(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(java.util.Locale.ENGLISH)))
                .as("Noto Sans CJK SC is not installed").contains(ChartFonts.PREFERRED_CJK_FAMILY);
        assertThat(ChartFonts.cjkFamily()).contains(ChartFonts.PREFERRED_CJK_FAMILY);
    }

    @Test
    void chineseChartRendersWithGlyphs() {
        Fixtures.assumeCjkFont();
        KpiChart c = Charts.combo(Fixtures.revenueWan(), Fixtures.revenueWan().yoy(), ChartOptions.zh());
        BufferedImage img = c.toImage(800, 500);
        assertThat(img.getWidth()).isEqualTo(800);
    }

    @Test
    void englishLabelsWithoutChineseNeedNoCjkFont() {
        KpiChart c = Charts.line(Fixtures.revenueUsd(), ChartOptions.en());
        assertThat(c.fontFamily()).isEqualTo(new Font(Font.SANS_SERIF, Font.PLAIN, 12).getFamily(java.util.Locale.ENGLISH));
    }

    @Test
    void englishLabelsWithChineseSegmentNamesUseTheCjkFont() {
        Fixtures.assumeCjkFont();
        KpiSeries a = Fixtures.segment("算力服务", org.kpi4j.unit.Unit.USD, 1, 2);
        KpiChart c = Charts.mix(List.of(a), MixMode.VALUES, ChartOptions.en());
        // the installed CJK font, else the bundled one: either way a font that draws the segment's name
        assertThat(c.fontFamily()).isEqualTo(ChartFonts.cjkFamily().orElse(ChartFonts.BUNDLED_FAMILY));
    }

    @Test
    void chineseWithoutAnInstalledCjkFontUsesTheBundledFont() {
        Assumptions.assumeThat(ChartFonts.cjkFamily()).as("a CJK font is installed, so it is used instead").isEmpty();
        KpiChart c = Charts.line(Fixtures.revenueUsd(), ChartOptions.zh());
        assertThat(c.fontFamily()).isEqualTo(ChartFonts.BUNDLED_FAMILY);
        assertThat(c.toImage(400, 250).getWidth()).isEqualTo(400);
    }

    @Test
    void theBundledFontDrawsChineseAndLatin() {
        Font f = ChartFonts.bundled();
        assertThat(f.getFamily(java.util.Locale.ENGLISH)).isEqualTo(ChartFonts.BUNDLED_FAMILY);
        assertThat(f.canDisplayUpTo("营业收入 扭亏为盈 智算云（亿元） Revenue 2024Q1 +48.27% · —")).isEqualTo(-1);
        KpiChart c = Charts.line(Fixtures.revenueWan(), ChartOptions.zh().withFont(f));
        assertThat(c.fontFamily()).isEqualTo(ChartFonts.BUNDLED_FAMILY);
    }

    @Test
    void aFontFileThatIsMissingOrNotAFontIsNamedInTheMessage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path missing = dir.resolve("none.ttf");
        assertThatThrownBy(() -> ChartFonts.load(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("font file " + missing + " does not exist");
        java.nio.file.Path text = java.nio.file.Files.writeString(dir.resolve("x.ttf"), "not a font");
        assertThatThrownBy(() -> ChartFonts.load(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("font file " + text + " is not a TrueType or OpenType font");
    }

    @Test
    void aGivenFontThatCannotDrawTheLabelsIsRejected() {
        Font latinOnly = null;
        for (String f : java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
            Font font = new Font(f, Font.PLAIN, 12);
            if (font.canDisplayUpTo("Revenue") == -1 && font.canDisplayUpTo("营业收入") != -1) {
                latinOnly = font;
                break;
            }
        }
        Assumptions.assumeThat(latinOnly).as("every installed font can display Chinese").isNotNull();
        Font f = latinOnly;
        assertThatThrownBy(() -> Charts.line(Fixtures.revenueUsd(), ChartOptions.zh().withFont(f)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot display");
    }

    @Test
    void aGivenFontFamilyMustBeInstalled() {
        assertThatThrownBy(() -> ChartOptions.zh().withFontFamily("No Such Font 12345"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not installed");
    }

    @Test
    void needsCjkTellsChineseFromLatin() {
        assertThat(ChartFonts.needsCjk("营业收入 (亿元)")).isTrue();
        assertThat(ChartFonts.needsCjk("Revenue (USD m) · 2024Q1 — outlook")).isFalse();
    }
}
