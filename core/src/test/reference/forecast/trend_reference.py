"""Reference numbers for org.kpi4j.forecast.TrendForecast, computed with statsmodels OLS.

Run with the system interpreter (statsmodels 0.13.5):

    /usr/bin/python3 core/src/test/reference/forecast/trend_reference.py

It writes core/src/test/resources/org/kpi4j/forecast/trend_reference.json.

For each series y (stored in the JSON) and each kind:
  * "linear": OLS of y on [1, t], t = 0..n-1;
  * "log_linear": OLS of ln(y) on [1, t]; mean and bounds are exponentiated afterwards.
For t0 = n .. n+h-1, get_prediction(exog=[1, t0]).summary_frame(alpha=1-level) gives
"mean" (the point forecast) and obs_ci_lower / obs_ci_upper, the prediction interval
yhat +- t_{(1+level)/2, n-2} * s * sqrt(1 + 1/n + (t0 - tbar)^2 / Sxx).
"""
import json
import os

import numpy as np
import statsmodels.api as sm

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "org", "kpi4j", "forecast",
                   "trend_reference.json")
H = 8

rng = np.random.default_rng(20240602)
t = np.arange(24)
SERIES = {
    # quarterly revenue-like series growing ~5% a quarter with noise
    "growth24": np.round(120 * 1.05 ** t * np.exp(rng.normal(0, 0.04, 24)), 3).tolist(),
    # the shortest series allowed (3 points)
    "three": [10.0, 12.5, 13.0],
    # a declining series with a negative slope
    "decline10": [98.2, 95.1, 91.7, 90.3, 86.0, 84.4, 80.9, 79.5, 75.2, 73.8],
}


def case(name, y, kind, level):
    y = np.asarray(y, dtype=float)
    n = len(y)
    x = sm.add_constant(np.arange(n, dtype=float))
    target = np.log(y) if kind == "log_linear" else y
    res = sm.OLS(target, x).fit()
    x0 = sm.add_constant(np.arange(n, n + H, dtype=float), has_constant="add")
    frame = res.get_prediction(x0).summary_frame(alpha=1 - level)
    mean = frame["mean"].to_numpy()
    lower = frame["obs_ci_lower"].to_numpy()
    upper = frame["obs_ci_upper"].to_numpy()
    fitted = res.fittedvalues
    if kind == "log_linear":
        mean, lower, upper, fitted = np.exp(mean), np.exp(lower), np.exp(upper), np.exp(fitted)
    return {
        "series": name, "kind": kind, "level": level,
        "intercept": float(res.params[0]), "slope": float(res.params[1]),
        "residual_std_error": float(np.sqrt(res.scale)),
        "fitted": fitted.tolist(),
        "mean": mean.tolist(), "lower": lower.tolist(), "upper": upper.tolist(),
    }


def main():
    cases = [case(name, y, kind, level)
             for name, y in SERIES.items()
             for kind in ("linear", "log_linear")
             for level in (0.8, 0.95)]
    out = {"generator": "core/src/test/reference/forecast/trend_reference.py", "horizon": H,
           "series": SERIES, "cases": cases}
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("wrote", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
