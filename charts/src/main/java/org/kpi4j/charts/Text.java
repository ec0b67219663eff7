package org.kpi4j.charts;

import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.growth.GrowthKind;

/** The fixed words of charts in both languages. */
final class Text {

    private Text() {
    }

    static String pick(ChartOptions.Language lang, String zh, String en) {
        return lang == ChartOptions.Language.ZH ? zh : en;
    }

    static String period(ChartOptions.Language l) {
        return pick(l, "报告期", "Period");
    }

    static String growth(ChartOptions.Language l, GrowthKind kind) {
        switch (kind) {
            case YOY:
                return pick(l, "同比增长", "YoY growth");
            case QOQ:
                return pick(l, "环比增长", "QoQ growth");
            case TTM_YOY:
                return pick(l, "TTM 同比增长", "TTM YoY growth");
            case VS_YEAR_END:
                return pick(l, "较上年末增长", "Growth vs prior year-end");
            default:
                return pick(l, "增长", "Growth");
        }
    }

    static String change(ChartOptions.Language l, GrowthKind kind) {
        switch (kind) {
            case YOY:
                return pick(l, "同比变动", "YoY change");
            case QOQ:
                return pick(l, "环比变动", "QoQ change");
            case TTM_YOY:
                return pick(l, "TTM 同比变动", "TTM YoY change");
            case VS_YEAR_END:
                return pick(l, "较上年末变动", "Change vs prior year-end");
            default:
                return pick(l, "变动", "Change");
        }
    }

    static String flag(ChartOptions.Language l, GrowthFlag f) {
        if (l == ChartOptions.Language.ZH) {
            return f.chinese();
        }
        switch (f) {
            case TURNAROUND:
                return "Turnaround (loss to profit)";
            case TO_LOSS:
                return "To loss (profit to loss)";
            case LOSS_NARROWED:
                return "Loss narrowed";
            case LOSS_WIDENED:
                return "Loss widened";
            case LOSS_UNCHANGED:
                return "Loss unchanged";
            case ZERO_BASE:
                return "Zero base";
            default:
                return "";
        }
    }

    static String value(ChartOptions.Language l) {
        return pick(l, "数值", "Value");
    }

    static String share(ChartOptions.Language l) {
        return pick(l, "占比", "share");
    }

    static String outlook(ChartOptions.Language l) {
        return pick(l, "预测", "outlook");
    }

    static String band(ChartOptions.Language l) {
        return pick(l, "区间", "range");
    }

    static String mix(ChartOptions.Language l) {
        return pick(l, "分部构成", "segment mix");
    }

    static String total(ChartOptions.Language l) {
        return pick(l, "整体", "total");
    }

    static String skipped(ChartOptions.Language l, int n, String what) {
        return pick(l, n + " 期" + what + "无有意义的数值，未绘制",
                n + " period" + (n == 1 ? "" : "s") + " without a meaningful " + what + " figure not shown");
    }

    static String derived(ChartOptions.Language l, String periods) {
        return pick(l, "推算值（非直接披露）: " + periods, "Derived, not reported: " + periods);
    }

    static String missingAsZero(ChartOptions.Language l, String list) {
        return pick(l, "缺失值按 0 堆叠: " + list, "Missing values stacked as 0: " + list);
    }

    static String flagged(ChartOptions.Language l, String list) {
        return pick(l, "标记: " + list, "Flagged: " + list);
    }
}
