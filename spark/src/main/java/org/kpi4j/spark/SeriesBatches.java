package org.kpi4j.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/**
 * The output of a partition, made batch by batch: rows sorted by series key are cut into batches
 * of whole series (about {@code size} rows each; a longer series makes a batch of its own), and
 * each batch is handed to the operation, so a partition is never held in memory at once.
 */
final class SeriesBatches implements Iterator<Row> {

    private final Iterator<Row> in;
    private final RowLayout layout;
    private final int size;
    private final Function<List<Row>, Iterator<Row>> op;
    private Row next;
    private Iterator<Row> out = Collections.emptyIterator();

    SeriesBatches(Iterator<Row> in, RowLayout layout, int size, Function<List<Row>, Iterator<Row>> op) {
        this.in = in;
        this.layout = layout;
        this.size = size;
        this.op = op;
        this.next = in.hasNext() ? in.next() : null;
    }

    @Override
    public boolean hasNext() {
        while (!out.hasNext() && next != null) {
            out = op.apply(batch());
        }
        return out.hasNext();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return out.next();
    }

    /** The next rows up to a series boundary after {@code size} rows. */
    private List<Row> batch() {
        List<Row> b = new ArrayList<>(Math.min(size, 1 << 16) + 16);
        Row last = null;
        while (next != null && (b.size() < size || sameSeries(last, next))) {
            b.add(next);
            last = next;
            next = in.hasNext() ? in.next() : null;
        }
        return b;
    }

    private boolean sameSeries(Row a, Row b) {
        return Objects.equals(a.get(layout.entity()), b.get(layout.entity()))
                && Objects.equals(a.get(layout.metric()), b.get(layout.metric()))
                && Objects.equals(a.get(layout.segment()), b.get(layout.segment()));
    }
}
