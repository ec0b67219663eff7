package org.kpi4j.io;

import java.math.BigInteger;

/**
 * A finite double's shortest decimal, written as ASCII bytes straight into a buffer: the characters
 * jackson-core's Schubfach writer ({@code NumberOutput.toString(v, true)}) and JDK 19's
 * {@code Double.toString} give, without the String (and the two arrays behind it) that each of those
 * makes per value. {@link PanelCsvWriter} writes millions of values; a String each was a third of
 * its time and most of the garbage of a 10M-row write.
 *
 * <p>The algorithm is R. Giulietti's Schubfach ("The Schubfach way to render doubles", 2020): the
 * double's rounding interval is scaled by a 126-bit approximation of a power of ten, and the
 * shortest decimal inside it, the nearest when two are as short, is picked from at most four
 * candidates. The powers of ten are computed here, exactly, with {@link BigInteger} when the class
 * loads. The layout is {@code Double.toString}'s: plain from 10<sup>-3</sup> up to
 * 10<sup>7</sup> ({@code 0.001}, {@code 180.0}, {@code 9999999.0}), else {@code 1.0E-4},
 * {@code 1.0E7}, always with a digit after the point. {@code DoubleTextTest} checks the bytes
 * against jackson-core's on millions of random doubles of every magnitude and on the boundaries.
 */
final class DoubleText {

    /** The most bytes a double takes: "-2.2250738585072014E-308". */
    static final int MAX_LENGTH = 24;

    private static final int P = 53;
    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << (P - 1);
    private static final long C_TINY = 3;
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;
    private static final long MASK_63 = Long.MAX_VALUE;
    private static final long[] POW10 = new long[18];

    /** g(k) = floor(10^-k / 2^r) + 1 for r = floor(-k log2 10) - 125, so that 2^125 <= g < 2^126: high and low 63 bits. */
    private static final long[] G1 = new long[K_MAX - K_MIN + 1];
    private static final long[] G0 = new long[K_MAX - K_MIN + 1];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
        BigInteger low63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
        for (int k = K_MIN; k <= K_MAX; k++) {
            int e = -k;
            int r = flog2pow10(e) - 125;
            BigInteger g;
            if (e >= 0) {
                BigInteger ten = BigInteger.TEN.pow(e);
                g = (r >= 0 ? ten.shiftRight(r) : ten.shiftLeft(-r)).add(BigInteger.ONE);
            } else {
                g = BigInteger.ONE.shiftLeft(-r).divide(BigInteger.TEN.pow(-e)).add(BigInteger.ONE);
            }
            G1[k - K_MIN] = g.shiftRight(63).longValueExact();
            G0[k - K_MIN] = g.and(low63).longValueExact();
        }
    }

    private DoubleText() {
    }

    /** floor(e log10 2), for |e| <= 5456721 */
    static int flog10pow2(int e) {
        return (int) (e * 661_971_961_083L >> 41);
    }

    /** floor(log10(3/4 2^e)), for |e| <= 1838394 */
    static int flog10threeQuartersPow2(int e) {
        return (int) (e * 661_971_961_083L + -274_743_187_321L >> 41);
    }

    /** floor(e log2 10), for |e| <= 1233252 */
    static int flog2pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    /**
     * Writes {@code v}, finite, at {@code buf[pos]}, which has room for {@link #MAX_LENGTH} bytes.
     *
     * @return the position after the last byte written
     */
    static int write(double v, byte[] buf, int pos) {
        long bits = Double.doubleToRawLongBits(v);
        long t = bits & (C_MIN - 1);
        int bq = (int) (bits >>> (P - 1)) & 0x7FF;
        if (bq == 0x7FF) {
            throw new IllegalArgumentException("not a finite double: " + v);
        }
        if (bits < 0) {
            buf[pos++] = '-';
        }
        if (bq != 0) {
            int mq = -Q_MIN + 1 - bq;
            long c = C_MIN | t;
            if (0 < mq && mq < P) {
                long f = c >> mq;
                if (f << mq == c) {
                    return digits(f, 0, buf, pos); // an integer below 2^53: its own digits
                }
            }
            return toDecimal(-mq, c, 0, buf, pos);
        }
        if (t != 0) {
            return t < C_TINY ? toDecimal(Q_MIN, 10 * t, -1, buf, pos) : toDecimal(Q_MIN, t, 0, buf, pos);
        }
        buf[pos] = '0';
        buf[pos + 1] = '.';
        buf[pos + 2] = '0';
        return pos + 3;
    }

    /** The shortest decimal in the rounding interval of c 2^q, times 10^dk. */
    private static int toDecimal(int q, long c, int dk, byte[] buf, int pos) {
        int out = (int) c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            cbl = cb - 1; // the interval below a power of two is half as wide
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        long g1 = G1[k - K_MIN];
        long g0 = G0[k - K_MIN];
        long vb = rop(g1, g0, cb << h);
        long vbl = rop(g1, g0, cbl << h);
        long vbr = rop(g1, g0, cbr << h);
        long s = vb >> 2;
        if (s >= 100) {
            long sp10 = 10 * (s / 10);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                return digits(upin ? sp10 : tp10, k + dk, buf, pos);
            }
        }
        long s1 = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (s1 << 2) + out <= vbr;
        if (uin != win) {
            return digits(uin ? s : s1, k + dk, buf, pos);
        }
        long cmp = vb - (s + s1 << 1);
        return digits(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : s1, k + dk, buf, pos);
    }

    /** (g cp) / 2^127, rounded to odd: g = g1 2^63 + g0. */
    private static long rop(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (z & MASK_63) + MASK_63 >>> 63;
    }

    /** Writes f 10^e (f > 0, at most 17 digits) in {@code Double.toString}'s layout. */
    private static int digits(long f, int e, byte[] buf, int pos) {
        while (f != 0 && f % 10 == 0) {
            f /= 10;
            e++;
        }
        int n = 1;
        while (n < 18 && f >= POW10[n]) {
            n++;
        }
        // the digits, left to right, at buf[pos + 2 ..], where the widest layout starts them
        int d = pos + 2;
        putDigits(f, n, buf, d);
        int exp = e + n; // f 10^e = 0.d1..dn 10^exp
        if (0 < exp && exp <= 7) { // 1 <= |v| < 10^7: ddd.ddd, ddd.0
            if (n <= exp) {
                System.arraycopy(buf, d, buf, pos, n);
                for (int i = n; i < exp; i++) {
                    buf[pos + i] = '0';
                }
                buf[pos + exp] = '.';
                buf[pos + exp + 1] = '0';
                return pos + exp + 2;
            }
            System.arraycopy(buf, d, buf, pos, exp);
            buf[pos + exp] = '.'; // then the fraction's digits, one place left of where they were put
            System.arraycopy(buf, d + exp, buf, pos + exp + 1, n - exp);
            return pos + n + 1;
        }
        if (-3 < exp && exp <= 0) { // 10^-3 <= |v| < 1: 0.00ddd
            int zeros = -exp;
            System.arraycopy(buf, d, buf, pos + 2 + zeros, n);
            buf[pos] = '0';
            buf[pos + 1] = '.';
            for (int i = 0; i < zeros; i++) {
                buf[pos + 2 + i] = '0';
            }
            return pos + 2 + zeros + n;
        }
        // d.dddE-n, d.0En
        buf[pos] = buf[d];
        buf[pos + 1] = '.';
        int p;
        if (n == 1) {
            buf[pos + 2] = '0';
            p = pos + 3;
        } else {
            System.arraycopy(buf, d + 1, buf, pos + 2, n - 1);
            p = pos + n + 1;
        }
        buf[p++] = 'E';
        int x = exp - 1;
        if (x < 0) {
            buf[p++] = '-';
            x = -x;
        }
        if (x >= 100) {
            buf[p++] = (byte) ('0' + x / 100);
            x %= 100;
            buf[p++] = (byte) ('0' + x / 10);
        } else if (x >= 10) {
            buf[p++] = (byte) ('0' + x / 10);
        }
        buf[p++] = (byte) ('0' + x % 10);
        return p;
    }

    /** The n digits of f at buf[at ..]: at most two long divisions, then int arithmetic. */
    private static void putDigits(long f, int n, byte[] buf, int at) {
        int end = at + n;
        if (n > 9) {
            long hi = f / 1_000_000_000L;
            putInt((int) (f - hi * 1_000_000_000L), buf, end - 9, end); // the low nine, zeros kept
            end -= 9;
            f = hi;
        }
        putInt((int) f, buf, at, end);
    }

    /** x's digits right-aligned in buf[from, to), zero-padded on the left. */
    private static void putInt(int x, byte[] buf, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            int q = (int) ((x * 3_435_973_837L) >>> 35); // x / 10 for 0 <= x < 2^32
            buf[i] = (byte) ('0' + x - 10 * q);
            x = q;
        }
    }
}
