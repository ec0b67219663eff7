package org.kpi4j.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A panel's notes are worded when read, once each, in order, and behave as an immutable list. */
class NotesTest {

    @Test
    void each_isWordedWhenRead_onceEach_inOrder() {
        AtomicInteger worded = new AtomicInteger();
        List<String> lazy = Notes.each(new int[] {4, 7, 9}, s -> {
            worded.incrementAndGet();
            return "skipped s" + s;
        });
        List<String> all = Notes.concat(Notes.concat(List.of("first"), lazy), List.of("last"));
        assertThat(worded).hasValue(0);
        assertThat(all).hasSize(5);
        assertThat(all.get(2)).isEqualTo("skipped s7");
        assertThat(worded).hasValue(1);
        assertThat(all).containsExactly("first", "skipped s4", "skipped s7", "skipped s9", "last");
        assertThat(all.get(2)).isEqualTo("skipped s7");
        assertThat(worded).hasValue(3);
        assertThat(all).isEqualTo(List.of("first", "skipped s4", "skipped s7", "skipped s9", "last"));
        assertThatThrownBy(() -> all.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> all.get(5)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(Notes.concat(List.of(), List.of())).isEmpty();
    }
}
