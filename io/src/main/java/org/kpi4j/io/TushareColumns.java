package org.kpi4j.io;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kpi4j.unit.Unit;

/**
 * What kpi4j knows of tushare's tables ({@code tushare.pro/document/2?doc_id=33} income,
 * {@code doc_id=36} balancesheet, {@code doc_id=44} cashflow, {@code doc_id=79} fina_indicator): the
 * columns that tell the tables apart, the units of the columns that are not amounts in 元, and the
 * synonym table.
 */
final class TushareColumns {

    /** The statement a column belongs to. */
    enum Table {
        INCOME(false), BALANCE(true), CASHFLOW(false), INDICATOR(false);

        final boolean instant;

        Table(boolean instant) {
            this.instant = instant;
        }
    }

    /** Identification and dating columns, which hold no figure. */
    static final Set<String> KEYS = Set.of("ts_code", "ann_date", "f_ann_date", "end_date", "report_type",
            "comp_type", "end_type", "update_flag");

    static final Map<String, List<String>> STANDARD;

    private static final Map<String, Table> TABLE = new HashMap<>();
    private static final Map<String, Unit> UNITS = new HashMap<>();

    static {
        table(Table.INCOME, "basic_eps", "diluted_eps", "total_revenue", "revenue", "int_income", "prem_earned",
                "comm_income", "total_cogs", "oper_cost", "int_exp", "comm_exp", "biz_tax_surchg", "sell_exp",
                "admin_exp", "fin_exp", "assets_impair_loss", "operate_profit", "non_oper_income", "non_oper_exp",
                "total_profit", "income_tax", "n_income", "n_income_attr_p", "minority_gain", "oth_compr_income",
                "t_compr_income", "compr_inc_attr_p", "ebit", "ebitda", "rd_exp", "invest_income", "fv_value_chg_gain");
        table(Table.BALANCE, "total_share", "cap_rese", "undistr_porfit", "surplus_rese", "money_cap", "trad_asset",
                "notes_receiv", "accounts_receiv", "oth_receiv", "prepayment", "inventories", "total_cur_assets",
                "fix_assets", "cip", "intan_assets", "goodwill", "total_nca", "total_assets", "st_borr", "notes_payable",
                "acct_payable", "adv_receipts", "total_cur_liab", "lt_borr", "bond_payable", "total_ncl", "total_liab",
                "minority_int", "total_hldr_eqy_exc_min_int", "total_hldr_eqy_inc_min_int", "total_liab_hldr_eqy");
        table(Table.CASHFLOW, "net_profit", "c_fr_sale_sg", "c_inf_fr_operate_a", "c_paid_goods_s",
                "c_paid_to_for_empl", "c_paid_for_taxes", "st_cash_out_act", "n_cashflow_act", "c_disp_withdrwl_invest",
                "c_pay_acq_const_fiolta", "c_paid_invest", "n_cashflow_inv_act", "c_recp_borrow", "c_prepay_amt_borr",
                "n_cash_flows_fnc_act", "n_incr_cash_cash_equ", "c_cash_equ_beg_period", "c_cash_equ_end_period",
                "free_cashflow");
        table(Table.INDICATOR, "eps", "dt_eps", "bps", "ocfps", "cfps", "grossprofit_margin", "netprofit_margin",
                "roe", "roe_waa", "roe_dt", "roa", "debt_to_assets", "current_ratio", "quick_ratio", "profit_dedt",
                "or_yoy", "netprofit_yoy", "dt_netprofit_yoy", "basic_eps_yoy", "tr_yoy", "q_sales_yoy", "q_profit_yoy");
        for (String c : List.of("basic_eps", "diluted_eps", "eps", "dt_eps", "bps", "ocfps", "cfps")) {
            UNITS.put(c, Unit.YUAN_PER_SHARE);
        }
        UNITS.put("total_share", Unit.SHARES);
        // fina_indicator prints ratios in percent (12.5 is 12.5%) and two ratios as plain numbers
        for (String c : List.of("grossprofit_margin", "netprofit_margin", "roe", "roe_waa", "roe_dt", "roa",
                "debt_to_assets")) {
            UNITS.put(c, Unit.PERCENT);
        }
        UNITS.put("current_ratio", Unit.RATIO);
        UNITS.put("quick_ratio", Unit.RATIO);
        UNITS.put("profit_dedt", Unit.YUAN);

        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("revenue", List.of("revenue"));
        m.put("cost_of_revenue", List.of("oper_cost"));
        m.put("operating_profit", List.of("operate_profit"));
        m.put("net_profit", List.of("n_income"));
        m.put("net_profit_attributable", List.of("n_income_attr_p"));
        m.put("net_profit_deducted", List.of("profit_dedt"));
        m.put("rd_expense", List.of("rd_exp"));
        m.put("eps_basic", List.of("basic_eps", "eps"));
        m.put("eps_diluted", List.of("diluted_eps", "dt_eps"));
        m.put("gross_margin", List.of("grossprofit_margin"));
        m.put("total_assets", List.of("total_assets"));
        m.put("total_liabilities", List.of("total_liab"));
        m.put("equity_attributable", List.of("total_hldr_eqy_exc_min_int"));
        m.put("total_equity", List.of("total_hldr_eqy_inc_min_int"));
        m.put("debt_ratio", List.of("debt_to_assets"));
        m.put("receivables", List.of("accounts_receiv"));
        m.put("shares_outstanding", List.of("total_share"));
        m.put("operating_cash_flow", List.of("n_cashflow_act"));
        m.put("capex", List.of("c_pay_acq_const_fiolta"));
        STANDARD = Collections.unmodifiableMap(m);
    }

    private static void table(Table t, String... columns) {
        for (String c : columns) {
            TABLE.putIfAbsent(c, t);
        }
    }

    private TushareColumns() {
    }

    /** @return the table a known column belongs to, or null */
    static Table table(String column) {
        return TABLE.get(column);
    }

    /**
     * The unit of a column: 元/股 for per-share columns, 股 for total_share, % or a plain ratio for
     * fina_indicator's ratios, 元 for the amounts of income, balancesheet and cashflow; null for a
     * fina_indicator column whose unit kpi4j does not know.
     */
    static Unit unit(String column, Table table) {
        Unit u = UNITS.get(column);
        if (u != null) {
            return u;
        }
        return table == Table.INDICATOR ? null : Unit.YUAN;
    }

    /** fina_indicator's columns measured at the period's end (balance-sheet ratios, book value per share). */
    private static final Set<String> INSTANT_INDICATORS = Set.of("debt_to_assets", "current_ratio", "quick_ratio", "bps");

    /** @return true if a column's figure is measured at the period's end rather than over it */
    static boolean instant(String column, Table table) {
        return table.instant || (table == Table.INDICATOR && INSTANT_INDICATORS.contains(column));
    }

    /** @return true for fina_indicator's growth columns, printed changes without their figure */
    static boolean isGrowth(String column) {
        return column.endsWith("_yoy");
    }
}
