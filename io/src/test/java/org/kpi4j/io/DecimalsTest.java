package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {

    static double parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return Decimals.parse(b, 0, b.length);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "61400.33; 61400.33", "'61,400.33'; 61400.33", "'1,234,567'; 1234567", "-0.05; -0.05", "+12; 12",
        ".5; 0.5", "7.; 7", "1e3; 1000", "2.5E-3; 0.0025", "0.1; 0.1", "0.3; 0.3",
        "123456789012345678901234567890; 1.2345678901234568E29", "4.9e-324; 4.9E-324"})
    void parsesAsDoubleParseDoubleDoes(String text, double expected) {
        assertThat(parse(text)).isEqualTo(expected);
    }

    @Test
    void negativeZero_keepsItsSign() {
        assertThat(Double.doubleToRawLongBits(parse("-0"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "e5", "1e", "1e+", "abc", "1.2.3", "12a", "1,23", "12,345,67",
        "1,000.", "1,000e3", ",100", "NaN", "Infinity", "0x10", "1 000", "--1"})
    void rejectsWhatIsNotADecimal(String text) {
        assertThat(parse(text)).isNaN();
    }

    /** The fast path must give the very bits Double.parseDouble gives, digits and exponents at random. */
    @Test
    void randomDecimals_matchDoubleParseDoubleBitForBit() {
        SplittableRandom r = new SplittableRandom(20261129);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            if (r.nextInt(4) == 0) {
                sb.append(r.nextBoolean() ? '-' : '+');
            }
            int intDigits = r.nextInt(12);
            for (int k = 0; k < intDigits; k++) {
                sb.append((char) ('0' + r.nextInt(10)));
            }
            int frac = r.nextInt(intDigits == 0 ? 1 : 0, 12);
            if (frac > 0 || r.nextInt(8) == 0) {
                sb.append('.');
            }
            for (int k = 0; k < frac; k++) {
                sb.append((char) ('0' + r.nextInt(10)));
            }
            if (intDigits + frac == 0) {
                sb.append('0');
            }
            if (r.nextInt(5) == 0) {
                sb.append(r.nextBoolean() ? 'e' : 'E').append(r.nextInt(-30, 31));
            }
            String s = sb.toString();
            assertThat(Double.doubleToRawLongBits(parse(s))).as(s)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
        }
    }
}
