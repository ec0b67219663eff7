package org.kpi4j.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kpi4j.charts.ChartOptions;
import org.kpi4j.charts.Charts;
import org.kpi4j.charts.FanLine;
import org.kpi4j.fact.Fact;
import org.kpi4j.format.Cell;
import org.kpi4j.format.KpiTable;
import org.kpi4j.projection.ChainCheck;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.series.SeriesKey;

/**
 * Reported CAGRs as projections: for each fact that prints a CAGR over years, the series' latest
 * printed figure with its printed one-year growth is run through {@link ChainCheck} (the CAGR path
 * back to its first year and on to its last, the prior year the one-year growth implies, and
 * whether the two printed rates can both hold), shown as a year table, a fan of the two paths and a
 * sentence on their agreement. Nothing here is a number of the code: years and rates are the facts'.
 */
final class Outlook {

    private Outlook() {
    }

    static List<ReportBlock> of(Context ctx, ChartOptions chartOptions) {
        Words w = ctx.words;
        List<ReportBlock> out = new ArrayList<>();
        for (Fact cagrFact : ctx.facts.facts()) {
            if (cagrFact.reportedCagrPct() == null || cagrFact.comparisonPeriod() == null
                    || cagrFact.period().isInstant() || cagrFact.period().lengthInQuarters() != 4) {
                continue;
            }
            SeriesKey k = cagrFact.key();
            Optional<KpiSeries> s = ctx.series(k);
            int from = cagrFact.comparisonPeriod().year();
            int to = cagrFact.period().year();
            Fact anchor = null;
            for (Fact f : ctx.facts.facts()) {
                if (f.key().equals(k) && f.hasValue() && f.reportedChangePct() != null && f.comparisonPeriod() == null
                        && !f.period().isInstant() && f.period().lengthInQuarters() == 4 && f.period().year() > from
                        && f.period().year() <= to && (anchor == null || f.period().compareTo(anchor.period()) > 0)) {
                    anchor = f;
                }
            }
            if (anchor == null || s.isEmpty()) {
                ctx.note(w.pick("no projection for ", "未作预测：") + w.series(k.metric(), k.segment()) + w.pick(
                        ": the CAGR has no printed figure with a printed one-year growth in its span",
                        "：CAGR 区间内没有同时披露数值与一年增速的数据"));
                continue;
            }
            double value = anchor.value().doubleValue();
            int year = anchor.period().year();
            ChainCheck chain = ChainCheck.of(value, year, anchor.reportedChangePct(), cagrFact.reportedCagrPct(), from,
                    to, 0.01);
            String cagr = w.format.percent(cagrFact.reportedCagrPct().fraction(), cagrFact.reportedCagrPct().percent().scale());
            String yoy = w.format.printed(anchor.reportedChangePct(), false);
            String unit = w.format.unit(anchor.unit());
            String name = w.entity(k.entity()) + " · " + w.series(k.metric(), k.segment());
            int dec = Math.max(1, anchor.decimals());
            KpiTable.Builder t = KpiTable.builder(w.pick("year", "年份"),
                    w.pick("on the " + cagr + " CAGR path", "按 " + cagr + " 年复合增速") + " (" + unit + ")",
                    w.pick("at " + yoy + " a year", "按 " + yoy + " 年增速") + " (" + unit + ")", w.pick("basis", "依据"))
                    .title(name + " · " + w.pick("projection", "预测"));
            List<String> years = new ArrayList<>();
            List<Double> path = new ArrayList<>();
            List<Double> steady = new ArrayList<>();
            double g = anchor.reportedChangePct().fraction();
            for (int y = Math.min(from, year - 1); y <= to; y++) {
                double p = chain.pathValue(y);
                double v = value * Math.pow(1 + g, y - year);
                boolean fromYoy = y >= year - 1;
                String basis = y == year ? w.pick("printed", "披露值")
                        : y == from ? w.pick("start of the printed CAGR, implied", "CAGR 起始年，推算")
                        : y == to ? w.pick("end of the printed CAGR, implied", "CAGR 终止年，推算")
                        : y == year - 1 ? w.pick("the base of the printed " + yoy, "披露增速 " + yoy + " 的基数")
                        : w.pick("implied", "推算");
                t.row(Cell.text(Integer.toString(y)), Cell.number(p, dec, w.format),
                        fromYoy ? Cell.number(v, dec, w.format) : Cell.missing(), Cell.text(basis));
                if (y > year) {
                    years.add(Integer.toString(y));
                    path.add(p);
                    steady.add(v);
                }
            }
            t.footnote(w.pick("Both columns start from the printed " + year + " figure of "
                    + w.format.value(value, anchor.decimals(), anchor.unit()) + ".",
                    "两列均由 " + year + " 年披露值 " + w.format.value(value, anchor.decimals(), anchor.unit()) + " 推算。"));
            String verdict = chain.consistent()
                    ? w.pick("the two printed rates fit one path within 1 point.", "两个披露增速在 1 个百分点内相符。")
                    : w.pick("they cannot both hold: even allowing for the printing rounding they are at least "
                            + w.format.number(chain.printedDistance() * 100, 2) + " points apart.",
                            "即使考虑披露数字的舍入，两者仍至少相差 " + w.format.number(chain.printedDistance() * 100, 2)
                                    + " 个百分点，不能同时成立。");
            String text = w.pick(name + ": the printed " + cagr + " CAGR " + from + "–" + to + " puts " + from + " at "
                    + w.format.number(chain.impliedStart(), dec) + " and " + to + " at "
                    + w.format.number(chain.impliedEnd(), dec) + " " + unit + "; on that path " + year + " grows "
                    + w.format.change(chain.pathGrowth(), 2) + ", while the record prints " + yoy + " for " + year
                    + " (which puts " + (year - 1) + " at " + w.format.number(chain.priorFromYoy(), dec) + "): ",
                    name + "：按披露的 " + from + "—" + to + " 年复合增速 " + cagr + "，" + from + " 年约为 "
                    + w.format.number(chain.impliedStart(), dec) + "，" + to + " 年约为 "
                    + w.format.number(chain.impliedEnd(), dec) + " " + unit + "；该路径上 " + year + " 年增长 "
                    + w.format.change(chain.pathGrowth(), 2) + "，而记录所载 " + year + " 年同比为 " + yoy + "（据此 "
                    + (year - 1) + " 年约为 " + w.format.number(chain.priorFromYoy(), dec) + "）：") + verdict;
            out.add(new ReportBlock.Paragraph(text));
            out.add(new ReportBlock.Table("Projection " + (out.size() / 3 + 1), t.build()));
            if (!years.isEmpty()) {
                try {
                    FanLine base = FanLine.of(w.pick(cagr + " CAGR", "年复合增速 " + cagr), years, unbox(path));
                    FanLine alt = FanLine.of(w.pick("at " + yoy + " a year", "按 " + yoy + " 年增速延续"), years, unbox(steady));
                    out.add(new ReportBlock.Figure(Charts.fan(s.get(), base, null, null, List.of(alt),
                            chartOptions.withTitle(name + " · " + w.pick("projection", "预测"))),
                            w.pick("From the printed " + year + " figure: the printed CAGR continued to " + to
                                    + ", and the printed one-year growth held instead.",
                                    "自 " + year + " 年披露值起：按披露的年复合增速延续至 " + to + " 年，以及按披露的一年增速延续。")));
                } catch (IllegalStateException e) {
                    ctx.note(w.pick("charts left out: ", "未绘制图表：") + e.getMessage());
                }
            }
        }
        return out;
    }

    private static double[] unbox(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static boolean any(Context ctx) {
        return ctx.facts.facts().stream().anyMatch(f -> f.reportedCagrPct() != null);
    }

}
