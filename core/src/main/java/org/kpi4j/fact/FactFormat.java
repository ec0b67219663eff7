package org.kpi4j.fact;

import java.nio.file.Path;

/**
 * A file format that facts can be read from: the service interface behind
 * {@link FactSet#read(Path)}, which finds the installed formats with {@link java.util.ServiceLoader}.
 *
 * <p>Module {@code org.kpi4j.io} provides the formats kpi4j knows: tidy CSV and JSON, SEC EDGAR
 * companyfacts, companyconcept and frames, Sina finance reports and tushare CSV. A format of one's
 * own is a class with a public no-argument constructor, named in
 * {@code META-INF/services/org.kpi4j.fact.FactFormat} on the class path or with
 * {@code provides org.kpi4j.fact.FactFormat with ...} in a module. Implementations must be
 * immutable and thread-safe.
 *
 * <pre>{@code
 * List<String> names = FactSet.formats().stream().map(FactFormat::name).toList();
 * // [tidy-csv, tidy-json, edgar-companyfacts, edgar-companyconcept, edgar-frames, sina, tushare]
 * }</pre>
 */
public interface FactFormat {

    /**
     * Returns the format's name, by which {@link ReadOptions#withFormat(String)} (and the command
     * line's {@code --format}) forces it: lower case, words joined by hyphens.
     *
     * @return the name, such as {@code edgar-companyfacts}, not null
     */
    String name();

    /**
     * Returns what the format is, in a few words, for help texts and error messages.
     *
     * @return the description, such as {@code SEC EDGAR companyfacts JSON}, not null
     */
    String description();

    /**
     * Returns true if a file looks like this format. Only the start of the file is given: the
     * detection must not claim a file of another known format, and should accept a valid file of
     * this one whatever its name.
     *
     * @param fileName the file's name (without directories), not null
     * @param head the file's first bytes (up to 64 KiB, fewer for a small file), not null
     * @return true if the file is of this format
     */
    boolean detects(String fileName, byte[] head);

    /**
     * Reads a file of this format.
     *
     * @param file the file, not null
     * @param options the catalog, calendar and other choices, not null
     * @return the facts, with notes on anything skipped, not null
     * @throws org.kpi4j.KpiDataException if the file is missing, unreadable or holds bad data
     */
    FactSet read(Path file, ReadOptions options);
}
