package org.kpi4j.report;

import java.time.LocalDate;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.Language;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.metric.Metric;
import org.kpi4j.reconcile.CheckKind;
import org.kpi4j.reconcile.CheckStatus;
import org.kpi4j.time.FiscalCalendar;
import org.kpi4j.time.Period;

/** The names and fixed words of a report in its one language: every text the report writes itself. */
final class Words {

    final Language language;
    final KpiFormat format;
    private final ReportOptions options;

    Words(ReportOptions options) {
        this.options = options;
        this.language = options.language();
        this.format = KpiFormat.of(language);
    }

    boolean zh() {
        return language == Language.ZH;
    }

    String pick(String en, String zh) {
        return format.pick(en, zh);
    }

    String entity(String id) {
        return options.names().entity(id, language);
    }

    String segment(String segment) {
        return options.names().segment(segment, language);
    }

    String metric(Metric m) {
        return options.catalog().get(m.id()).orElse(m).name(zh());
    }

    String metric(String id) {
        return options.catalog().get(id).map(m -> m.name(zh())).orElse(id);
    }

    /** A metric and segment as a row label: 营业收入 · 算力服务. */
    String series(String metricId, String segment) {
        return metric(metricId) + (segment.isEmpty() ? "" : " · " + segment(segment));
    }

    /** A period in words: 2024 年 / FY2024, 2025 年第一季度 / Q1 2025, 2024 年末 / end of FY2024. */
    String period(Period p, FiscalCalendar calendar) {
        if (p.isInstant()) {
            LocalDate d = p.date();
            if (d.equals(calendar.yearEnd(calendar.fiscalYearOf(d)))) {
                return pick("end of FY" + calendar.fiscalYearOf(d), calendar.fiscalYearOf(d) + " 年末");
            }
            return pick(d.toString(), d.getYear() + " 年 " + d.getMonthValue() + " 月 " + d.getDayOfMonth() + " 日");
        }
        int y = p.year();
        int n = p.lengthInQuarters();
        if (n == 4) {
            return pick("FY" + y, y + " 年");
        }
        if (n == 1) {
            return pick("Q" + p.firstQuarter() + " " + y, y + " 年第" + "一二三四".charAt(p.firstQuarter() - 1) + "季度");
        }
        if (n == 2 && p.firstQuarter() % 2 == 1) {
            return pick((p.firstQuarter() == 1 ? "H1 " : "H2 ") + y, y + (p.firstQuarter() == 1 ? " 年上半年" : " 年下半年"));
        }
        if (p.firstQuarter() == 1) {
            return pick((3 * n) + "M " + y, y + " 年前" + "一二三四".charAt(n - 1) + "季度");
        }
        return p.toString();
    }

    String flag(GrowthFlag f) {
        return f.label(language);
    }

    String status(CheckStatus s) {
        switch (s) {
            case OK:
                return pick("ok", "一致");
            case MISMATCH:
                return pick("mismatch", "不一致");
            default:
                return pick("unverifiable", "无法核对");
        }
    }

    String checkKind(CheckKind k) {
        switch (k) {
            case CHANGE:
                return pick("change", "增速");
            case POINTS:
                return pick("points", "百分点");
            case FLAG:
                return pick("flag", "标记");
            default:
                return "CAGR";
        }
    }

    /** Joins clauses of one sentence: 、 in Chinese, ", " in English. */
    String list(java.util.List<String> parts) {
        return String.join(pick(", ", "，"), parts);
    }

    String sentenceEnd() {
        return pick(".", "。");
    }

    String open() {
        return pick(" (", "（");
    }

    String close() {
        return pick(")", "）");
    }
}
