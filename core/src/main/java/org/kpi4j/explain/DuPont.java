package org.kpi4j.explain;

import org.kpi4j.format.KpiTable;
import org.kpi4j.format.KpiFormat;
import org.kpi4j.format.Cell;
import org.kpi4j.internal.Checks;

/**
 * The DuPont breakdown of return on equity: {@code ROE = net margin × asset turnover × equity
 * multiplier}, that is {@code NP/E = (NP/Rev) · (Rev/A) · (A/E)} (the DuPont identity,
 * devised by F. Donaldson Brown at DuPont around 1914; see the financial-analysis chapter of any
 * corporate-finance text, e.g. Brealey, Myers and Allen, <i>Principles of Corporate Finance</i>).
 *
 * <p>Units: net margin and ROE are fractions (currency over currency); asset turnover and the
 * equity multiplier are multiples ("x"). Turnover and ROE are per the period the net profit and
 * revenue cover: a quarter's figures give a quarterly, not annualised, ROE.
 *
 * <pre>{@code
 * DuPont d = Ratios.dupont(120, 1000, 2000, 800);
 * d.netMargin();          // 0.12
 * d.assetTurnover();      // 0.5
 * d.equityMultiplier();   // 2.5
 * d.roe();                // 0.15 = 0.12 × 0.5 × 2.5
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param netMargin net profit / revenue, a fraction
 * @param assetTurnover revenue / average total assets, a multiple
 * @param equityMultiplier average total assets / average equity, a multiple
 * @param roe net profit / average equity, a fraction, equal to the product of the other three
 */
public record DuPont(double netMargin, double assetTurnover, double equityMultiplier, double roe) {

    /** Relative tolerance of {@code roe} against the product of the three factors. */
    static final double TOLERANCE = 1e-12;

    /**
     * Validates the figures.
     *
     * @param netMargin see the record description
     * @param assetTurnover see the record description
     * @param equityMultiplier see the record description
     * @param roe see the record description
     * @throws IllegalArgumentException if a figure is not finite or roe differs from the product of
     *     the three factors by more than 1e-12 (relative to max(1, |roe|))
     */
    public DuPont {
        Checks.finite(netMargin, "netMargin");
        Checks.finite(assetTurnover, "assetTurnover");
        Checks.finite(equityMultiplier, "equityMultiplier");
        Checks.finite(roe, "roe");
        double product = netMargin * assetTurnover * equityMultiplier;
        if (Math.abs(roe - product) > TOLERANCE * Math.max(1, Math.abs(roe))) {
            throw new IllegalArgumentException("roe must equal netMargin × assetTurnover × equityMultiplier = " + product
                    + " but was " + roe);
        }
    }

    /** Returns the breakdown as a table of factor, value and formula. */
    @Override
    public String toString() {
        return toTable(KpiFormat.en()).toString();
    }

    /**
     * Returns the breakdown as a table: factor, value and formula.
     *
     * @param f the language of numbers, not null
     * @return the table, not null
     */
    public KpiTable toTable(KpiFormat f) {
        return KpiTable.builder("factor", "value", "formula")
                .row(Cell.text("net margin"), Cell.percent(netMargin, 2, f), Cell.text("net profit / revenue"))
                .row(Cell.text("asset turnover"), Cell.number(assetTurnover, 4, "x", f),
                        Cell.text("revenue / avg total assets"))
                .row(Cell.text("equity multiplier"), Cell.number(equityMultiplier, 4, "x", f),
                        Cell.text("avg total assets / avg equity"))
                .row(Cell.text("ROE"), Cell.percent(roe, 2, f), Cell.text("net profit / avg equity = product"))
                .build();
    }
}
