"""Reference numbers for org.kpi4j.forecast, computed with statsmodels.

Run with the system interpreter (statsmodels 0.13.5, pandas 1.5.3, numpy 1.24):

    /usr/bin/python3 core/src/test/reference/forecast/holt_winters_reference.py

It writes core/src/test/resources/org/kpi4j/forecast/holt_winters_reference.json.

Data: two synthetic quarterly series generated here with a fixed seed
(numpy default_rng(20240601)) and stored in the JSON, so the Java tests never
depend on numpy's generator:
  * "additive": level 100, slope 1.5, additive seasonal (12, -6, 4, -10), N(0, 3) noise, 40 quarters
  * "multiplicative": 50 * 1.02^t, seasonal factors (1.15, 0.9, 1.05, 0.9), lognormal(0, 0.03) noise, 48 quarters

Known-parameter cases: ExponentialSmoothing(initialization_method="known", ...)
.fit(..., optimized=False). "forecast_statsmodels" is what statsmodels 0.13.5 prints;
its forecasts at horizons h = m, 2m, ... reuse the seasonal state from before the last
update (statsmodels issue #9538, fixed upstream by PR #10230). "forecast" is the
textbook forecast l_n + phi_h b_n + s_{n+h-m(k+1)} (Hyndman et al. 2008, eq. 2.1),
computed here from statsmodels' own fitted components and cross-checked against
ETSModel with the same parameters and initial states.

Intervals: for additive or no seasonality, ETSModel(error="add") with the same
(known) states and parameters, get_prediction(...).summary_frame(alpha=1-level),
which uses the analytical variance (Hyndman et al. 2008, Table 6.1, class 1) with
sigma^2 = SSE / n. For multiplicative seasonality there is no reference: ETSModel's
(A,A,M) recursions are not those of ExponentialSmoothing, so "intervals" is null.

Fitted cases: ExponentialSmoothing(initialization_method="heuristic").fit() -- in
statsmodels 0.13.5 this still optimises the initial states (heuristic values are
only starting values), which is kpi4j's Initialization.ESTIMATED. "sse_heuristic_fixed"
fixes the initial states at the heuristic values with fix_params (allowed only
under initialization_method="estimated"), which is kpi4j's
Initialization.HEURISTIC. The heuristic initial states themselves are stored too.
"""
import json
import os
import warnings

import numpy as np
import pandas as pd
from statsmodels.tsa.exponential_smoothing.ets import ETSModel
from statsmodels.tsa.holtwinters import ExponentialSmoothing

warnings.simplefilter("ignore")

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "org", "kpi4j", "forecast",
                   "holt_winters_reference.json")
M = 4
H = 10

rng = np.random.default_rng(20240601)
t = np.arange(40)
additive = 100 + 1.5 * t + np.tile([12.0, -6.0, 4.0, -10.0], 10) + rng.normal(0, 3, 40)
t = np.arange(48)
multiplicative = 50 * 1.02 ** t * np.tile([1.15, 0.9, 1.05, 0.9], 12) * np.exp(rng.normal(0, 0.03, 48))
additive = np.round(additive, 4)
multiplicative = np.round(multiplicative, 4)
DATA = {"additive": additive, "multiplicative": multiplicative}


def as_series(y):
    return pd.Series(y, index=pd.period_range("2010Q1", periods=len(y), freq="Q"))


def textbook_forecast(res, trend, damped, seasonal, phi, h):
    level = res.level[-1]
    b = res.trend[-1] if trend else 0.0
    season = res.season[-M:] if seasonal else None
    out = []
    for step in range(1, h + 1):
        ph = sum(phi ** i for i in range(1, step + 1)) if damped else step
        base = level + ph * b
        if seasonal is None:
            out.append(base)
        else:
            s = season[(step - 1) % M]
            out.append(base + s if seasonal == "add" else base * s)
    return np.array(out)


KNOWN = [
    # name, data, trend, damped, seasonal, alpha, beta, gamma, phi, l0, b0, s0
    ("AA", "additive", "add", False, "add", 0.3, 0.1, 0.2, None, 100.0, 1.7, [11.0, -7.0, 4.5, -8.5]),
    ("AdA", "additive", "add", True, "add", 0.25, 0.15, 0.3, 0.9, 100.0, 1.7, [11.0, -7.0, 4.5, -8.5]),
    ("NA", "additive", None, False, "add", 0.4, None, 0.25, None, 120.0, None, [11.0, -7.0, 4.5, -8.5]),
    ("AN", "additive", "add", False, None, 0.5, 0.2, None, None, 110.0, 1.0, None),
    ("NN", "additive", None, False, None, 0.35, None, None, None, 110.0, None, None),
    ("AM", "multiplicative", "add", False, "mul", 0.3, 0.1, 0.2, None, 50.0, 1.0, [1.14, 0.91, 1.04, 0.91]),
    ("AdM", "multiplicative", "add", True, "mul", 0.2, 0.2, 0.1, 0.95, 50.0, 1.0, [1.14, 0.91, 1.04, 0.91]),
]

FITTED = [
    # name, data, trend, damped, seasonal
    ("AA", "additive", "add", False, "add"),
    ("AdA", "additive", "add", True, "add"),
    ("NA", "additive", None, False, "add"),
    ("AM", "multiplicative", "add", False, "mul"),
    ("AdM", "multiplicative", "add", True, "mul"),
    ("AN", "additive", "add", False, None),
]


def known_case(name, data, trend, damped, seasonal, alpha, beta, gamma, phi, l0, b0, s0):
    y = DATA[data]
    kw = dict(trend=trend, damped_trend=damped, seasonal=seasonal,
              seasonal_periods=M if seasonal else None, initialization_method="known", initial_level=l0)
    if trend:
        kw["initial_trend"] = b0
    if seasonal:
        kw["initial_seasonal"] = s0
    res = ExponentialSmoothing(y, **kw).fit(smoothing_level=alpha, smoothing_trend=beta,
                                             smoothing_seasonal=gamma, damping_trend=phi, optimized=False)
    fc = textbook_forecast(res, trend, damped, seasonal, phi if damped else 1.0, H)

    if seasonal == "mul":
        # ETSModel's (A,A,M) recursions differ from ExponentialSmoothing's, so there is no
        # statsmodels interval to compare with; kpi4j simulates (see HoltWintersFit).
        sigma2 = float(res.sse / len(y))
        intervals = None
    else:
        ets = ETSModel(as_series(y), error="add", **kw)
        ets_params = [alpha]
        if trend:
            ets_params.append(alpha * beta)  # ETS beta = alpha * beta* (Hyndman et al. 2008, sec. 2.5)
        if seasonal:
            ets_params.append(gamma)
        if damped:
            ets_params.append(phi)
        ets_res = ets.smooth(ets_params)
        assert np.allclose(np.asarray(ets_res.fittedvalues), res.fittedvalues, rtol=1e-10, atol=0)
        assert np.allclose(np.asarray(ets_res.forecast(H)), fc, rtol=1e-10, atol=0)
        sigma2 = float(ets_res.mse)
        intervals = {}
        for level in (0.8, 0.95):
            pred = ets_res.get_prediction(start=len(y), end=len(y) + H - 1)
            frame = pred.summary_frame(alpha=1 - level)
            intervals[str(level)] = {"lower": frame["pi_lower"].tolist(), "upper": frame["pi_upper"].tolist()}

    return {
        "name": name, "data": data, "trend": trend is not None, "damped": damped,
        "seasonal": seasonal or "none", "alpha": alpha, "beta": beta, "gamma": gamma, "phi": phi,
        "initial_level": l0, "initial_trend": b0, "initial_seasonal": s0,
        "fitted": res.fittedvalues.tolist(),
        "forecast_statsmodels": res.forecast(H).tolist(),
        "forecast": fc.tolist(),
        "sse": float(res.sse), "aic": float(res.aic), "k": int(res.k),
        "sigma2": sigma2,
        "intervals": intervals,
    }


def fitted_case(name, data, trend, damped, seasonal):
    y = DATA[data]
    kw = dict(trend=trend, damped_trend=damped, seasonal=seasonal,
              seasonal_periods=M if seasonal else None, initialization_method="heuristic")
    model = ExponentialSmoothing(y, **kw)
    res = model.fit()
    fixed = {"initial_level": model._initial_level}
    if trend:
        fixed["initial_trend"] = model._initial_trend
    if seasonal:
        for i, v in enumerate(model._initial_seasonal):
            fixed[f"initial_seasonal.{i}"] = v
    # initial states can only be fixed under "estimated" initialization (which starts from
    # the same heuristic values when n >= 10 + 2 * (m // 2))
    kw["initialization_method"] = "estimated"
    est_model = ExponentialSmoothing(y, **kw)
    with est_model.fix_params(fixed):
        res_fixed = est_model.fit()
    p = res.params
    return {
        "name": name, "data": data, "trend": trend is not None, "damped": damped,
        "seasonal": seasonal or "none",
        "heuristic_level": float(model._initial_level),
        "heuristic_trend": None if not trend else float(model._initial_trend),
        "heuristic_seasonal": None if not seasonal else [float(v) for v in model._initial_seasonal],
        "sse_estimated": float(res.sse), "aic_estimated": float(res.aic),
        "sse_heuristic_fixed": float(res_fixed.sse),
        "statsmodels_params": {
            "alpha": float(p["smoothing_level"]),
            "beta": None if not trend else float(p["smoothing_trend"]),
            "gamma": None if not seasonal else float(p["smoothing_seasonal"]),
            "phi": None if not damped else float(p["damping_trend"]),
        },
    }


def main():
    out = {
        "generator": "core/src/test/reference/forecast/holt_winters_reference.py",
        "period": M, "horizon": H,
        "series": {k: v.tolist() for k, v in DATA.items()},
        "known": [known_case(*c) for c in KNOWN],
        "fitted": [fitted_case(*c) for c in FITTED],
    }
    with open(OUT, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("wrote", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
