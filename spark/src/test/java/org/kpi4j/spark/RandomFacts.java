package org.kpi4j.spark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;

/**
 * Seeded random tidy facts with what real filings have: flows filed year-to-date under every label
 * the format allows ({@code 2024Q1}, {@code 2024H1}, {@code 2024Q3,ytd}, {@code 2024Q1-Q3},
 * {@code 2024}), flows filed by quarter with losses and zero bases, quarter-end stocks dated or
 * labelled, ratios in %, a per-share flow (元/股), metrics outside the catalog known by their basis,
 * segments with commas and Chinese names (one part of a parent segment), gaps (missing filings), restated vintages ({@code as_of}) and rows without one,
 * printed changes (some right, some wrong), all in shuffled order.
 */
final class RandomFacts {

    static final String HEADER = "entity,metric,segment,parent,period,basis,value,unit,as_of,reported_change_pct";

    private static final String[] SEGMENTS = {"", "", "", "cloud", "智算云", "hardware, services"};
    private static final String[] ENTITIES = {"E%03d", "Co %03d \"Holdings\"", "公司%03d"};

    private final Random rnd;
    private final FiscalCalendar calendar;
    private final List<String[]> rows = new ArrayList<>();

    private RandomFacts(long seed, FiscalCalendar calendar) {
        this.rnd = new Random(seed);
        this.calendar = calendar;
    }

    /**
     * The facts as CSV text with {@link #HEADER}.
     *
     * @param seed the seed
     * @param series about how many series
     * @param calendar the fiscal calendar the periods and stock dates follow
     */
    static String csv(long seed, int series, FiscalCalendar calendar) {
        RandomFacts f = new RandomFacts(seed, calendar);
        for (int s = 0; s < series; s++) {
            f.series(s);
        }
        Collections.shuffle(f.rows, f.rnd);
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (String[] r : f.rows) {
            for (int i = 0; i < r.length; i++) {
                sb.append(i == 0 ? "" : ",").append(quote(r[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return s.indexOf(',') < 0 && s.indexOf('"') < 0 ? s : '"' + s.replace("\"", "\"\"") + '"';
    }

    private void series(int s) {
        String entity = String.format(Locale.ROOT, ENTITIES[s % 7 == 3 ? 1 : s % 11 == 5 ? 2 : 0], s / 6);
        int kind = s % 7;
        String segment = kind == 0 ? SEGMENTS[rnd.nextInt(SEGMENTS.length)] : "";
        int first = (2015 + rnd.nextInt(6)) * 4 + rnd.nextInt(4);
        int n = 4 + rnd.nextInt(21);
        double[] q = new double[n];
        double level = kind == 3 ? 30 + rnd.nextInt(50) : kind == 6 ? 0.05 + rnd.nextInt(100) / 100.0
                : 100 + rnd.nextInt(10_000);
        for (int t = 0; t < n; t++) {
            level *= 1 + 0.08 * rnd.nextGaussian();
            q[t] = kind == 1 ? level * (rnd.nextDouble() - 0.4) : level;
            if (rnd.nextInt(30) == 0) {
                q[t] = 0; // a zero base
            }
            if (kind == 3) {
                q[t] = Math.max(0, Math.min(99, q[t]));
            }
        }
        switch (kind) {
            case 0 -> ytdFlow(entity, "revenue", segment, "万元", first, q, false);
            case 1 -> quarterly(entity, "net_profit", "元", first, q, rnd.nextBoolean() ? "quarter" : "");
            case 2 -> stock(entity, "total_assets", "亿元", first, q, false);
            case 3 -> stock(entity, "debt_ratio", "%", first, q, false);
            case 4 -> ytdFlow(entity, "orders_k", "", "count", first, q, true);
            case 5 -> stock(entity, "branches", "count", first, q, true);
            default -> ytdFlow(entity, "eps_basic", "", "元/股", first, q, false);
        }
    }

    /** Year-to-date figures from discrete quarters, under a random one of each label form. */
    private void ytdFlow(String entity, String metric, String segment, String unit, int first, double[] q,
            boolean needsBasis) {
        double cum = 0;
        for (int t = 0; t < q.length; t++) {
            Period p = Period.ofQuarterIndex(first + t);
            int fq = p.lastQuarter();
            cum = fq == 1 ? round(q[t]) : cum + round(q[t]);
            String label;
            String basis;
            if (needsBasis || rnd.nextBoolean()) {
                label = p.toString();
                basis = fq == 1 && !needsBasis ? "" : "ytd";
            } else {
                label = fq == 1 ? p.toString() : fq == 2 ? p.year() + "H1" : fq == 3 ? p.year() + "Q1-Q3"
                        : Integer.toString(p.year());
                basis = "";
            }
            // the cumulative figure starts with the fiscal year, so a series begins at its first Q1
            if (t >= (4 - Math.floorMod(first, 4)) % 4) {
                emit(entity, metric, segment, label, basis, cum, unit);
            }
        }
    }

    private void quarterly(String entity, String metric, String unit, int first, double[] q, String basis) {
        for (int t = 0; t < q.length; t++) {
            emit(entity, metric, "", Period.ofQuarterIndex(first + t).toString(), basis, round(q[t]), unit);
        }
    }

    /** Stocks at quarter ends: as a date, or a quarter label with or without basis instant. */
    private void stock(String entity, String metric, String unit, int first, double[] q, boolean needsBasis) {
        for (int t = 0; t < q.length; t++) {
            Period p = Period.ofQuarterIndex(first + t);
            int form = rnd.nextInt(3);
            String label = form == 0 ? calendar.endDate(p).toString() : p.toString();
            String basis = needsBasis || form == 1 ? "instant" : "";
            emit(entity, metric, "", label, basis, round(q[t]), unit);
        }
    }

    /**
     * One figure, unless it is a gap; sometimes with an earlier vintage (restated since), sometimes
     * with no as_of, sometimes with a printed change.
     */
    private void emit(String entity, String metric, String segment, String period, String basis, double value,
            String unit) {
        if (rnd.nextInt(100) < 8) {
            return;
        }
        int year = 2016 + rnd.nextInt(10);
        String asOf = rnd.nextInt(10) == 0 ? "" : year + "-0" + (1 + rnd.nextInt(9)) + "-1" + rnd.nextInt(10);
        String pct = rnd.nextInt(10) == 0 ? BigDecimal.valueOf(rnd.nextGaussian() * 20).setScale(2,
                RoundingMode.HALF_UP).toPlainString() : "";
        if (!asOf.isEmpty() && rnd.nextInt(8) == 0) {
            String earlier = (year - 1) + asOf.substring(4);
            rows.add(new String[] {entity, metric, segment, parent(segment), period, basis, text(value * 0.97 + 1), unit,
                earlier, ""});
        }
        rows.add(new String[] {entity, metric, segment, parent(segment), period, basis, text(value), unit, asOf, pct});
    }

    /** The segment 智算云 is part of 算力服务 (a parent with no rows of its own); the others stand alone. */
    private static String parent(String segment) {
        return segment.equals("智算云") ? "算力服务" : "";
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Two decimals, now and then grouped by thousands as printed ("12,345.60"). */
    private String text(double v) {
        BigDecimal d = BigDecimal.valueOf(round(v)).setScale(2, RoundingMode.HALF_UP);
        if (Math.abs(v) >= 1000 && rnd.nextInt(5) == 0) {
            return String.format(Locale.ROOT, "%,.2f", d);
        }
        return d.toPlainString();
    }
}
