package org.kpi4j.charts;

import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.Language;
import org.kpi4j.growth.GrowthFlag;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.unit.Dimension;
import org.kpi4j.unit.Unit;

/** The fixed words of charts in both languages; numbers and units come from {@link KpiFormat}. */
final class Text {

    private Text() {
    }

    static String period(KpiFormat f) {
        return f.pick("Period", "报告期");
    }

    /** The x axis title: the period and the basis it is drawn on. */
    static String axis(KpiFormat f, ChartBasis basis, boolean instants) {
        String what = instants ? f.pick("period end", "期末") : basis(f, basis);
        return period(f) + " (" + what + ")";
    }

    static String basis(KpiFormat f, ChartBasis b) {
        switch (b) {
            case DISCRETE:
                return f.pick("single quarters", "单季");
            case TTM:
                return f.pick("trailing twelve months", "滚动十二个月");
            case YEAR:
                return f.pick("fiscal years", "会计年度");
            case AS_REPORTED:
                return f.pick("as reported", "按披露期间");
            default:
                return b.toString();
        }
    }

    /** The name of a growth measure; {@code instants} resolves DEFAULT for stocks (vs the prior year-end). */
    static String growth(KpiFormat f, GrowthKind kind, boolean ratio, boolean instants) {
        GrowthKind k = kind == GrowthKind.DEFAULT ? (instants ? GrowthKind.VS_YEAR_END : GrowthKind.YOY) : kind;
        String noun = ratio ? f.pick("change", "变动") : f.pick("growth", "增长");
        switch (k) {
            case YOY:
                return f.pick("YoY " + noun, "同比" + noun);
            case QOQ:
                return f.pick("QoQ " + noun, "环比" + noun);
            case TTM_YOY:
                return f.pick("TTM YoY " + noun, "TTM 同比" + noun);
            case VS_YEAR_END:
                return f.pick(cap(noun) + " vs prior year-end", "较上年末" + noun);
            default:
                return noun;
        }
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String flag(KpiFormat f, GrowthFlag flag) {
        if (f.language() == Language.ZH) {
            return flag.chinese();
        }
        switch (flag) {
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

    /** A unit as an axis title shows it: {@code 亿元} / {@code CNY 100m}, {@code 个百分点} / {@code pp}. */
    static String unit(KpiFormat f, Unit unit) {
        return unit.dimension() == Dimension.POINTS ? f.pointsSuffix().strip() : f.unit(unit);
    }

    static String axisTitle(String name, String unit) {
        return unit.isEmpty() ? name : name + " (" + unit + ")";
    }

    static String value(KpiFormat f) {
        return f.pick("Value", "数值");
    }

    static String share(KpiFormat f) {
        return f.pick("share", "占比");
    }

    static String outlook(KpiFormat f) {
        return f.pick("outlook", "预测");
    }

    static String band(KpiFormat f) {
        return f.pick("range", "区间");
    }

    static String lower(KpiFormat f) {
        return f.pick("lower", "下限");
    }

    static String upper(KpiFormat f) {
        return f.pick("upper", "上限");
    }

    static String mix(KpiFormat f) {
        return f.pick("segment mix", "分部构成");
    }

    static String other(KpiFormat f) {
        return f.pick("other", "其他");
    }

    static String whole(KpiFormat f) {
        return f.pick("whole", "整体");
    }

    static String skipped(KpiFormat f, int n, String what) {
        return f.pick(n + " period" + (n == 1 ? "" : "s") + " without a meaningful " + what + " figure not shown",
                n + " 期" + what + "无有意义的数值，未绘制");
    }

    static String derived(KpiFormat f, String periods) {
        return f.pick("Derived, not reported: " + periods, "推算值（非直接披露）: " + periods);
    }

    static String leftOut(KpiFormat f, ChartBasis basis, String periods) {
        return f.pick("Not drawn on the basis of " + basis(f, basis) + " (one basis per chart): " + periods,
                "按" + basis(f, basis) + "口径未绘制（一张图只用一种口径）: " + periods);
    }

    static String flagged(KpiFormat f, String list) {
        return f.pick("Flagged: " + list, "标记: " + list);
    }

    static String notStacked(KpiFormat f, String list) {
        return f.pick("Not stacked, a part is not reported: " + list, "有分部未披露，未堆叠: " + list);
    }

    static String otherIs(KpiFormat f, String whole) {
        return f.pick("\"other\" is " + whole + " less the parts shown", "“其他”为" + whole + "减去所列分部");
    }

    static String noWhole(KpiFormat f, String whole) {
        return f.pick(whole + " is not reported, so the stack shows the named parts only",
                whole + "未披露，堆叠只含所列分部");
    }

    static String ratioSideBySide(KpiFormat f) {
        return f.pick("Ratios do not add up: segments side by side, not stacked", "比率不可相加：各分部并列，不堆叠");
    }

    static String shareOfSum(KpiFormat f) {
        return f.pick("Shares of the sum of the parts shown", "占所列分部合计的比例");
    }
}
