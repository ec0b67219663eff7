package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link DoubleText} against jackson-core's Schubfach writer, the characters {@link PanelCsvWriter}
 * printed before it, on seeded random doubles of every magnitude and on the boundaries where the
 * layout or the algorithm's branches change.
 */
class DoubleTextTest {

    private static final byte[] BUF = new byte[64];

    private static String text(double v) {
        int start = 7; // not at 0, so that a write before its position would show
        int end = DoubleText.write(v, BUF, start);
        assertThat(end - start).isLessThanOrEqualTo(DoubleText.MAX_LENGTH);
        return new String(BUF, start, end - start, StandardCharsets.US_ASCII);
    }

    private static void check(double v) {
        String want = NumberOutput.toString(v, true);
        String got = text(v);
        if (!got.equals(want)) {
            assertThat(got).as("bits %016x", Double.doubleToRawLongBits(v)).isEqualTo(want);
        }
    }

    @Test
    void layoutsAsDoubleToStringDoes() {
        assertThat(text(180)).isEqualTo("180.0");
        assertThat(text(0.3)).isEqualTo("0.3");
        assertThat(text(61400.33)).isEqualTo("61400.33");
        assertThat(text(-0.0)).isEqualTo("-0.0");
        assertThat(text(0.0)).isEqualTo("0.0");
        assertThat(text(0.001)).isEqualTo("0.001");
        assertThat(text(1e-4)).isEqualTo("1.0E-4");
        assertThat(text(9999999.0)).isEqualTo("9999999.0");
        assertThat(text(1e7)).isEqualTo("1.0E7");
        assertThat(text(-1.25e-7)).isEqualTo("-1.25E-7");
        assertThat(text(123456789012.5)).isEqualTo("1.234567890125E11");
        assertThat(text(Double.MIN_VALUE)).isEqualTo("4.9E-324");
        assertThat(text(Double.MAX_VALUE)).isEqualTo("1.7976931348623157E308");
        assertThat(text(-Double.MIN_NORMAL)).isEqualTo("-2.2250738585072014E-308");
        assertThat(text(2e23)).isEqualTo("2.0E23");      // JDK 17's Double.toString prints 1.9999999999999998E23
        assertThat(text(1.0 / 3)).isEqualTo("0.3333333333333333");
    }

    @Test
    void agreesOnRandomBitPatterns() {
        SplittableRandom r = new SplittableRandom(20261202);
        for (int i = 0; i < 2_000_000; i++) {
            double v = Double.longBitsToDouble(r.nextLong());
            if (Double.isFinite(v)) {
                check(v);
            }
        }
    }

    @Test
    void agreesOnThePanelsShapesOfValue() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 1_000_000; i++) {
            double v = PanelCsvWriterTest.value(r);
            if (!Double.isNaN(v)) {
                check(v);
            }
        }
    }

    @Test
    void agreesAtPowersOfTenAndTwoAndTheirNeighbours() {
        for (int e = -325; e <= 309; e++) {
            double p = Double.parseDouble("1e" + e);
            around(p);
            around(5 * p);
            around(9.999999999999999 * p);
        }
        for (int e = -1074; e <= 1023; e++) {
            around(Math.scalb(1.0, e));
            around(Math.scalb(3.0, e));
        }
        for (long n = (1L << 53) - 300; n <= (1L << 53) + 300; n++) { // where the integer path ends
            around(n);
        }
        for (long t = 0; t < 5000; t++) { // the smallest subnormals, where the tiny path runs
            check(Double.longBitsToDouble(t));
            check(Double.longBitsToDouble(0x0010_0000_0000_0000L - t)); // below MIN_NORMAL
        }
    }

    private static void around(double v) {
        for (double x : new double[] {v, Math.nextUp(v), Math.nextDown(v), -v}) {
            if (Double.isFinite(x)) {
                check(x);
            }
        }
    }

    @Test
    void refusesWhatIsNotFinite() {
        assertThatThrownBy(() -> DoubleText.write(Double.NaN, BUF, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DoubleText.write(Double.NEGATIVE_INFINITY, BUF, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLogarithmsAreExactOverTheRangeUsed() {
        BigInteger one = BigInteger.ONE;
        BigInteger three = BigInteger.valueOf(3);
        for (int e = -1100; e <= 1100; e++) {
            int f = DoubleText.flog10pow2(e); // 10^f <= 2^e < 10^(f+1)
            assertThat(cmp(one, 0, f, one, e, 0) <= 0 && cmp(one, e, 0, one, 0, f + 1) < 0).as("flog10pow2(%d)", e).isTrue();
            f = DoubleText.flog10threeQuartersPow2(e); // 10^f <= 3 2^(e-2) < 10^(f+1)
            assertThat(cmp(one, 0, f, three, e - 2, 0) <= 0 && cmp(three, e - 2, 0, one, 0, f + 1) < 0)
                    .as("flog10threeQuartersPow2(%d)", e).isTrue();
        }
        for (int e = -340; e <= 340; e++) {
            int f = DoubleText.flog2pow10(e); // 2^f <= 10^e < 2^(f+1)
            assertThat(cmp(one, f, 0, one, 0, e) <= 0 && cmp(one, 0, e, one, f + 1, 0) < 0).as("flog2pow10(%d)", e).isTrue();
        }
    }

    /** The sign of m 2^a2 10^a10 - n 2^b2 10^b10, over integers. */
    private static int cmp(BigInteger m, int a2, int a10, BigInteger n, int b2, int b10) {
        int low2 = Math.min(a2, b2);
        int low10 = Math.min(a10, b10);
        BigInteger x = m.shiftLeft(a2 - low2).multiply(BigInteger.TEN.pow(a10 - low10));
        BigInteger y = n.shiftLeft(b2 - low2).multiply(BigInteger.TEN.pow(b10 - low10));
        return x.compareTo(y);
    }
}
