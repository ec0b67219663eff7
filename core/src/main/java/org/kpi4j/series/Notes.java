package org.kpi4j.series;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * A panel's notes, as an immutable list whose texts are formatted when read: an operation may leave
 * out tens of thousands of series (the TTM of every stock in a large panel), and a note for each,
 * formatted up front, would cost more than the operation. Each part is either texts already made or
 * a run of series with the function that words the note of one; a text, once made, is kept.
 */
final class Notes extends AbstractList<String> implements RandomAccess {

    static final Notes NONE = new Notes(List.of());

    /** A run of notes: {@code texts} made, or {@code size} of them worded by {@code word} on demand. */
    private static final class Part {
        final List<String> texts;
        final int[] series;
        final IntFunction<String> word;
        final String[] made;

        Part(List<String> texts) {
            this.texts = texts;
            this.series = null;
            this.word = null;
            this.made = null;
        }

        Part(int[] series, IntFunction<String> word) {
            this.texts = null;
            this.series = series;
            this.word = word;
            this.made = new String[series.length];
        }

        int size() {
            return texts != null ? texts.size() : series.length;
        }

        String get(int i) {
            if (texts != null) {
                return texts.get(i);
            }
            String s = made[i]; // a racy cache of immutable strings: at worst worded twice
            if (s == null) {
                s = Objects.requireNonNull(word.apply(series[i]), "note");
                made[i] = s;
            }
            return s;
        }
    }

    private final List<Part> parts;
    private final int size;

    private Notes(List<Part> parts) {
        this.parts = parts;
        int n = 0;
        for (Part p : parts) {
            n = Math.addExact(n, p.size());
        }
        this.size = n;
    }

    /** The notes given, copied (null elements refused), or kept as they are if they already are {@code Notes}. */
    static Notes of(List<String> notes) {
        if (notes instanceof Notes) {
            return (Notes) notes;
        }
        return notes.isEmpty() ? NONE : new Notes(List.of(new Part(List.copyOf(notes))));
    }

    /**
     * One note per series, worded when read.
     *
     * @param series the series the notes are about, in order (the array is kept: the caller hands it over)
     * @param word the note of one series, from its index; it must not hold on to a panel's values
     */
    static Notes each(int[] series, IntFunction<String> word) {
        return series.length == 0 ? NONE : new Notes(List.of(new Part(series, word)));
    }

    /** The notes of {@code a} followed by those of {@code b}, none of them worded. */
    static Notes concat(List<String> a, List<String> b) {
        Notes x = of(a);
        Notes y = of(b);
        if (y.isEmpty()) {
            return x;
        }
        if (x.isEmpty()) {
            return y;
        }
        List<Part> all = new ArrayList<>(x.parts);
        all.addAll(y.parts);
        return new Notes(List.copyOf(all));
    }

    @Override
    public String get(int index) {
        Objects.checkIndex(index, size);
        int i = index;
        for (Part p : parts) {
            int n = p.size();
            if (i < n) {
                return p.get(i);
            }
            i -= n;
        }
        throw new AssertionError(index);
    }

    @Override
    public int size() {
        return size;
    }
}
