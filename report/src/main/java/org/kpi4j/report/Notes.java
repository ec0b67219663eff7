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
        // remarks (the calendar inferred, repeats kept once) as the reader words them; what it skipped as a count
        List<String> out = new ArrayList<>();
        int skipped = 0;
        int reasons = 0;
        for (ReadNote n : notes) {
            if (n.skipped() == 0) {
                if (ctx.options.language() == org.kpi4j.format.Language.EN) {
                    out.add("read: " + n.text());
                }
            } else {
                skipped += n.skipped();
                reasons++;
            }
        }
        if (skipped > 0) {
            out.add(ctx.words.pick("read: " + skipped + " source figures skipped, for " + reasons
                    + " reasons ('kpi import FILE' lists them)", "读取时未采用 " + skipped + " 项源数据（" + reasons
                    + " 类原因，kpi import 可列出）"));
        }
        return out;
    }
}
