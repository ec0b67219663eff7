package org.kpi4j.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.FactSet;
import org.kpi4j.fact.ReadOptions;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;

/**
 * Reads a filer's XBRL facts as the SEC serves them, {@code companyfacts} (every concept,
 * {@code data.sec.gov/api/xbrl/companyfacts/CIK##########.json}) or {@code companyconcept} (one
 * concept), into a {@link FactSet} with every vintage.
 *
 * <p><b>Periods</b> come from each fact's {@code start} and {@code end} (no {@code start}: an
 * instant), never from {@code fy}/{@code fp}, which describe the filing that carried the number
 * (a 10-K lists three years under {@code fy} of the latest). The fiscal calendar is inferred from
 * the filer's annual durations (see {@link FiscalCalendar}): Apple's 52/53-week years ending the
 * last Saturday of September, Snowflake's years ending 31 January (February 2024 to January 2025 is
 * fiscal {@code 2025}). Durations of one, two, three and four fiscal quarters from a year's start are
 * {@code 2025Q1}, {@code 2025H1}, {@code 2025Q1-Q3} and {@code 2025}; a single quarter is
 * {@code 2025Q3} (a 14-week quarter too); anything else (a trailing twelve months, a stub period)
 * is skipped and counted in a {@link FactSet#notes() note}. A fourth quarter is rarely filed: the
 * series' {@code toDiscreteQuarters()} derives it as the year less Q1-Q3 and marks it derived.
 *
 * <p><b>Vintages:</b> {@code as_of} is the filing date; the source names form, accession and
 * concept ({@code EDGAR 10-K 0000320193-24-000123 us-gaap:Assets}). A figure repeated by later
 * filings is kept once, dated by its first filing; a changed value (a 10-K/A, an 8-K recast) is a
 * new vintage, so that {@link FactSet#asOf(LocalDate)} shows what had been filed by a date.
 *
 * <p><b>Metrics</b> come from a synonym table ({@link #synonyms()}, overridable with
 * {@link ReadOptions#withSynonyms}): revenue from {@code Revenues},
 * {@code RevenueFromContractWithCustomerExcludingAssessedTax} or {@code SalesRevenueNet} (per period
 * and filing the first present, so nothing is counted twice), net profit, EPS, total assets and so
 * on. Every other concept is kept under an id derived from it ({@code us_gaap_accounts_payable_current}).
 * Units: {@code USD}, {@code USD/shares} (USD/share), {@code shares} (股), {@code pure} (a ratio);
 * a fact in any other unit ({@code Year}, {@code EUR}, {@code Store}) is skipped and counted.
 *
 * <p><b>Errors:</b> a truncated or malformed file, a file that is not EDGAR JSON, a fact without
 * {@code end} or {@code val}, a value beyond a double: a {@link KpiDataException} naming the file,
 * the concept and the fact (accession, end).
 *
 * <pre>{@code
 * // a filer's data.sec.gov/api/xbrl/companyfacts/CIK##########.json (here a made-up one)
 * FactSet filer = EdgarFacts.read(Path.of("companyfacts.json"));
 * KpiSeries quarters = filer.series("Acme Widgets Inc.", "revenue").toDiscreteQuarters();   // Q4 derived
 * filer.calendar();                                   // 52-53 weeks, last SATURDAY of JUNE, extra week in Q4
 * filer.notes();                                      // what was skipped, and why
 * filer.asOf(LocalDate.of(2023, 9, 30));              // before the 10-K/A of November 2023
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EdgarFacts {

    private EdgarFacts() {
    }

    /**
     * Reads a companyfacts file with the standard catalog and synonyms and the inferred calendar.
     *
     * @param file the file, not null
     * @return the facts, not null
     * @throws KpiDataException if the file is missing, unreadable or holds bad data
     */
    public static FactSet read(Path file) {
        return read(file, ReadOptions.defaults());
    }

    /**
     * Reads a companyfacts file.
     *
     * @param file the file, not null
     * @param options the catalog, synonyms, a calendar that overrides the inferred one, an entity
     *     that overrides {@code entityName}; not null
     * @return the facts, not null
     * @throws KpiDataException if the file is missing, unreadable or holds bad data
     */
    public static FactSet read(Path file, ReadOptions options) {
        return readFile(file, options, false);
    }

    /**
     * Reads a companyconcept file (one concept of one filer,
     * {@code data.sec.gov/api/xbrl/companyconcept/CIK##########/us-gaap/Assets.json}).
     *
     * @param file the file, not null
     * @param options as for {@link #read(Path, ReadOptions)}, not null
     * @return the facts, not null
     * @throws KpiDataException if the file is missing, unreadable or holds bad data
     */
    public static FactSet readConcept(Path file, ReadOptions options) {
        return readFile(file, options, true);
    }

    /**
     * Returns the standard synonym table: metric id to EDGAR concepts ({@code taxonomy:Concept}), most
     * preferred first.
     *
     * @return the table, unmodifiable, not null
     */
    public static Map<String, List<String>> synonyms() {
        return XbrlMetrics.STANDARD;
    }

    private static FactSet readFile(Path file, ReadOptions options, boolean concept) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        String source = file.toString();
        EdgarJson.Parsed parsed;
        try (InputStream in = Files.newInputStream(file)) {
            parsed = concept ? EdgarJson.companyConcept(in, source) : EdgarJson.companyFacts(in, source);
        } catch (NoSuchFileException e) {
            throw KpiDataException.at(source, 0, null, null, "no such file", e);
        } catch (IOException e) {
            throw KpiDataException.at(source, 0, null, null, "cannot read the file: " + e.getMessage(), e);
        }
        return toFacts(parsed, source, options);
    }

    static FactSet toFacts(EdgarJson.Parsed parsed, String source, ReadOptions options) {
        SkipNotes notes = new SkipNotes();
        FiscalCalendar calendar;
        if (options.calendar().isPresent()) {
            calendar = options.calendar().get();
        } else {
            Map<XbrlFact.Span, LocalDate[]> durations = new LinkedHashMap<>();
            List<LocalDate> yearEnds = new ArrayList<>();
            for (XbrlFact f : parsed.facts()) {
                if (f.start() != null) {
                    durations.computeIfAbsent(f.span(), k -> new LocalDate[] {f.start(), f.end()});
                } else if (f.form().startsWith("10-K")) {
                    yearEnds.add(f.end());
                }
            }
            CalendarFit.Fit fit = CalendarFit.infer(durations.values(), yearEnds);
            calendar = fit.calendar();
            notes.remark("fiscal calendar " + fit.how());
        }
        String entity = options.entity().orElse(null);
        List<XbrlFact> facts = parsed.facts();
        if (entity != null) {
            List<XbrlFact> renamed = new ArrayList<>(facts.size());
            for (XbrlFact f : facts) {
                renamed.add(new XbrlFact(f.taxonomy(), f.concept(), f.qualifiedConcept(), f.label(), f.unit(), f.start(),
                        f.end(), f.value(), f.accn(), f.form(), f.filed(), entity, f.cik()));
            }
            facts = renamed;
        }
        FiscalCalendar cal = calendar;
        Map<XbrlFact.Span, Optional<Period>> cache = new HashMap<>();
        try {
            return new XbrlFacts(XbrlFacts.fileName(source), options, notes).build(facts, cal,
                    f -> cache.computeIfAbsent(f.span(), k -> Optional.ofNullable(XbrlFacts.fiscalPeriod(f.start(), f.end(),
                            cal))).orElse(null),
                    f -> XbrlFacts.noFiscalPeriod(cal),
                    f -> "EDGAR " + (f.form().isEmpty() ? "" : f.form() + " ") + f.accn() + " " + f.qualifiedConcept());
        } catch (KpiDataException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw KpiDataException.at(source, 0, null, null, e.getMessage(), e);
        }
    }
}
