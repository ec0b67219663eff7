package org.kpi4j.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.kpi4j.KpiDataException;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.io.TidyReader;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.PanelLayout;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.time.Period;

/**
 * One panel operation over a partition of facts sorted by series: each batch of whole series is
 * read into a {@link KpiPanel} by {@link TidyReader#panel} (the rules of {@code PanelCsv}, through
 * the core's {@code PanelAssembler}) and the panel's own operation runs on it, so every value, every
 * unit and every series left out is what the core gives for those facts.
 */
final class PanelJob implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** The panel operations. */
    enum Op {
        DISCRETE, YOY, QOQ, TTM
    }

    private final Op op;
    private final GrowthConvention convention;
    private final CatalogSpec spec;
    private final PanelLayout layout;
    private final RowLayout rows;
    private final RowText text;
    private final int batchRows;

    PanelJob(Op op, GrowthConvention convention, CatalogSpec spec, PanelLayout layout, RowLayout rows, String source,
            int batchRows) {
        this.op = op;
        this.convention = convention;
        this.spec = spec;
        this.layout = layout;
        this.rows = rows;
        this.text = new RowText(source, rows);
        this.batchRows = batchRows;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> in) {
        return new SeriesBatches(in, rows, batchRows, this::run);
    }

    private Iterator<Row> run(List<Row> batch) {
        KpiPanel p;
        try {
            p = TidyReader.panel("facts", batch.stream().map(text::view).iterator(), spec.catalog(), spec.calendar(),
                    layout);
        } catch (KpiDataException e) {
            throw text.translate(e, batch);
        }
        return cells(p, apply(p)).iterator();
    }

    private KpiPanel apply(KpiPanel p) {
        switch (op) {
            case DISCRETE:
                return p.toDiscreteQuarters();
            case YOY:
                return p.yoy(convention);
            case QOQ:
                return p.qoq(convention);
            case TTM:
                return p.ttm();
            default:
                throw new AssertionError(op);
        }
    }

    /**
     * One row per present value (entity, metric, segment, period, value, unit, null), one per series
     * the operation left out (entity, metric, segment, null, null, null, the core's note), and one per
     * note on figures of a series (left out as filed before a restatement, beyond a double). A cell
     * is labelled as {@link KpiPanel#period} gives it: a YoY of figures kept year-to-date with the span
     * it compares ({@code 2024H1}, {@code 2024}), not with the quarter it ends in.
     */
    private List<Row> cells(KpiPanel in, KpiPanel p) {
        int q = p.quarterCount();
        String[] quarters = new String[q];
        String[] spans = new String[q];
        for (int c = 0; c < q; c++) {
            Period quarter = p.quarter(c);
            quarters[c] = quarter.toString();
            spans[c] = Period.ytd(quarter.year(), quarter.lastQuarter()).toString();
        }
        List<Row> out = new ArrayList<>();
        Set<SeriesKey> kept = new HashSet<>();
        for (int s = 0; s < p.seriesCount(); s++) {
            SeriesKey k = p.key(s);
            kept.add(k);
            String unit = p.unit(s).symbol();
            String[] labels = p.spansYearToDate(s) ? spans : quarters; // as KpiPanel.period labels its cells
            double[] v = p.row(s);
            for (int c = 0; c < q; c++) {
                if (!Double.isNaN(v[c])) {
                    out.add(RowFactory.create(k.entity(), k.metric(), k.segment(), labels[c], v[c], unit, null));
                }
            }
        }
        // the notes by the series they name ("skipped KEY: ..." or "KEY: ..."), in one pass over them
        Map<String, List<String>> byKey = new HashMap<>();
        for (String note : p.notes()) {
            // a key may hold ": " itself, so every prefix before one is a candidate
            for (int at = note.indexOf(": "); at >= 0; at = note.indexOf(": ", at + 1)) {
                byKey.computeIfAbsent(note.substring(0, at), x -> new ArrayList<>()).add(note);
            }
        }
        for (int s = 0; s < in.seriesCount(); s++) {
            SeriesKey k = in.key(s);
            if (!kept.contains(k)) {
                List<String> why = byKey.get("skipped " + k);
                String note = why != null ? why.get(0)
                        : "skipped " + k + ": left out by " + op.name().toLowerCase(java.util.Locale.ROOT);
                out.add(RowFactory.create(k.entity(), k.metric(), k.segment(), null, null, null, note));
            }
        }
        for (int s = 0; s < in.seriesCount(); s++) {
            SeriesKey k = in.key(s);
            for (String note : byKey.getOrDefault(k.toString(), List.of())) {
                out.add(RowFactory.create(k.entity(), k.metric(), k.segment(), null, null, null, note));
            }
        }
        return out;
    }
}
