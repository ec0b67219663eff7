package org.kpi4j.report;

import java.util.ArrayList;
import java.util.List;
import org.kpi4j.fact.ReadNote;
import org.kpi4j.series.SeriesKey;

/** The notes a report adds about its facts as filed: restated figures and what the reader skipped. */
final class Notes {

    /** Restatements listed per series before the rest are counted. */
    static final int SHOWN = 4;

    private Notes() {
    }

    /**
     * One note per headline series with restated figures: which periods a later filing changed, from
     * what to what. The report uses the latest filing of each figure.
     */
    static List<String> restatements(Context ctx, List<String> entities) {
        Words w = ctx.words;
        List<String> out = new ArrayList<>();
        for (String e : entities) {
            for (String m : ctx.options.headline()) {
                for (SeriesKey k : ctx.facts.keys()) {
                    if (!k.entity().equals(e) || !k.metric().equals(m)) {
                        continue;
                    }
                    List<String> r = ctx.restatements(k);
                    if (r.isEmpty()) {
                        continue;
                    }
                    List<String> shown = r.subList(0, Math.min(SHOWN, r.size()));
                    String more = r.size() > SHOWN ? w.pick(", and " + (r.size() - SHOWN) + " more",
                            "，另有 " + (r.size() - SHOWN) + " 期") : "";
                    out.add(w.pick("restated (a later filing printed another figure; the report uses the latest): ",
                            "重述（后续报告改动了数字；本报告采用最新值）：") + w.entity(e) + " · "
                            + w.series(k.metric(), k.segment()) + " " + String.join(w.pick("; ", "；"), shown) + more);
                }
            }
        }
        return out;
    }

    /** What the reader of the file skipped or merged: its own words in English, a count in Chinese. */
    static List<String> reading(Context ctx) {
        List<ReadNote> notes = ctx.facts.notes();
        if (notes.isEmpty()) {
            return List.of();
        }
        if (ctx.options.language() == org.kpi4j.format.Language.EN) {
            return notes.stream().map(n -> "read: " + n).toList();
        }
        int skipped = notes.stream().mapToInt(ReadNote::skipped).sum();
        return List.of("读取时未采用 " + skipped + " 项源数据（共 " + notes.size() + " 条读取说明，kpi import 可列出原因）");
    }
}
