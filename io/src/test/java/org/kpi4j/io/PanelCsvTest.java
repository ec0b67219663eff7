package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.FactSet;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.series.PanelLayout;
import org.kpi4j.metric.MetricCatalog;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

class PanelCsvTest {

    static KpiPanel read(String csv, PanelLayout layout) {
        return read(csv, FiscalCalendar.calendarYear(), layout);
    }

    static KpiPanel read(String csv, FiscalCalendar calendar, PanelLayout layout) {
        return PanelCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "p.csv",
                MetricCatalog.standard(), calendar, layout);
    }

    static KpiDataException error(String csv) {
        return catchThrowableOfType(KpiDataException.class, () -> read(csv, PanelLayout.QUARTERLY));
    }

    static Double at(KpiPanel p, int series, String quarter) {
        int col = Period.parse(quarter).endQuarterIndex() - p.quarter(0).endQuarterIndex();
        OptionalDouble v = p.get(series, col);
        return v.isPresent() ? v.getAsDouble() : null;
    }

    private static final String HEADER = "entity,metric,segment,period,basis,value,unit\n";

    /** Every year-to-date spelling of one year, differenced by hand: 100, 250 − 100, 420 − 250, 600 − 420. */
    @Test
    void yearToDateFlows_becomeDiscreteQuarters() {
        KpiPanel p = read(HEADER
                + "acme,revenue,,2023Q1,ytd,100,万元\n"
                + "acme,revenue,,2023H1,,250,万元\n"
                + "acme,revenue,,2023Q1-Q3,,420,万元\n"
                + "acme,revenue,,2023,,600,万元\n"
                + "acme,revenue,,2024Q1,ytd,130,万元\n"
                + "acme,revenue,,2024Q3,ytd,480,万元\n"
                + "acme,receivables,,2023Q2,,55.5,万元\n"
                + "acme,receivables,,2023-12-31,instant,61,万元\n", PanelLayout.QUARTERLY);
        assertThat(p.seriesCount()).isEqualTo(2);
        assertThat(p.key(0)).isEqualTo(SeriesKey.of("acme", "revenue"));
        assertThat(p.unit(0)).isEqualTo(Unit.WAN_YUAN);
        assertThat(p.quarter(0)).isEqualTo(Period.parse("2023Q1"));
        assertThat(p.quarterCount()).isEqualTo(7);
        assertThat(at(p, 0, "2023Q1")).isEqualTo(100.0);
        assertThat(at(p, 0, "2023Q2")).isEqualTo(150.0);
        assertThat(at(p, 0, "2023Q3")).isEqualTo(170.0);
        assertThat(at(p, 0, "2023Q4")).isEqualTo(180.0);
        assertThat(at(p, 0, "2024Q1")).isEqualTo(130.0);
        assertThat(at(p, 0, "2024Q2")).isNull();          // not reported
        assertThat(at(p, 0, "2024Q3")).isNull();          // 2024H1 missing, so Q3 cannot be derived
        assertThat(at(p, 1, "2023Q2")).isEqualTo(55.5);   // a stock at the end of 2023Q2
        assertThat(at(p, 1, "2023Q4")).isEqualTo(61.0);
        assertThat(at(p, 1, "2023Q3")).isNull();
        // YoY of the discrete quarter: 2024Q1 130 against 2023Q1 100
        assertThat(p.yoy(GrowthConvention.FILING).get(0, 4).getAsDouble()).isEqualTo(0.3, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void asReported_keepsTheCumulativeFigures() {
        KpiPanel p = read(HEADER
                + "acme,revenue,,2023Q1,ytd,100,万元\n"
                + "acme,revenue,,2023H1,,250,万元\n"
                + "acme,revenue,,2023Q1-Q3,,420,万元\n", PanelLayout.AS_REPORTED);
        assertThat(at(p, 0, "2023Q2")).isEqualTo(250.0);
        assertThat(at(p, 0, "2023Q3")).isEqualTo(420.0);
        assertThat(p.toDiscreteQuarters().get(0, 2).getAsDouble()).isEqualTo(170.0);
    }

    /** A March year-end: 2024-03-31 closes fiscal 2024's Q4, and 2024Q1 is April..June 2023. */
    @Test
    void fiscalYearEndingInMarch_placesStocksAtTheirFiscalQuarter() {
        KpiPanel p = read(HEADER
                + "acme,headcount,,2024-03-31,,820,persons\n"
                + "acme,headcount,,2023-06-30,,700,persons\n"
                + "acme,revenue,,2024Q1,quarter,10,亿元\n", FiscalCalendar.endingIn(Month.MARCH), PanelLayout.QUARTERLY);
        assertThat(at(p, 0, "2024Q4")).isEqualTo(820.0);
        assertThat(at(p, 0, "2024Q1")).isEqualTo(700.0);
        assertThat(at(p, 1, "2024Q1")).isEqualTo(10.0);
        assertThat(p.unit(1)).isEqualTo(Unit.YI_YUAN);
    }

    @Test
    void laterVintage_wins() {
        KpiPanel p = read("entity,metric,period,value,unit,as_of\n"
                + "acme,revenue,2024Q1,120,万元,2024-08-30\n"
                + "acme,revenue,2024Q1,100,万元,2024-04-28\n"
                + "acme,revenue,2024Q2,130,万元,\n", PanelLayout.QUARTERLY);
        assertThat(at(p, 0, "2024Q1")).isEqualTo(120.0);
        assertThat(at(p, 0, "2024Q2")).isEqualTo(130.0);
    }

    @Test
    void groupedAndQuotedValues_andNegativeFigures() {
        KpiPanel p = read(HEADER
                + "\"acme, inc\",net_profit,,2024Q1,quarter,\"-1,234.5\",万元\n"
                + "\"acme, inc\",net_profit,,2024Q2,quarter,2e3,万元\n", PanelLayout.QUARTERLY);
        assertThat(p.key(0).entity()).isEqualTo("acme, inc");
        assertThat(at(p, 0, "2024Q1")).isEqualTo(-1234.5);
        assertThat(at(p, 0, "2024Q2")).isEqualTo(2000.0);
        // growth from a loss: (2000 − (−1234.5)) / 1234.5 under the filing convention
        assertThat(p.qoq(GrowthConvention.FILING).get(0, 1).getAsDouble())
                .isEqualTo(3234.5 / 1234.5, org.assertj.core.data.Offset.offset(1e-15));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        a,revenue,,2024Q1,quarter,1,万元\\na,revenue,,2024Q1,quarter,2,万元                       | 3 | period | also on line 2
        a,revenue,,2024Q1,quarter,1,万元\\na,revenue,,2024Q2,quarter,2,亿元                       | 3 | unit   | a panel holds one unit per series
        a,revenue,,2024H1,,1,万元\\na,revenue,,2024Q3,quarter,2,万元                              | 3 | period | mixes year-to-date figures (line 2) and discrete quarters (line 3)
        a,gross_margin,,2024H1,,31.2,%                                                          | 2 | period | a ratio reported year-to-date
        a,revenue,,2024H2,,1,万元                                                               | 2 | period | neither
        a,receivables,,2024-08-15,,1,万元                                                       | 2 | period | not the end of a fiscal quarter
        a,revenue,,2024Q1,quarter,12.3.4,万元                                                   | 2 | value  | '12.3.4' is not a number
        a,revenue,,2024Q1,quarter,,万元                                                         | 2 | value  | value is empty
        a,new_metric,,2024Q1,,5,万元                                                            | 2 | metric | unknown metric 'new_metric'
        a,revenue,,2024Q1,quarter,5,bushels                                                     | 2 | unit   | unknown unit 'bushels'
        a,revenue,,2024Q1,instant,5,万元                                                        | 2 | basis  | cannot be reported at an instant
        a,headcount,,2024Q1,,5,万元                                                             | 2 | unit   | does not fit it
        ,revenue,,2024Q1,quarter,5,万元                                                         | 2 | entity | entity is empty
        a,revenue,,2024Q5,quarter,5,万元                                                        | 2 | period | cannot parse period '2024Q5'
        a,revenue,2024Q1,quarter,5,万元                                                         | 2 |        | fewer fields than the header
        a,revenue,,2024Q1,quarter,5,万元,x                                                      | 2 |        | more fields than the header
        """)
    void badRows_nameFileLineAndColumn(String rows, int line, String column, String message) {
        KpiDataException e = error(HEADER + rows.replace("\\n", "\n") + "\n");
        assertThat(e).isNotNull();
        assertThat(e.source()).contains("p.csv");
        assertThat(e.line()).as(e.getMessage()).isEqualTo(line);
        if (column != null) {
            assertThat(e.column()).as(e.getMessage()).contains(column);
        }
        assertThat(e.getMessage()).contains(message);
    }

    @Test
    void write_givesTidyRows_andReadsBack() throws Exception {
        KpiPanel p = read(HEADER
                + "\"acme, inc\",revenue,cloud,2023Q4,quarter,180,万元\n"
                + "\"acme, inc\",revenue,cloud,2024Q2,quarter,0.1,万元\n"
                + "beta,receivables,,2024-03-31,,-3.25,亿元\n", PanelLayout.QUARTERLY);
        java.io.StringWriter w = new java.io.StringWriter();
        PanelCsv.write(p, w);
        assertThat(w.toString()).isEqualTo("entity,metric,segment,period,value,unit\n"
                + "\"acme, inc\",revenue,cloud,2023Q4,180.0,万元\n"
                + "\"acme, inc\",revenue,cloud,2024Q2,0.1,万元\n"
                + "beta,receivables,,2024Q1,-3.25,亿元\n");
        KpiPanel back = read(w.toString(), PanelLayout.QUARTERLY);
        for (int s = 0; s < p.seriesCount(); s++) {
            assertThat(back.key(s)).isEqualTo(p.key(s));
            assertThat(back.unit(s)).isEqualTo(p.unit(s));
            assertThat(back.row(s)).containsExactly(p.row(s));
        }
        java.io.StringWriter g = new java.io.StringWriter();
        PanelCsv.write(p.yoy(GrowthConvention.FILING), g);
        assertThat(g.toString()).isEqualTo("entity,metric,segment,period,value,unit\n");  // no quarter a year apart
    }

    @Test
    void badHeader_andEmptyInput() {
        assertThat(error("entity,metric,period,value,unit,colour\n").getMessage()).contains("unknown column 'colour'");
        assertThat(error("entity,metric,period,unit\n").getMessage()).contains("value");
        assertThat(error("").getMessage()).contains("empty");
        assertThat(error("entity,metric,period,value,unit\n").getMessage()).contains("the file has no facts");
    }

    @Test
    void missingFile_isNamed(@TempDir Path dir) {
        Path f = dir.resolve("absent.csv");
        KpiDataException e = catchThrowableOfType(KpiDataException.class, () -> PanelCsv.read(f));
        assertThat(e.getMessage()).contains("absent.csv").contains("no such file");
    }

    /**
     * Random tidy files (year-to-date in every spelling, discrete quarters, stocks by label and by
     * date, gaps, losses, grouped and quoted values, older vintages, shuffled rows) read the same
     * through the fast path as through the reference: FactsCsv, FactSet.series,
     * KpiSeries.toDiscreteQuarters and KpiPanel.of, compared bit for bit at every quarter.
     */
    @Test
    void randomFiles_matchTheFactSetPath(@TempDir Path dir) throws Exception {
        SplittableRandom r = new SplittableRandom(42);
        for (int round = 0; round < 60; round++) {
            StringBuilder csv = new StringBuilder("entity,metric,segment,period,basis,value,unit,as_of\n");
            List<String> rows = new ArrayList<>();
            int entities = 1 + r.nextInt(4);
            for (int e = 0; e < entities; e++) {
                String entity = r.nextBoolean() ? "E" + e : "\"Co " + e + ", Ltd\"";
                int y0 = 2018 + r.nextInt(3);
                int years = 1 + r.nextInt(4);
                // flows reported year-to-date
                for (String metric : new String[] {"revenue", "net_profit"}) {
                    boolean ytd = r.nextBoolean();
                    String segment = r.nextInt(4) == 0 ? "cloud" : "";
                    for (int y = y0; y < y0 + years; y++) {
                        double cum = 0;
                        for (int q = 1; q <= 4; q++) {
                            double d = Math.round((r.nextDouble() * 2000 - (metric.equals("net_profit") ? 900 : 100)) * 100) / 100.0;
                            cum = Math.round((cum + d) * 100) / 100.0;
                            if (r.nextInt(7) == 0) {
                                continue; // a gap
                            }
                            String v = ytd ? money(r, cum) : money(r, d);
                            String period = ytd ? ytdPeriod(r, y, q) : y + "Q" + q + (r.nextBoolean() ? ",quarter" : ",");
                            rows.add(entity + "," + metric + "," + segment + "," + period + "," + v + ",万元,"
                                    + vintage(r, rows, entity + "," + metric + "," + segment + "," + period, v));
                        }
                    }
                }
                // a stock, by quarter label or by date
                for (int y = y0; y < y0 + years; y++) {
                    for (int q = 1; q <= 4; q++) {
                        if (r.nextInt(5) == 0) {
                            continue;
                        }
                        String period = r.nextBoolean() ? y + "Q" + q + "," : java.time.YearMonth.of(y, q * 3).atEndOfMonth() + ",instant";
                        rows.add(entity + ",receivables,," + period + "," + money(r, r.nextDouble() * 500) + ",万元,");
                    }
                }
            }
            Collections.shuffle(rows, new java.util.Random(r.nextLong()));
            if (rows.isEmpty()) {
                continue;
            }
            rows.forEach(x -> csv.append(x).append(r.nextInt(10) == 0 ? "\r\n" : "\n"));
            Path f = dir.resolve("r" + round + ".csv");
            Files.writeString(f, csv);

            KpiPanel fast = PanelCsv.read(f);
            // the same file read in 2 to 6 chunks on parallel threads: the very same panel
            for (int chunks = 2; chunks <= 6; chunks++) {
                KpiPanel split = PanelCsv.readInChunks(f, chunks, MetricCatalog.standard(),
                        FiscalCalendar.calendarYear(), PanelLayout.QUARTERLY);
                assertThat(split).as("round %d, %d chunks", round, chunks).isNotNull();
                assertSamePanel(split, fast);
            }
            FactSet facts = FactsCsv.read(f);
            List<KpiSeries> ref = new ArrayList<>();
            for (int s = 0; s < fast.seriesCount(); s++) {
                ref.add(facts.series(fast.key(s)));
            }
            assertThat(fast.seriesCount()).isEqualTo(facts.keys().size());
            KpiPanel slow = KpiPanel.of(ref);
            for (int s = 0; s < fast.seriesCount(); s++) {
                assertThat(slow.key(s)).isEqualTo(fast.key(s));
                assertThat(fast.unit(s)).isEqualTo(slow.unit(s));
                Map<Period, Double> a = values(fast, s);
                Map<Period, Double> b = values(slow, s);
                assertThat(a).as("round %d series %s%n%s", round, fast.key(s), csv).isEqualTo(b);
            }
        }
    }

    /**
     * The oracle: pandas on a wide frame (core/src/test/reference/panel/panel_reference.py) gave the
     * discrete quarters, filing-convention YoY and QoQ and TTM of every series of a synthetic file
     * (TTM compared for the flows only: a stock has none).
     * Same operations in the same order, so equal to the bit; pandas' rolling sum adds and removes
     * as it slides, so TTM agrees to rounding.
     */
    @Test
    void syntheticFile_matchesPandas() throws Exception {
        KpiPanel p = PanelCsv.read(FactsCsvTest.resource("panel_reference_input.csv"));
        KpiPanel yoy = p.yoy(GrowthConvention.FILING);
        KpiPanel qoq = p.qoq(GrowthConvention.FILING);
        KpiPanel ttm = p.ttm();
        Map<SeriesKey, Integer> index = new LinkedHashMap<>();
        for (int s = 0; s < p.seriesCount(); s++) {
            index.put(p.key(s), s);
        }
        Map<SeriesKey, Integer> ttmIndex = new LinkedHashMap<>();
        for (int s = 0; s < ttm.seriesCount(); s++) {
            ttmIndex.put(ttm.key(s), s);
        }
        List<String> lines = Files.readAllLines(FactsCsvTest.resource("panel_reference_pandas.csv"));
        assertThat(lines).hasSize(1 + 96 * 14);
        assertThat(p.seriesCount()).isEqualTo(96);
        assertThat(p.quarterCount()).isEqualTo(14);
        int present = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            int s = index.get(SeriesKey.of(f[0], f[1]));
            String q = f[2];
            assertThat(at(p, s, q)).as("discrete %s", line).isEqualTo(num(f[3]));
            assertThat(at(yoy, s, q)).as("yoy %s", line).isEqualTo(num(f[4]));
            assertThat(at(qoq, s, q)).as("qoq %s", line).isEqualTo(num(f[5]));
            if (p.metric(s).kind() != org.kpi4j.metric.MetricKind.FLOW) {
                // pandas' rolling sum runs over stocks too; kpi4j leaves them out of the TTM, with a note
                assertThat(ttmIndex).as("ttm %s", line).doesNotContainKey(p.key(s));
                continue;
            }
            Double t = at(ttm, ttmIndex.get(p.key(s)), q);
            if (num(f[6]) == null) {
                assertThat(t).as("ttm %s", line).isNull();
            } else {
                assertThat(t).as("ttm %s", line).isCloseTo(num(f[6]), org.assertj.core.data.Percentage.withPercentage(1e-10));
                present++;
            }
        }
        assertThat(present).as("TTM figures compared").isGreaterThan(500);
    }

    private static Double num(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    static void assertSamePanel(KpiPanel actual, KpiPanel expected) {
        assertThat(actual.seriesCount()).isEqualTo(expected.seriesCount());
        assertThat(actual.quarterCount()).isEqualTo(expected.quarterCount());
        assertThat(actual.quarter(0)).isEqualTo(expected.quarter(0));
        for (int s = 0; s < expected.seriesCount(); s++) {
            assertThat(actual.key(s)).isEqualTo(expected.key(s));
            assertThat(actual.unit(s)).isEqualTo(expected.unit(s));
            assertThat(actual.row(s)).containsExactly(expected.row(s));
        }
    }

    /** Chunks that meet trouble hand over to the sequential read, which names the line. */
    @Test
    void chunkedRead_givesWayToTheSequentialRead(@TempDir Path dir) throws Exception {
        StringBuilder ok = new StringBuilder(HEADER);
        for (int y = 2001; y <= 2024; y++) {
            for (int q = 1; q <= 4; q++) {
                ok.append("\"acme\nholdings\",revenue,,").append(y).append('Q').append(q).append(",quarter,")
                        .append(y + q).append(",万元\n");
            }
        }
        Path quoted = dir.resolve("quoted.csv");
        Files.writeString(quoted, ok);
        // splits fall inside the quoted names (each holds a line break): null, never a wrong panel
        for (int chunks = 2; chunks <= 8; chunks++) {
            KpiPanel p = PanelCsv.readInChunks(quoted, chunks, MetricCatalog.standard(), FiscalCalendar.calendarYear(),
                    PanelLayout.QUARTERLY);
            if (p != null) {
                assertSamePanel(p, read(ok.toString(), PanelLayout.QUARTERLY));
            }
        }
        // a duplicate in a later chunk, a unit change across chunks: null from the chunks, the line from read()
        StringBuilder dup = new StringBuilder(HEADER);
        for (int y = 2001; y <= 2024; y++) {
            for (int q = 1; q <= 4; q++) {
                dup.append("acme,revenue,,").append(y).append('Q').append(q).append(",quarter,1,万元\n");
            }
        }
        dup.append("acme,revenue,,2001Q1,quarter,2,万元\n");
        Path d = dir.resolve("dup.csv");
        Files.writeString(d, dup);
        assertThat(PanelCsv.readInChunks(d, 4, MetricCatalog.standard(), FiscalCalendar.calendarYear(),
                PanelLayout.QUARTERLY)).isNull();
        KpiDataException e = catchThrowableOfType(KpiDataException.class, () -> PanelCsv.read(d));
        assertThat(e.line()).isEqualTo(2 + 96);
        assertThat(e.getMessage()).contains("also on line 2");
        Path units = dir.resolve("units.csv");
        Files.writeString(units, dup.toString().replace("2024Q4,quarter,1,万元", "2024Q4,quarter,1,亿元"));
        assertThat(PanelCsv.readInChunks(units, 4, MetricCatalog.standard(), FiscalCalendar.calendarYear(),
                PanelLayout.QUARTERLY)).isNull();
    }

    private static Map<Period, Double> values(KpiPanel p, int s) {
        Map<Period, Double> m = new LinkedHashMap<>();
        for (int c = 0; c < p.quarterCount(); c++) {
            OptionalDouble v = p.get(s, c);
            if (v.isPresent()) {
                m.put(p.quarter(c), v.getAsDouble());
            }
        }
        return m;
    }

    private static String ytdPeriod(SplittableRandom r, int y, int q) {
        if (r.nextBoolean()) {
            return y + "Q" + q + ",ytd";
        }
        switch (q) {
            case 1:
                return y + "Q1,";
            case 2:
                return y + "H1,";
            case 3:
                return y + "Q1-Q3,";
            default:
                return r.nextBoolean() ? y + "," : y + ",year";
        }
    }

    private static String money(SplittableRandom r, double v) {
        String plain = String.format(java.util.Locale.ROOT, "%.2f", v);
        return r.nextInt(4) == 0 ? "\"" + String.format(java.util.Locale.ROOT, "%,.2f", v) + "\"" : plain;
    }

    /** Sometimes adds an older vintage of the same figure with another value; returns this row's as_of. */
    private static String vintage(SplittableRandom r, List<String> rows, String prefix, String value) {
        if (r.nextInt(6) != 0) {
            return "";
        }
        rows.add(prefix + ",9" + value.replace("\"", "").replace(",", "").replace("-", "") + ",万元,2020-01-01");
        return "2021-06-30";
    }
}
