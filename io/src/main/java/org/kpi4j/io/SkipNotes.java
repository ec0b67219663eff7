package org.kpi4j.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kpi4j.fact.ReadNote;

/** Counts what a reader skipped, by reason, keeping the first example of each, for {@link ReadNote}s. */
final class SkipNotes {

    private static final class Entry {
        int count;
        final String example;

        Entry(String example) {
            this.example = example;
        }
    }

    private final Map<String, Entry> skipped = new LinkedHashMap<>();
    private final List<ReadNote> remarks = new ArrayList<>();

    /** Counts one skipped figure under a reason (a sentence without the count). */
    void skip(String reason, String example) {
        skipped.computeIfAbsent(reason, r -> new Entry(example)).count++;
    }

    /** Adds a remark that skips nothing (a calendar inferred, repeats merged). */
    void remark(String text) {
        remarks.add(new ReadNote(0, text));
    }

    int skippedCount() {
        return skipped.values().stream().mapToInt(e -> e.count).sum();
    }

    List<ReadNote> notes() {
        List<ReadNote> out = new ArrayList<>(remarks);
        for (Map.Entry<String, Entry> e : skipped.entrySet()) {
            Entry x = e.getValue();
            out.add(new ReadNote(x.count, e.getKey() + (x.example == null ? "" : " (" + (x.count == 1 ? "" : "first: ")
                    + x.example + ")")));
        }
        return out;
    }
}
