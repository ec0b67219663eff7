package org.kpi4j.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.FactSet;
import org.kpi4j.io.EdgarFacts;
import org.kpi4j.io.EdgarFrames;
import org.kpi4j.io.SinaReports;
import org.kpi4j.io.TushareCsv;

/**
 * Fuzzes the readers of filings: SEC EDGAR companyfacts, companyconcept and frames, Sina finance
 * reports and tushare CSV. Either a {@link KpiDataException} naming the file, on one line (and a
 * line for tushare's CSV; the JSON readers name the concept or item, and the line where their
 * streaming read has one), or facts whose every derived number is finite or absent. The readers take
 * files, so each input is written to one temporary file, named as the reader expects.
 */
class ImportersFuzzTest {

    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("kpi4j-fuzz");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void read(byte[] input, String name, boolean lines, Function<Path, FactSet> reader) {
        Path f = DIR.resolve(name);
        try {
            Files.write(f, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FactSet facts;
        try {
            facts = reader.apply(f);
        } catch (KpiDataException e) {
            if (lines) {
                Invariants.placed(e, f.toString());
            } else {
                Invariants.oneLine(e);
                if (!e.source().orElse("").equals(f.toString()) || !e.getMessage().startsWith(f.toString())) {
                    throw new AssertionError("a data error must name " + f + ": " + e.getMessage(), e);
                }
            }
            return;
        }
        Invariants.analyse(facts, new String(input, StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"\"facts\":{", "\"us-gaap\":{", "\"dei\":{", "\"units\":{", "\"USD\":[", "\"shares\":[",
            "\"USD/shares\":[", "\"pure\":[", "\"start\":\"2023-01-01\"", "\"end\":\"2023-12-31\"", "\"val\":", "\"accn\":",
            "\"fy\":2023", "\"fp\":\"FY\"", "\"form\":\"10-K\"", "\"filed\":\"2024-02-01\"", "\"frame\":\"CY2023\"",
            "\"Revenues\":{", "\"Assets\":{", "\"cik\":", "\"entityName\":", "1e400", "1e-400"})
    void edgarCompanyFacts(byte[] input) {
        // companyfacts (every concept) or, for inputs of odd length, companyconcept (one)
        read(input, "CIK0000000001.json", false, input.length % 2 == 0 ? EdgarFacts::read
                : f -> EdgarFacts.readConcept(f, org.kpi4j.fact.ReadOptions.defaults()));
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"\"taxonomy\":\"us-gaap\"", "\"tag\":\"Revenues\"", "\"units\":{", "\"USD\":[", "\"data\":[",
            "\"ccp\":\"CY2023\"", "\"cik\":", "\"entityName\":", "\"loc\":\"US-CA\"", "\"start\":\"2023-01-01\"",
            "\"end\":\"2023-12-31\"", "\"val\":", "\"accn\":", "\"uom\":\"USD\"", "\"label\":", "1e400"})
    void edgarFrames(byte[] input) {
        read(input, "frame.json", false, EdgarFrames::read);
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"\"result\":{", "\"data\":{", "\"report_list\":{", "\"20241231\":{", "\"20240930\":{", "\"data\":[",
            "\"item_field\":", "\"item_value\":", "\"item_title\":", "\"rType\":", "\"BIZINCO\"", "\"NETPROFIT\"",
            "\"TOTASSET\"", "\"publish_date\":", "\"report_date\":", "1e400", "\"--\""})
    void sina(byte[] input) {
        read(input, "sina_lrb_sh600000.json", false, SinaReports::read);
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"ts_code,ann_date,f_ann_date,end_date,report_type,comp_type,total_revenue,revenue,n_income",
            "600000.SH", "20241231", "20240930", "20240630", "20250328", "total_assets", "total_liab", "basic_eps",
            "1e400", "1e-400"})
    void tushare(byte[] input) {
        read(input, "tushare_income_600000.SH.csv", true, TushareCsv::read);
    }
}
