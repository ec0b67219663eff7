"""Reference numbers for org.kpi4j.io.PanelCsv and KpiPanel, computed with pandas on a wide frame.

Run with the system interpreter (pandas 1.5.3):

    /usr/bin/python3 core/src/test/reference/panel/panel_reference.py

Input: core/src/test/resources/org/kpi4j/io/panel_reference_input.csv, a tidy file written by
SyntheticPanel.writeTidyCsv(path, 7, 12, 8, 14): 12 entities x 8 metrics x 14 quarters from 2021Q3,
flows year-to-date (basis ytd), stocks at quarter ends (basis instant), gaps and losses.

Output: panel_reference_pandas.csv next to it, one row per series and quarter of the axis:
  discrete  flows differenced within each calendar year (Q1 as reported), stocks as reported;
  yoy, qoq  the filing convention (v - b) / |b|, empty for a zero or missing base;
  ttm       rolling(4).sum() of the discrete quarters, empty unless all four are present.
Floats are written with repr (shortest round-trip), empty for NaN.
"""
import os

import numpy as np
import pandas as pd

HERE = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "org", "kpi4j", "io")
df = pd.read_csv(os.path.join(HERE, "panel_reference_input.csv"), dtype={"segment": str})

wide = df.pivot_table(index="period", columns=["entity", "metric"], values="value", aggfunc="first")
# the full axis of quarters, including any quarter missing from every series
years = range(int(wide.index.min()[:4]), int(wide.index.max()[:4]) + 1)
axis = [f"{y}Q{q}" for y in years for q in range(1, 5)]
axis = [p for p in axis if wide.index.min() <= p <= wide.index.max()]
wide = wide.reindex(axis)
basis = df.drop_duplicates(["entity", "metric"]).set_index(["entity", "metric"])["basis"]
flows = basis.reindex(wide.columns).values == "ytd"

q1 = wide.index.str.endswith("Q1")
disc = wide.diff()
disc[q1] = wide[q1]
disc.loc[:, ~flows] = wide.loc[:, ~flows]


def filing(frame, lag):
    b = frame.shift(lag)
    return (frame - b) / b.abs().where(b != 0)


yoy = filing(disc, 4)
qoq = filing(disc, 1)
ttm = disc.rolling(4).sum()


def fmt(v):
    return "" if np.isnan(v) else repr(float(v))


with open(os.path.join(HERE, "panel_reference_pandas.csv"), "w", encoding="utf-8") as out:
    out.write("entity,metric,period,discrete,yoy,qoq,ttm\n")
    for col in wide.columns:
        for p in wide.index:
            out.write(f"{col[0]},{col[1]},{p},{fmt(disc.at[p, col])},{fmt(yoy.at[p, col])},"
                      f"{fmt(qoq.at[p, col])},{fmt(ttm.at[p, col])}\n")
