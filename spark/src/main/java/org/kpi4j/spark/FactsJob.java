package org.kpi4j.spark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.kpi4j.KpiDataException;
import org.kpi4j.fact.Fact;
import org.kpi4j.fact.FactSet;
import org.kpi4j.io.TidyReader;
import org.kpi4j.io.TidyRows;
import org.kpi4j.reconcile.Reconciliation;

/**
 * An operation on the facts of a partition sorted by series: each batch of whole series becomes a
 * {@link FactSet} read by {@link TidyReader#facts} with {@code FactsCsv}'s rules (as
 * {@code kpi check --file} reads a file), and
 * either {@link Reconciliation#check(FactSet)} runs on it, or the vintages known on a date are
 * picked with {@link FactSet#latest}, or every vintage filed by a date is kept ({@link FactSet#asOf}). Both look only within a series, so a batch of whole series
 * gives the rows the whole fact set would.
 */
final class FactsJob implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final CatalogSpec spec;
    private final RowLayout layout;
    private final RowText text;
    private final int batchRows;
    /** Null to reconcile; else the date whose latest vintages (or every vintage) are kept. */
    private final LocalDate asOf;
    /** With a date: every vintage filed by it rather than the latest of each figure. */
    private final boolean everyVintage;

    private FactsJob(CatalogSpec spec, RowLayout layout, String source, int batchRows, LocalDate asOf,
            boolean everyVintage) {
        this.spec = spec;
        this.layout = layout;
        this.text = new RowText(source, layout);
        this.batchRows = batchRows;
        this.asOf = asOf;
        this.everyVintage = everyVintage;
    }

    static FactsJob reconcile(CatalogSpec spec, RowLayout layout, String source, int batchRows) {
        return new FactsJob(spec, layout, source, batchRows, null, false);
    }

    static FactsJob latestAsOf(CatalogSpec spec, RowLayout layout, String source, int batchRows, LocalDate date) {
        return new FactsJob(spec, layout, source, batchRows, date, false);
    }

    static FactsJob filedBy(CatalogSpec spec, RowLayout layout, String source, int batchRows, LocalDate date) {
        return new FactsJob(spec, layout, source, batchRows, date, true);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new SeriesBatches(rows, layout, batchRows, this::run);
    }

    private Iterator<Row> run(List<Row> batch) {
        FactSet facts;
        try {
            facts = TidyReader.facts("facts", batch.stream().map(text::view).iterator(), spec.catalog(),
                    spec.calendar());
        } catch (KpiDataException e) {
            throw text.translate(e, batch);
        }
        return (asOf == null ? checks(facts) : everyVintage ? filed(facts, batch) : latest(facts, batch)).iterator();
    }

    /** The checks as {@link TidyRows#checks} gives them to {@code kpi check --format csv}, numbers as doubles. */
    private static List<Row> checks(FactSet facts) {
        List<Row> out = new ArrayList<>();
        for (Map<String, Object> m : TidyRows.checks(Reconciliation.check(facts))) {
            Object[] v = new Object[TidyRows.CHECK_COLUMNS.size()];
            for (int i = 0; i < v.length; i++) {
                Object x = m.get(TidyRows.CHECK_COLUMNS.get(i));
                v[i] = x instanceof BigDecimal && SparkKpi.checkSchema().fields()[i].dataType()
                        .equals(org.apache.spark.sql.types.DataTypes.DoubleType) ? ((BigDecimal) x).doubleValue()
                        : x instanceof BigDecimal ? ((BigDecimal) x).toPlainString() : x;
            }
            out.add(RowFactory.create(v));
        }
        return out;
    }

    /**
     * The input rows of the figures known on the date: per series and period (after the basis, so
     * {@code 2024Q3,ytd} and {@code 2024Q1-Q3} are one figure), the vintage {@link FactSet#latest}
     * picks among those with no as_of or one on or before the date; a row without a value (a CAGR
     * printed alone) is kept from its latest report in the same way.
     */
    private List<Row> latest(FactSet facts, List<Row> batch) {
        FactSet known = facts.filter(f -> f.asOf() == null || !f.asOf().isAfter(asOf));
        Set<Object> seen = new HashSet<>();
        List<Row> out = new ArrayList<>();
        for (Fact f : known.facts()) {
            if (seen.add(List.of(f.key(), f.period(), f.hasValue()))) {
                Fact l = f.hasValue() ? known.latest(f.key(), f.period()).orElseThrow()
                        : known.vintages(f.key(), f.period()).stream().filter(v -> !v.hasValue())
                                .reduce((a, b) -> b).orElseThrow();
                Row r = batch.get(l.origin().line() - 1);
                Object[] v = new Object[layout.width()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = r.get(i);
                }
                out.add(RowFactory.create(v));
            }
        }
        return out;
    }

    /**
     * The input rows filed on or before the date, every vintage of each figure, as {@link FactSet#asOf}
     * keeps them (an undated row cannot be shown to have been filed by then and is left out).
     */
    private List<Row> filed(FactSet facts, List<Row> batch) {
        List<Row> out = new ArrayList<>();
        for (Fact f : facts.asOf(asOf).facts()) {
            Row r = batch.get(f.origin().line() - 1);
            Object[] v = new Object[layout.width()];
            for (int i = 0; i < v.length; i++) {
                v[i] = r.get(i);
            }
            out.add(RowFactory.create(v));
        }
        return out;
    }
}
