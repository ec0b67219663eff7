package org.kpi4j.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.kpi4j.KpiDataException;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.io.PanelCsv;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.SeriesKey;

/**
 * One panel operation over a partition of facts sorted by series: each batch of whole series is
 * read into a {@link KpiPanel} with {@link PanelCsv}'s rules and the panel's own operation runs on
 * it, so every value is the one the core computes for that series.
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
    private final RowLayout layout;
    private final CsvBatch csv;
    private final int batchRows;

    PanelJob(Op op, GrowthConvention convention, CatalogSpec spec, RowLayout layout, String source, int batchRows) {
        this.op = op;
        this.convention = convention;
        this.spec = spec;
        this.layout = layout;
        this.csv = CsvBatch.of(source, CsvBatch.PANEL_FIELDS, layout);
        this.batchRows = batchRows;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        return new SeriesBatches(rows, layout, batchRows, this::run);
    }

    private Iterator<Row> run(List<Row> batch) {
        KpiPanel p;
        try {
            p = PanelCsv.read(csv.csv(batch), "facts", spec.catalog(), spec.calendar(), PanelCsv.Layout.QUARTERLY);
        } catch (KpiDataException e) {
            throw csv.translate(e, batch);
        }
        return cells(apply(p)).iterator();
    }

    private KpiPanel apply(KpiPanel p) {
        switch (op) {
            case DISCRETE:
                return p;
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

    /** One row per present value: entity, metric, segment, period, value, unit. */
    private static List<Row> cells(KpiPanel p) {
        int q = p.quarterCount();
        String[] periods = new String[q];
        for (int c = 0; c < q; c++) {
            periods[c] = p.quarter(c).toString();
        }
        List<Row> out = new ArrayList<>();
        for (int s = 0; s < p.seriesCount(); s++) {
            SeriesKey k = p.key(s);
            String unit = p.unit(s).symbol();
            double[] v = p.row(s);
            for (int c = 0; c < q; c++) {
                if (!Double.isNaN(v[c])) {
                    out.add(RowFactory.create(k.entity(), k.metric(), k.segment(), periods[c], v[c], unit));
                }
            }
        }
        return out;
    }
}
