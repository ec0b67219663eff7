package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.KpiPanelBuilder;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * The parallel writer against the one-thread path and against the writer it replaced (kept below as
 * {@link #before}: a {@code StringBuilder} and {@code Double.toString}), byte for byte, on seeded
 * random panels.
 */
class PanelCsvWriterTest {

    private static final String[] NAMES = {"acme", "\"Co, Ltd\"", "北京并行科技", " padded ", "a\"quote", "line\nbreak",
        "tab\there", "x", "Σ-ω", ""};
    private static final Unit[] MONEY = {Unit.YUAN, Unit.WAN_YUAN, Unit.YI_YUAN, Unit.USD_BN};

    /** A value of one of the shapes a panel holds: money with cents, noisy differences, growth fractions, edge magnitudes. */
    static double value(SplittableRandom r) {
        switch (r.nextInt(9)) {
            case 0:
                return Math.round(r.nextDouble(-1e9, 1e9)) / 100.0;                 // 61400.33
            case 1:
                return Math.round(r.nextDouble(0, 1e6)) / 100.0 - Math.round(r.nextDouble(0, 1e6)) / 100.0;
            case 2:
                return (r.nextDouble(-5, 5) - 1) / Math.abs(r.nextDouble(-5, 5));   // a growth fraction
            case 3:
                return Math.pow(10, r.nextDouble(-12, 24)) * (r.nextBoolean() ? 1 : -1); // every layout, and >= 1e16
            case 4:
                return r.nextInt(-1000, 1000);                                      // 180.0
            case 5:
                return new double[] {0.0, -0.0, 1e7, 9999999.999999998, 1e-3, 9.999999999999998e-4, 1e16, 1e23,
                    2.82879384806159E17, Double.MIN_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL}[r.nextInt(12)];
            case 6:
                return Double.longBitsToDouble(r.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL) * (r.nextBoolean() ? 1 : -1);
            default:
                return Double.NaN;                                                  // a gap
        }
    }

    static KpiPanel randomPanel(SplittableRandom r, int series, int quarters) {
        KpiPanelBuilder b = KpiPanel.builder(Period.ofQuarterIndex(8000 + r.nextInt(100)), quarters);
        for (int s = 0; s < series; s++) {
            String entity = NAMES[r.nextInt(NAMES.length)] + s; // unique keys
            double[] v = new double[quarters];
            for (int c = 0; c < quarters; c++) {
                v[c] = value(r);
            }
            if (r.nextBoolean()) {
                b.add(SeriesKey.of(entity, "revenue", NAMES[r.nextInt(NAMES.length)]), MONEY[r.nextInt(MONEY.length)], v);
            } else {
                b.add(SeriesKey.of(entity, "headcount"), Unit.PERSONS, v);
            }
        }
        return b.build();
    }

    static byte[] bytes(KpiPanel p, int threads, int cellsPerRun) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PanelCsvWriter.write(p, new PanelCsvWriter.Sink() {
            @Override
            public boolean text() {
                return false;
            }

            @Override
            public void write(byte[] b, int n, String text) {
                out.write(b, 0, n);
            }
        }, threads, cellsPerRun);
        return out.toByteArray();
    }

    @Test
    void parallelOutput_equalsSequential_andTheWriterItReplaced_byteForByte() throws IOException {
        long seed = 20261201L;
        SplittableRandom r = new SplittableRandom(seed);
        for (int round = 0; round < 60; round++) {
            KpiPanel p = randomPanel(r, 1 + r.nextInt(120), 1 + r.nextInt(24));
            if (round % 3 == 0) {
                p = p.yoy(GrowthConvention.FILING); // growth fractions, unit "ratio"
            }
            byte[] expected = before(p).getBytes(StandardCharsets.UTF_8);
            byte[] sequential = bytes(p, 1, PanelCsvWriter.CELLS_PER_RUN);
            int threads = 2 + r.nextInt(3);
            int cells = 1 + r.nextInt(200);
            byte[] parallel = bytes(p, threads, cells);
            String what = "seed " + seed + " round " + round + ", " + threads + " threads, " + cells + " cells a run";
            assertThat(sequential).as(what).isEqualTo(expected);
            assertThat(parallel).as(what).isEqualTo(expected);
            StringWriter w = new StringWriter();
            PanelCsv.write(p, w);
            assertThat(w.toString()).as(what).isEqualTo(before(p));
        }
    }

    /** Above PARALLEL_CELLS the public methods use every core: still the old bytes, through a stream and a writer. */
    @Test
    void largePanel_throughThePublicMethods_givesTheOldBytes() {
        SplittableRandom r = new SplittableRandom(7);
        KpiPanel p = randomPanel(r, 3000, 60);
        assertThat((long) p.seriesCount() * p.quarterCount()).isGreaterThan(PanelCsvWriter.PARALLEL_CELLS);
        String expected = before(p);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PanelCsv.write(p, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        StringWriter w = new StringWriter();
        PanelCsv.write(p, w);
        assertThat(w.toString()).isEqualTo(expected);
    }

    /**
     * The fast path is taken below 1e16 only; there it must print Double.toString's characters
     * (on JDK 17 that is FloatingDecimal's output, which this checks against directly).
     */
    @Test
    void text_isDoubleToString_atEveryMagnitude() {
        SplittableRandom r = new SplittableRandom(99);
        for (int i = 0; i < 300_000; i++) {
            double x = Math.pow(10, r.nextDouble(-320, 308)) * (r.nextBoolean() ? 1 : -1);
            x = Double.longBitsToDouble(Double.doubleToRawLongBits(x) ^ (r.nextLong() & 0xF_FFFF_FFFFL));
            if (Double.isFinite(x)) {
                assertThat(PanelCsvWriter.text(x)).as("bits %x", Double.doubleToRawLongBits(x)).isEqualTo(Double.toString(x));
            }
        }
        // JDK-4511638: JDK 17 prints 2.82879384806159008E17, JDK 19+ 2.82879384806159E17; either way Double.toString's
        assertThat(PanelCsvWriter.text(2.82879384806159E17)).isEqualTo(Double.toString(2.82879384806159E17));
        assertThat(PanelCsvWriter.text(61400.33)).isEqualTo("61400.33");
        assertThat(PanelCsvWriter.text(1e-4)).isEqualTo("1.0E-4");
        assertThat(PanelCsvWriter.text(1e7)).isEqualTo("1.0E7");
        assertThat(PanelCsvWriter.text(-0.0)).isEqualTo("-0.0");
    }

    /** PanelCsv.write as it was before the parallel writer (commit 053fabf), the reference. */
    static String before(KpiPanel panel) {
        StringBuilder sb = new StringBuilder("entity,metric,segment,period,value,unit\n");
        for (int s = 0; s < panel.seriesCount(); s++) {
            SeriesKey k = panel.key(s);
            String prefix = quote(k.entity()) + ',' + quote(k.metric()) + ',' + quote(k.segment()) + ',';
            String unit = ',' + quote(panel.unit(s).symbol()) + '\n';
            double[] row = panel.row(s);
            for (int c = 0; c < row.length; c++) {
                if (!Double.isNaN(row[c])) {
                    sb.append(prefix).append(panel.quarter(c)).append(',').append(row[c]).append(unit);
                }
            }
        }
        return sb.toString();
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0
                && s.strip().equals(s)) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
