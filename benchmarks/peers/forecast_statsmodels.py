#!/usr/bin/python3
"""statsmodels' half of forecast.sh: ExponentialSmoothing(y, trend="add", seasonal="add" or "mul",
seasonal_periods=4).fit() (its defaults: estimated initial states, brute-force start) on each line
of DIR/series.csv, timed; then each series' SSE against kpi4j's (DIR/kpi4j.csv).

Usage: /usr/bin/python3 forecast_statsmodels.py DIR ROUNDS
"""
import csv
import sys
import time
import warnings

import numpy as np
import statsmodels
from statsmodels.tsa.holtwinters import ExponentialSmoothing


def main():
    d, rounds = sys.argv[1], int(sys.argv[2])
    seasonal = sys.argv[3] if len(sys.argv) > 3 else "add"
    ys = [np.array([float(v) for v in line.split(",")]) for line in open(f"{d}/series.csv")]
    # multiplicative seasonality needs a positive series (kpi4j leaves the others out with a note)
    index = [s for s, y in enumerate(ys) if seasonal == "add" or (y > 0).all()]
    ys = [ys[s] for s in index]
    best = float("inf")
    best_cpu = float("inf")
    fits = None
    warnings.simplefilter("ignore")  # ConvergenceWarning on some series; the SSE is compared below
    for _ in range(rounds):
        t0 = time.perf_counter()
        c0 = time.process_time()
        fits = [ExponentialSmoothing(y, trend="add", seasonal=seasonal, seasonal_periods=4).fit() for y in ys]
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    per = best / len(ys) * 1000
    print(f"statsmodels {statsmodels.__version__} ExponentialSmoothing(seasonal={seasonal!r}).fit(): {len(ys)} series, fastest of {rounds} "
          f"rounds {best * 1000:.1f} ms, {per:.3f} ms per series; CPU {best_cpu / len(ys) * 1000:.3f} ms per series")
    kp = {int(r["series"]): r for r in csv.DictReader(open(f"{d}/kpi4j.csv"))}
    worse = []
    ratios = []
    for s, f in zip(index, fits):
        sm = float(f.sse)
        k = float(kp[s]["sse"])
        ratios.append(k / sm)
        if k > sm:
            worse.append((s, k, sm))
    ratios = np.array(ratios)
    print(f"SSE kpi4j / statsmodels per series: max {ratios.max():.6f}, median {np.median(ratios):.6f}, "
          f"min {ratios.min():.6f}; kpi4j higher on {len(worse)} of {len(fits)} series")
    for s, k, sm in worse[:10]:
        print(f"  series {s}: kpi4j {k:.9g}, statsmodels {sm:.9g} ({k / sm - 1:+.2e})")
    return per


if __name__ == "__main__":
    main()
