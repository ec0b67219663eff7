package org.kpi4j.report;

import java.util.ArrayList;
import java.util.List;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.reconcile.CheckRow;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Dimension;

/** The headline told in sentences: one for the year and one for the quarter, each metric a clause, segments as "of which". */
final class Story {

    private final Headline h;
    private final Words w;
    private final FiscalCalendar cal;

    private Story(Headline h, Context ctx) {
        this.h = h;
        this.w = ctx.words;
        this.cal = ctx.facts.calendar();
    }

    /** The paragraphs of a headline. */
    static List<String> of(Headline h, Context ctx) {
        Story s = new Story(h, ctx);
        List<String> out = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            Period p = c == 0 ? h.year : h.quarter;
            if (p != null) {
                String text = s.paragraph(c, p);
                if (!text.isEmpty()) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    private String paragraph(int column, Period p) {
        List<String> sentences = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        String metric = null;
        for (List<Headline.Figure> row : h.rows) {
            Headline.Figure f = row.get(column);
            if (f == null) {
                continue;
            }
            if (!f.key().metric().equals(metric) && !clauses.isEmpty()) {
                sentences.add(String.join("", clauses));
                clauses.clear();
            }
            boolean segment = !f.key().segment().isEmpty();
            String subject;
            if (!segment) {
                subject = w.metric(f.key().metric());
            } else if (clauses.isEmpty()) {
                subject = w.metric(f.key().metric()) + w.pick(" of ", "：") + w.segment(f.key().segment());
            } else {
                subject = w.pick("; of which ", "，其中") + w.segment(f.key().segment());
            }
            clauses.add(subject + " " + value(f) + change(f));
            metric = f.key().metric();
        }
        if (!clauses.isEmpty()) {
            sentences.add(String.join("", clauses));
        }
        if (sentences.isEmpty()) {
            return "";
        }
        String when = w.period(p, cal);
        StringBuilder sb = new StringBuilder(when).append(w.pick(": ", "："));
        for (int i = 0; i < sentences.size(); i++) {
            sb.append(sentences.get(i)).append(i == sentences.size() - 1 ? w.sentenceEnd() : w.pick("; ", "；"));
        }
        return sb.toString();
    }

    private String value(Headline.Figure f) {
        String approx = f.approximate() ? w.pick("about ", "约 ") : "";
        if (f.series().unit().dimension() == Dimension.RATIO) {
            double fraction = f.series().unit().convert(f.value(), org.kpi4j.unit.Unit.RATIO);
            return approx + w.format.percent(fraction, f.decimals());
        }
        return approx + w.format.value(f.value(), f.decimals(), f.series().unit());
    }

    private String change(Headline.Figure f) {
        Double c = f.change();
        GrowthFlag flag = f.flag();
        List<String> parts = new ArrayList<>();
        if (c != null) {
            Period base = f.base();
            String against = base == null ? w.pick("year on year", "同比")
                    : base.isInstant() || f.ratio() ? w.pick("on " + w.period(base, cal), "较 " + w.period(base, cal))
                    : w.pick("year on year", "同比");
            if (f.ratio()) {
                String pts = w.format.number(Math.abs(c), 2);
                parts.add(w.pick((c >= 0 ? "up " : "down ") + pts + " pp " + against,
                        against + (c >= 0 ? "上升 " : "下降 ") + pts + " 个百分点"));
            } else {
                int dec = f.computed() ? 2 : f.printed().map(p -> Math.max(0, p.percent().scale())).orElse(2);
                parts.add(w.pick((c >= 0 ? "up " : "down ") + w.format.percent(Math.abs(c), dec) + " " + against,
                        against + (c >= 0 ? "增长 " : "下降 ") + w.format.percent(Math.abs(c), dec)));
            }
        }
        if (flag != GrowthFlag.NONE) {
            parts.add(flagWords(flag));
        }
        if (f.implied().isPresent() && f.fact().isPresent()) {
            CheckRow r = f.implied().get();
            parts.add(w.pick("implying " + w.period(r.basePeriod(), cal) + " of about ",
                    "据此 " + w.period(r.basePeriod(), cal) + "约 ") + w.format.value(r.impliedBase(), 2, f.fact().get().unit()));
        }
        if (f.ratio() && c != null && f.fact().isPresent() && !f.fact().get().note().isBlank()) {
            String note = f.fact().get().note();
            boolean chinese = note.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            // one language per report: an English report does not quote Chinese, it says where the reason is
            parts.add(w.pick(chinese ? "the record gives the reason in Chinese (its note, under Facts)"
                    : "the record's note: " + note, "记录所述：" + note));
        }
        return parts.isEmpty() ? "" : w.open() + w.list(parts) + w.close();
    }

    private String flagWords(GrowthFlag flag) {
        switch (flag) {
            case TURNAROUND:
                return w.pick("a turnaround from a loss a year earlier", "同比扭亏为盈");
            case TO_LOSS:
                return w.pick("a swing from profit to a loss", "由盈转亏");
            case LOSS_NARROWED:
                return w.pick("a narrower loss", "亏损收窄");
            case LOSS_WIDENED:
                return w.pick("a wider loss", "亏损扩大");
            default:
                return w.flag(flag);
        }
    }
}
