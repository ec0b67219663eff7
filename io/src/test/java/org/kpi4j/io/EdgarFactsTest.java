package org.kpi4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.fact.ReadNote;
import org.kpi4j.fact.ReadOptions;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;

/**
 * EdgarFacts on {@code filings/acme_companyfacts.json}, a companyfacts file made for these tests in
 * the layout data.sec.gov serves: a made-up filer whose 52/53-week years end on the last Saturday of
 * June (FY2023 2022-06-26..2023-06-24, 52 weeks; FY2024 2023-06-25..2024-06-29, 53 weeks, the 14th
 * week in Q4), revenue under Revenues until FY2023 and the ASC 606 concept from FY2024, total assets
 * restated by a 10-K/A and repeated by an 8-K, and one of each thing that cannot be used. Every
 * expected number is the fixture's or computed by hand from it, as the comments say.
 */
class EdgarFactsTest {

    static final String ACME = "Acme Widgets Inc.";

    static FactSet acme() {
        return EdgarFacts.read(FactsCsvTest.resource("filings/acme_companyfacts.json"));
    }

    @Test
    void calendar_inferredFromAnnualDurations() {
        FactSet f = acme();
        assertThat(f.calendar()).isEqualTo(FiscalCalendar.lastWeekday(DayOfWeek.SATURDAY, Month.JUNE));
        // year-ends 2023-06-24 and 2024-06-29 fit; the 366-day buyback period ending 2024-06-30 does not
        assertThat(f.notes().get(0).text()).isEqualTo("fiscal calendar 52-53 weeks, last SATURDAY of JUNE, extra week "
                + "in Q4, inferred from 3 annual periods (it ends 2 of them)");
    }

    @Test
    void revenue_acrossTwoConcepts_discreteQuartersWithDerivedQ4() {
        FactSet f = acme();
        KpiSeries d = f.series(ACME, "revenue").toDiscreteQuarters();
        // filed quarters 90, 100, 105 (FY2023) and 99, 111, 120 (FY2024) million; Q4 = year − Q1-Q3:
        // FY2023 400 − 295 = 105, FY2024 462 − 330 = 132 (the 14-week quarter)
        assertThat(d.periods()).extracting(Period::toString).containsExactly("2023Q1", "2023Q2", "2023Q3", "2023Q4",
                "2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1");
        assertThat(d.values()).containsExactly(90e6, 100e6, 105e6, 105e6, 99e6, 111e6, 120e6, 132e6, 108e6);
        assertThat(d.provenance(7).derived()).isTrue();
        assertThat(d.provenance(7).formula()).isEqualTo("2024 − 2024Q1-Q3");
        assertThat(d.provenance(6).derived()).isFalse();
        // the FY2024 10-K gives Revenues and the ASC 606 concept for the year: Revenues counts
        Fact fy24 = f.latest(SeriesKey.of(ACME, "revenue"), Period.parse("2024")).orElseThrow();
        assertThat(fy24.source()).isEqualTo("EDGAR 10-K 0009999901-24-000010 us-gaap:Revenues");
        assertThat(fy24.asOf()).isEqualTo(LocalDate.of(2024, 8, 16));
        // 2025Q1 is 2024-06-30..2024-09-28: the label is the fiscal year it ends in
        assertThat(f.calendar().endDate(Period.parse("2025Q1"))).isEqualTo(LocalDate.of(2024, 9, 28));
    }

    @Test
    void vintages_repeatsKeptOnce_restatementIsANewVintage_asOfShowsTheFirst() {
        FactSet f = acme();
        SeriesKey assets = SeriesKey.of(ACME, "total_assets");
        Period ye23 = Period.parse("2023-06-24");
        // 10-K 1,000M (2023-08-18), 10-K/A 980M (2023-11-10), 8-K 980M again (2024-02-09, fy/fp null): two vintages
        assertThat(f.vintages(assets, ye23)).extracting(Fact::value, Fact::asOf).containsExactly(
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("1000000000"), LocalDate.of(2023, 8, 18)),
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("980000000"), LocalDate.of(2023, 11, 10)));
        assertThat(f.vintages(assets, ye23).get(1).source()).isEqualTo("EDGAR 10-K/A 0009999901-23-000012 us-gaap:Assets");
        assertThat(f.series(assets).get(ye23).getAsDouble()).isEqualTo(980e6);
        FactSet then = f.asOf(LocalDate.of(2023, 9, 30));
        assertThat(then.series(assets).get(ye23).getAsDouble()).isEqualTo(1000e6);
        // 2023-03-25 (990M, filed 2023-04-28) is of FY2023, which the 10-K/A restated: left out of the
        // latest series (a mixed basis), kept as of before the restatement
        assertThat(f.series(assets).get(Period.parse("2023-03-25"))).isEmpty();
        assertThat(then.series(assets).get(Period.parse("2023-03-25")).getAsDouble()).isEqualTo(990e6);
        // repeats: Q1 FY2023 and FY2023 revenue under the new concept, the 8-K's assets
        assertThat(f.notes()).extracting(ReadNote::text).contains("3 facts repeat the figure an earlier filing gave for "
                + "the same period and are kept once, dated by the first filing");
    }

    @Test
    void unitsAndMetrics_perShareSharesRatiosAndDerivedIds() {
        FactSet f = acme();
        Fact eps = f.latest(SeriesKey.of(ACME, "eps_basic"), Period.parse("2024")).orElseThrow();
        assertThat(eps.unit()).isEqualTo(Unit.USD_PER_SHARE);
        assertThat(eps.value()).isEqualTo(new BigDecimal("1.23"));
        assertThat(eps.metric().family().accepts(Unit.USD)).isFalse();
        Fact shares = f.latest(SeriesKey.of(ACME, "shares_outstanding"), Period.parse("2024-08-09")).orElseThrow();
        assertThat(shares.unit()).isEqualTo(Unit.SHARES);
        assertThat(shares.value()).isEqualTo(new BigDecimal("150000000"));
        // an unmapped concept keeps its figures under an id derived from it
        Fact ap = f.latest(SeriesKey.of(ACME, "us_gaap_accounts_payable_current"), Period.parse("2024-06-29"))
                .orElseThrow();
        assertThat(ap.metric().nameEn()).isEqualTo("Accounts Payable, Current");
        Fact rate = f.latest(SeriesKey.of(ACME, "us_gaap_effective_income_tax_rate_continuing_operations"),
                Period.parse("2024")).orElseThrow();
        assertThat(rate.unit()).isEqualTo(Unit.RATIO);
        // hand count: 13 revenue, 2 EPS, 1 shares, 5 total assets, 3 unmapped
        assertThat(f.size()).isEqualTo(24);
        assertThat(f.keys()).hasSize(8);
    }

    @Test
    void whatCannotBeUsed_isCountedInNotes_neverDroppedSilently() {
        FactSet f = acme();
        List<ReadNote> skipped = f.notes().stream().filter(n -> n.skipped() > 0).toList();
        assertThat(skipped).extracting(ReadNote::text).anySatisfy(t -> assertThat(t)
                .startsWith("us-gaap:NumberOfStores: unit 'Store' is not a kpi4j unit"));
        assertThat(skipped).extracting(ReadNote::text).anySatisfy(t -> assertThat(t)
                .startsWith("us-gaap:StockRepurchaseProgramAuthorizedAmount: durations that are no fiscal period")
                .contains("start 2023-07-01, end 2024-06-30"));
        assertThat(skipped).extracting(ReadNote::text).anySatisfy(t -> assertThat(t)
                .startsWith("us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax not used for revenue"));
        // two filings of 2024-08-16 disagree on unrecognized tax benefits: the later accession (7.5M) stays
        assertThat(skipped).extracting(ReadNote::text).anySatisfy(t -> assertThat(t)
                .startsWith("us-gaap:UnrecognizedTaxBenefits: two filings of one day"));
        assertThat(f.latest(SeriesKey.of(ACME, "us_gaap_unrecognized_tax_benefits"), Period.parse("2024-06-29"))
                .orElseThrow().value()).isEqualTo(new BigDecimal("7500000"));
        // one 10-K gives two share counts for 2024-06-29 (two classes): neither is kept
        assertThat(f.latest(SeriesKey.of(ACME, "shares_outstanding"), Period.parse("2024-06-29"))).isEmpty();
        // 1 store count + 1 buyback period + 1 unused concept + 1 same-day value + 2 class counts
        assertThat(skipped.stream().mapToInt(ReadNote::skipped).sum()).isEqualTo(6);
    }

    @Test
    void synonyms_canBeOverridden() {
        // read revenue from the ASC 606 concept alone: FY2023 comes only from the 10-K of 2024
        FactSet f = EdgarFacts.read(FactsCsvTest.resource("filings/acme_companyfacts.json"), ReadOptions.defaults()
                .withSynonyms("revenue", List.of("us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax")));
        Fact fy23 = f.latest(SeriesKey.of(ACME, "revenue"), Period.parse("2023")).orElseThrow();
        assertThat(fy23.asOf()).isEqualTo(LocalDate.of(2024, 8, 16));
        assertThat(f.keys()).contains(SeriesKey.of(ACME, "us_gaap_revenues"));
        assertThat(EdgarFacts.synonyms().get("revenue")).startsWith("us-gaap:Revenues");
        // a calendar given overrides the inferred one; an entity given replaces entityName
        FactSet g = EdgarFacts.read(FactsCsvTest.resource("filings/acme_companyfacts.json"),
                ReadOptions.defaults().withEntity("ACME"));
        assertThat(g.entities()).containsExactly("ACME");
    }

    private static Path copyWith(Path dir, String from, String to) throws Exception {
        String json = Files.readString(FactsCsvTest.resource("filings/acme_companyfacts.json"), StandardCharsets.UTF_8);
        assertThat(json).contains(from);
        Path p = dir.resolve("bad.json");
        Files.writeString(p, json.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void valuesBeyondADouble_areErrorsNamingTheFileAndLine_atOnce(@TempDir Path dir) throws Exception {
        // found by ImportersFuzzTest: Jackson's BigDecimal parse of 1e-4009999901 threw "Exponent overflow"
        for (String[] c : new String[][] {{"1e999999999", "is beyond the range of a double"},
            {"1e-4009999901", "is too small for a double"}, {"1e-400", "is too small for a double"}}) {
            Path p = copyWith(dir, "\"val\": 150000000", "\"val\": " + c[0]);
            assertThatThrownBy(() -> EdgarFacts.read(p)).isInstanceOf(KpiDataException.class)
                    .hasMessageStartingWith(p + ":").hasMessageContaining("val '" + c[0] + "' " + c[1])
                    .satisfies(e -> assertThat(((KpiDataException) e).line()).isPositive());
        }
        // a fact that gives "val" twice: the second used to win silently
        Path twice = copyWith(dir, "\"val\": 150000000", "\"val\": 150000000, \"val\": 1");
        assertThatThrownBy(() -> EdgarFacts.read(twice)).isInstanceOf(KpiDataException.class)
                .hasMessageStartingWith(twice + ":").hasMessageContaining("Duplicate field 'val'");
        // 1.5e8 written with an exponent is the same figure as 150000000
        FactSet same = EdgarFacts.read(copyWith(dir, "\"val\": 150000000", "\"val\": 1.5e8"));
        assertThat(same.facts()).hasSameSizeAs(acme().facts());
    }

    @Test
    void truncatedFile_namesTheFileAndTheConcept(@TempDir Path dir) throws Exception {
        byte[] all = Files.readAllBytes(FactsCsvTest.resource("filings/acme_companyfacts.json"));
        Path p = dir.resolve("truncated.json");
        Files.write(p, java.util.Arrays.copyOf(all, all.length / 2));
        assertThatThrownBy(() -> EdgarFacts.read(p)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("truncated.json").hasMessageContaining("truncated or malformed JSON in us-gaap:");
    }

    @Test
    void notEdgar_saysWhatWasExpected(@TempDir Path dir) throws Exception {
        Path p = Files.writeString(dir.resolve("other.json"), "{\"name\": \"not a filing\"}");
        assertThatThrownBy(() -> EdgarFacts.read(p)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("other.json").hasMessageContaining("not an EDGAR companyfacts file");
        Path q = Files.writeString(dir.resolve("array.json"), "[1, 2]");
        assertThatThrownBy(() -> EdgarFacts.read(q)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("does not start with a JSON object");
    }

    @Test
    void factWithoutEnd_namesConceptAndAccession(@TempDir Path dir) throws Exception {
        Path p = copyWith(dir, "\"end\": \"2022-09-24\",", "");
        assertThatThrownBy(() -> EdgarFacts.read(p)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("bad.json")
                .hasMessageContaining("us-gaap:Revenues (USD) fact accn 0009999901-22-000020")
                .hasMessageContaining("has no \"end\"");
    }

    @Test
    void valueBeyondADouble_isAnError(@TempDir Path dir) throws Exception {
        Path p = copyWith(dir, "\"val\": 90000000,", "\"val\": 1e400,");
        assertThatThrownBy(() -> EdgarFacts.read(p)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("accn 0009999901-22-000020, end 2022-09-24")
                .hasMessageContaining("beyond the range of a double");
    }

    @Test
    void badDate_namesTheField(@TempDir Path dir) throws Exception {
        Path p = copyWith(dir, "\"end\": \"2022-09-24\"", "\"end\": \"2022-13-40\"");
        assertThatThrownBy(() -> EdgarFacts.read(p)).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("end '2022-13-40' is not a date");
    }

    @Test
    void missingFile_isAKpiDataException() {
        assertThatThrownBy(() -> EdgarFacts.read(Path.of("no/such/file.json"))).isInstanceOf(KpiDataException.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void keysInAnotherOrder_readTheSame(@TempDir Path dir) throws Exception {
        // the same filer with "facts" before "cik" and "entityName", and each concept's label after its units
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
                m.readTree(FactsCsvTest.resource("filings/acme_companyfacts.json").toFile());
        com.fasterxml.jackson.databind.node.ObjectNode reordered = m.createObjectNode();
        com.fasterxml.jackson.databind.node.ObjectNode facts = reordered.putObject("facts");
        root.get("facts").fields().forEachRemaining(tax -> {
            com.fasterxml.jackson.databind.node.ObjectNode t = facts.putObject(tax.getKey());
            tax.getValue().fields().forEachRemaining(c -> {
                com.fasterxml.jackson.databind.node.ObjectNode body = t.putObject(c.getKey());
                body.set("units", c.getValue().get("units"));
                body.set("label", c.getValue().get("label"));
            });
        });
        reordered.set("cik", root.get("cik"));
        reordered.set("entityName", root.get("entityName"));
        Path p = dir.resolve("reordered.json");
        m.writeValue(p.toFile(), reordered);
        FactSet f = EdgarFacts.read(p);
        assertThat(FactsCsvTest.withoutOrigin(f)).isEqualTo(FactsCsvTest.withoutOrigin(acme()));
        assertThat(f.latest(SeriesKey.of(ACME, "us_gaap_accounts_payable_current"), Period.parse("2024-06-29"))
                .orElseThrow().metric().nameEn()).isEqualTo("Accounts Payable, Current");
    }
}
