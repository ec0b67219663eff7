package org.kpi4j.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The layout of figures into a panel's array on several threads against one thread and against the
 * loop it replaced (every figure in order, the later as_of winning, the first same-as_of pair a
 * duplicate) with the restatement rule stated naively, on seeded random rows given in several chunks.
 */
class PanelRowsTest {

    /**
     * The layout stated naively: the first row (in the order given) that repeats the cell and report
     * date of an earlier row is a duplicate, with that earlier row's line; else every figure in order,
     * the later as_of winning (of two with none, the first).
     */
    static PanelRows.Duplicate reference(int[][] rows, double[] value, double[] out, int quarters, int minQuarter) {
        Arrays.fill(out, Double.NaN);
        java.util.Map<Long, Integer> seen = new java.util.HashMap<>(); // cell and report date to the first row
        for (int r = 0; r < rows.length; r++) {
            long cell = (long) rows[r][0] * quarters + rows[r][1] - minQuarter;
            Integer e = seen.putIfAbsent(cell << 32 ^ (rows[r][2] & 0xFFFFFFFFL), r);
            if (e != null) {
                return new PanelRows.Duplicate(r, rows[r][3], rows[r][0], rows[r][1], rows[e][3], rows[r][2]);
            }
        }
        int[] cellRow = new int[out.length];
        Arrays.fill(cellRow, -1);
        for (int r = 0; r < rows.length; r++) {
            int cell = rows[r][0] * quarters + rows[r][1] - minQuarter;
            int prev = cellRow[cell];
            if (prev >= 0 && rows[r][2] < rows[prev][2]) {
                continue;
            }
            cellRow[cell] = r;
            out[cell] = value[r];
        }
        // the restatement rule, stated naively: a cell's vintages by date, the first dated change
        // restates the cell's fiscal year from its date; a later cell of that year filed before is left out
        java.util.Map<Long, Integer> restatedFrom = new java.util.HashMap<>(); // series << 32 | year to date
        for (int cell = 0; cell < out.length; cell++) {
            java.util.List<Integer> v = new java.util.ArrayList<>();
            for (int r = 0; r < rows.length; r++) {
                if (rows[r][0] * quarters + rows[r][1] - minQuarter == cell) {
                    v.add(r);
                }
            }
            v.sort(java.util.Comparator.comparingInt(r -> rows[r][2]));
            for (int k = 1; k < v.size(); k++) {
                int before = v.get(k - 1);
                int now = v.get(k);
                if (rows[now][2] != PanelAssembler.NO_AS_OF && value[before] != value[now]) {
                    long key = (long) rows[now][0] << 32 | Math.floorDiv(rows[now][1], 4);
                    restatedFrom.merge(key, rows[now][2], Math::min);
                    break;
                }
            }
        }
        for (int cell = 0; cell < out.length; cell++) {
            int r = cellRow[cell];
            if (r >= 0) {
                Integer from = restatedFrom.get((long) rows[r][0] << 32 | Math.floorDiv(rows[r][1], 4));
                if (from != null && rows[r][2] != PanelAssembler.NO_AS_OF && rows[r][2] < from) {
                    out[cell] = Double.NaN;
                }
            }
        }
        return null;
    }

    @Test
    void severalThreads_placeAsOneThreadAndAsTheOldLoop() {
        long seed = 20261202L;
        SplittableRandom rnd = new SplittableRandom(seed);
        int duplicates = 0;
        int restated = 0;
        for (int round = 0; round < 200; round++) {
            int series = 1 + rnd.nextInt(300);
            int quarters = 1 + rnd.nextInt(40);
            int minQuarter = 8000 + rnd.nextInt(10);
            boolean vintages = rnd.nextBoolean();
            int n = rnd.nextInt(series * quarters * 2 + 1);
            int[][] rows = new int[n][];
            double[] value = new double[n];
            int days = rnd.nextInt(4) == 0 ? 3 : 1_000_000; // a few report dates (duplicates likely), or many
            boolean allDated = rnd.nextBoolean(); // else a third undated, so a cell is often undated twice
            for (int r = 0; r < n; r++) {
                int asOf = vintages && (allDated || rnd.nextInt(3) > 0) ? 18000 + rnd.nextInt(days)
                        : PanelAssembler.NO_AS_OF;
                rows[r] = new int[] {rnd.nextInt(series), minQuarter + rnd.nextInt(quarters), asOf, 2 + r};
                value[r] = rnd.nextDouble(-1e6, 1e6);
            }
            // the same rows, given to one to four PanelRows as chunks and absorbed in order
            PanelRows all = chunks(rnd, rows, value, series, minQuarter);
            if (n == 0) {
                continue;
            }
            // the axis runs from the earliest quarter given to the latest, as PanelAssembler.build lays it
            quarters = all.maxQuarter() - all.minQuarter() + 1;
            double[] expected = new double[series * quarters];
            PanelRows.Duplicate dup = reference(rows, value, expected, quarters, all.minQuarter());
            int[] staleOnOne = null;
            for (int threads = 1; threads <= 5; threads++) {
                double[] got = new double[series * quarters];
                PanelRows.Layout laid = all.layOut(got, series, quarters, threads);
                String what = "seed " + seed + " round " + round + " threads " + threads;
                assertThat(laid.duplicate()).as(what).isEqualTo(dup);
                if (dup == null) {
                    assertThat(got).as(what).containsExactly(expected);
                    // the figures each series left out, counted the same on any number of threads
                    if (threads == 1) {
                        staleOnOne = laid.stale();
                    } else {
                        assertThat(laid.stale()).as(what).isEqualTo(staleOnOne);
                    }
                }
            }
            duplicates += dup != null ? 1 : 0;
            restated += staleOnOne != null ? 1 : 0;
        }
        // the rounds cover both outcomes
        assertThat(duplicates).isGreaterThan(10);
        assertThat(restated).isGreaterThan(10);
    }

    private static PanelRows chunks(SplittableRandom rnd, int[][] rows, double[] value, int series, int minQuarter) {
        int parts = 1 + rnd.nextInt(4);
        PanelRows first = null;
        int from = 0;
        for (int k = 0; k < parts; k++) {
            int to = k == parts - 1 ? rows.length : from + rnd.nextInt(rows.length - from + 1);
            PanelRows p = new PanelRows();
            // a later chunk numbers its series by itself: here in reverse, undone by the map
            int[] map = new int[series];
            for (int s = 0; s < series; s++) {
                map[s] = k == 0 ? s : series - 1 - s;
            }
            for (int r = from; r < to; r++) {
                int local = k == 0 ? rows[r][0] : series - 1 - rows[r][0];
                p.add(local, rows[r][1], value[r], rows[r][2], rows[r][3]);
            }
            if (first == null) {
                first = p;
            } else {
                first.absorb(p, map);
            }
            from = to;
        }
        if (first.rows() > 0) {
            assertThat(first.minQuarter()).isGreaterThanOrEqualTo(minQuarter);
        }
        return first;
    }
}
