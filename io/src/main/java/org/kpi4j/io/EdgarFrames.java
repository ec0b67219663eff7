package org.kpi4j.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.FactSet;
import org.kpi4j.fact.ReadOptions;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;

/**
 * Reads an EDGAR {@code frames} file: one concept in one unit for one calendar period, one fact per
 * filer ({@code data.sec.gov/api/xbrl/frames/us-gaap/Assets/USD/CY2024Q4I.json}), into a
 * {@link FactSet} with an entity per filer.
 *
 * <p>The SEC builds a frame from each filer's fact that best fits the calendar period it names,
 * whatever the filer's fiscal calendar, so the period here is the frame's: {@code CY2024} is
 * {@code 2024}, {@code CY2024Q3} is {@code 2024Q3} and {@code CY2024Q4I} the instant 2024-12-31,
 * on the calendar-year calendar; each filer's own dates are kept in the source. A frame lists no
 * filing dates, so its facts have no {@code as_of}. Concepts map to metrics as in
 * {@link EdgarFacts}.
 *
 * <pre>{@code
 * // data.sec.gov/api/xbrl/frames/us-gaap/Assets/USD/CY2023Q4I.json (here a made-up one of three filers)
 * FactSet assets = EdgarFrames.read(Path.of("frame.json"));
 * assets.entities();   // [Acme Widgets Inc., Beta Tools Corp., Gamma Foods Co.], each at 2023-12-31
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EdgarFrames {

    private static final Pattern FRAME = Pattern.compile("CY(\\d{4})(?:Q([1-4]))?(I)?");

    private EdgarFrames() {
    }

    /**
     * Reads a frames file with the standard catalog and synonyms.
     *
     * @param file the file, not null
     * @return the facts, not null
     * @throws KpiDataException if the file is missing, unreadable or holds bad data
     */
    public static FactSet read(Path file) {
        return read(file, ReadOptions.defaults());
    }

    /**
     * Reads a frames file.
     *
     * @param file the file, not null
     * @param options the catalog and synonyms (a calendar or entity given is not used: a frame is a
     *     calendar period across filers), not null
     * @return the facts, not null
     * @throws KpiDataException if the file is missing, unreadable, holds bad data or names no
     *     calendar period ({@code ccp} such as {@code CY2024Q4I})
     */
    public static FactSet read(Path file, ReadOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        String source = file.toString();
        EdgarJson.Parsed parsed;
        try (InputStream in = Files.newInputStream(file)) {
            parsed = EdgarJson.frames(in, source);
        } catch (NoSuchFileException e) {
            throw KpiDataException.at(source, 0, null, null, "no such file", e);
        } catch (IOException e) {
            throw KpiDataException.at(source, 0, null, null, "cannot read the file: " + e.getMessage(), e);
        }
        String ccp = parsed.frame();
        Matcher m = ccp == null ? null : FRAME.matcher(ccp);
        if (m == null || !m.matches()) {
            throw KpiDataException.at(source, 0, "ccp", ccp, "the frame's calendar period \"ccp\" is "
                    + (ccp == null ? "missing" : "'" + ccp + "'") + "; expected CY2024, CY2024Q3 or CY2024Q4I");
        }
        int year = Integer.parseInt(m.group(1));
        Period duration;
        try {
            duration = m.group(2) == null ? Period.year(year) : Period.quarter(year, Integer.parseInt(m.group(2)));
        } catch (IllegalArgumentException e) { // CY0023: a year kpi4j does not hold
            throw KpiDataException.at(source, 0, "ccp", ccp, "the frame's calendar period '" + ccp + "': "
                    + e.getMessage(), e);
        }
        FiscalCalendar cal = FiscalCalendar.calendarYear();
        Period period = m.group(3) != null ? cal.instantAtEnd(duration) : duration;
        SkipNotes notes = new SkipNotes();
        try {
            return new XbrlFacts(XbrlFacts.fileName(source), options, notes).build(parsed.facts(), cal,
                    f -> (f.start() == null) == period.isInstant() ? period : null,
                    f -> "a " + (f.start() == null ? "instant" : "duration") + " in a frame of "
                            + (period.isInstant() ? "instants" : "durations"),
                    f -> "EDGAR frames " + ccp + " " + f.accn() + " " + f.qualifiedConcept() + " "
                            + (f.start() == null ? "at " + f.end() : f.start() + ".." + f.end()));
        } catch (KpiDataException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw KpiDataException.at(source, 0, null, null, e.getMessage(), e);
        }
    }

}
