package org.kpi4j.series;

import java.util.ArrayList;
import java.util.List;
import org.kpi4j.format.Cell;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.KpiTable;
import org.kpi4j.unit.Unit;

/** How series and panels print: their {@link KpiTable}s, and a series' notes. */
final class SeriesTables {

    private SeriesTables() {
    }

    static KpiTable series(KpiSeries s, KpiFormat format) {
        KpiTable.Builder t = KpiTable.builder("period", "value", "unit", "source")
                .title(s.label() + (s.transform() == Transform.REPORTED ? "" : " (" + s.transform() + ")") + ", "
                        + s.size() + " points");
        boolean anyDerived = false;
        boolean anyApprox = false;
        for (int i = 0; i < s.size(); i++) {
            Provenance pv = s.provenance(i);
            anyDerived |= pv.derived();
            anyApprox |= pv.approximate();
            t.row(Cell.text(s.period(i)), Cell.number(s.value(i), s.decimals(i), (pv.derived() ? "*" : "")
                    + (pv.approximate() ? "~" : ""), format), Cell.text(format.unit(s.unit())),
                    Cell.text(pv.derived() ? pv.formula() : pv.source()));
        }
        t.footnote(((anyDerived ? "* derived  " : "") + (anyApprox ? "~ approximate" : "")).strip());
        return t.build();
    }

    /** See {@link KpiSeries#notes()}. */
    static List<String> notes(KpiSeries s) {
        List<String> out = new ArrayList<>(s.dropped().size());
        new java.util.TreeMap<>(s.dropped()).forEach((p, why) -> out.add(s.label() + ": " + p + ": " + why));
        return out;
    }

    static KpiTable panel(KpiPanel p, KpiFormat f) {
        int cols = Math.min(p.quarters, 6);
        int rows = Math.min(p.keys.length, 10);
        List<String> header = new ArrayList<>();
        header.add("series");
        header.add("unit");
        for (int c = 0; c < cols; c++) {
            header.add(p.quarter(p.quarters - cols + c).toString());
        }
        KpiTable.Builder t = KpiTable.builder(header).title(String.format("KpiPanel: %,d series × %d quarters (%s..%s)",
                p.keys.length, p.quarters, p.quarter(0), p.quarter(p.quarters - 1)));
        for (int s = 0; s < rows; s++) {
            List<Cell> r = new ArrayList<>();
            boolean plain = p.transforms[s] == Transform.REPORTED || p.transforms[s] == Transform.DISCRETE;
            // a column is a quarter; a series of year-to-date spans says so (its 2024Q2 is 2024H1)
            String state = p.spansYearToDate(s) && p.transforms[s] != Transform.YEAR_TO_DATE
                    ? p.transforms[s] + " of year-to-date figures" : String.valueOf(p.transforms[s]);
            r.add(Cell.text(p.keys[s] + (plain ? "" : " (" + state + ")")));
            r.add(Cell.text(f.unit(p.units[s])));
            for (int c = 0; c < cols; c++) {
                double v = p.values[s * p.quarters + p.quarters - cols + c];
                r.add(p.units[s].equals(Unit.RATIO) ? Cell.change(v, 2, f)
                        : p.units[s].equals(Unit.POINTS) ? Cell.points(v, 2, f) : Cell.number(v, 2, f));
            }
            t.row(r);
        }
        if (p.keys.length > rows) {
            t.footnote(String.format("... %,d more series", p.keys.length - rows));
        }
        if (p.quarters > cols) {
            t.footnote(String.format("the last %d of %d quarters shown", cols, p.quarters));
        }
        p.notes().forEach(t::footnote);
        return t.build();
    }
}
