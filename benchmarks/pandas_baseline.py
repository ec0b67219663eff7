#!/usr/bin/python3
"""pandas baseline for kpi4j's PanelBench and IngestBench: YoY, QoQ, TTM, YTD->discrete and CSV-to-YoY.

Usage:
    /usr/bin/python3 benchmarks/pandas_baseline.py FACTS.csv [REPEATS]

FACTS.csv is a tidy CSV as written by org.kpi4j.datasets.SyntheticPanel.writeTidyCsv (columns
entity,metric,segment,period,basis,value,unit). Flows are year-to-date; they are converted to discrete
quarters first (as kpi4j's ytdToDiscrete), timed separately. Prints seconds (best of REPEATS, default 5)
for each step and the panel's size, so ns/point compares with the JMH ms/op figures.

Two growth variants: pct_change (v / b - 1: no sign convention, what pandas offers) and the filing
convention kpi4j computes ((v - b) / |b|, no number from a zero base), which is the like-for-like one.
"end to end" is read_csv + pivot + YTD->discrete + filing YoY, one pass, against kpi4j's
PanelCsv.read + yoy on the same file.
"""
import sys
import time

import numpy as np
import pandas as pd


def best(fn, repeats):
    times = []
    out = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), out


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    path = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5

    t0 = time.perf_counter()
    df = pd.read_csv(path, dtype={"segment": str})
    t_read = time.perf_counter() - t0

    t0 = time.perf_counter()
    # wide panel: one column per series (entity, metric), one row per quarter, NaN for gaps
    wide = df.pivot_table(index="period", columns=["entity", "metric"], values="value", aggfunc="first")
    wide = wide.sort_index()
    basis = df.drop_duplicates(["entity", "metric"]).set_index(["entity", "metric"])["basis"]
    t_pivot = time.perf_counter() - t0
    # note: a quarter missing in every series would drop out of the index; with thousands of
    # series that does not happen, so rows are consecutive quarters
    q1 = wide.index.str.endswith("Q1")

    def ytd_to_discrete():
        d = wide.diff()
        d[q1] = wide[q1]
        return d

    flows = basis.reindex(wide.columns).values == "ytd"
    t_ytd, disc = best(ytd_to_discrete, repeats)
    disc.loc[:, ~flows] = wide.loc[:, ~flows]

    def filing(frame, lag):
        b = frame.shift(lag)
        return (frame - b) / b.abs().where(b != 0)

    t_yoy, yoy = best(lambda: disc.pct_change(4, fill_method=None), repeats)
    t_qoq, _ = best(lambda: disc.pct_change(1, fill_method=None), repeats)
    t_yoy_f, yoy_f = best(lambda: filing(disc, 4), repeats)
    t_qoq_f, _ = best(lambda: filing(disc, 1), repeats)
    t_ttm, ttm = best(lambda: disc.rolling(4).sum(), repeats)
    t_e2e = t_read + t_pivot + t_ytd + t_yoy_f

    n_series = wide.shape[1]
    n_quarters = wide.shape[0]
    points = n_series * n_quarters
    print(f"pandas {pd.__version__}, numpy {np.__version__}, python {sys.version.split()[0]}")
    print(f"facts {len(df):,}; panel {n_series:,} series x {n_quarters} quarters = {points:,} points")
    print(f"read_csv      {t_read:.3f} s  ({len(df) / t_read:,.0f} facts/s)")
    print(f"pivot         {t_pivot:.3f} s")
    for name, t in (("ytd->discrete", t_ytd), ("yoy pct_change", t_yoy), ("qoq pct_change", t_qoq),
                    ("yoy filing", t_yoy_f), ("qoq filing", t_qoq_f), ("ttm", t_ttm)):
        print(f"{name:<14} {t:.4f} s  ({t * 1e9 / points:.2f} ns/point)")
    print(f"end to end    {t_e2e:.3f} s  (read_csv + pivot + ytd->discrete + filing yoy; {len(df) / t_e2e:,.0f} facts/s)")
    # a checksum, to compare with kpi4j on the same file if wanted
    y = yoy_f.values
    print(f"checksum filing yoy {np.abs(y[np.isfinite(y)]).sum():.6g} over {np.isfinite(y).sum():,} values, "
          f"ttm {np.nansum(ttm.values):.6g}")


if __name__ == "__main__":
    main()
