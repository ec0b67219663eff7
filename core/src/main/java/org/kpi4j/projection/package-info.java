/**
 * Projection: compound annual growth ({@link org.kpi4j.projection.Cagr}, Excel's {@code RRI}),
 * constant-rate projections ({@link org.kpi4j.projection.Projection}) and named scenario fans
 * ({@link org.kpi4j.projection.ScenarioFan}), and the consistency check
 * of a reported value, its year-on-year growth and a reported CAGR
 * ({@link org.kpi4j.projection.ChainCheck}).
 *
 * <p>Every rate and growth in this package is a fraction ({@code 0.462} for 46.2%), or a printed
 * {@link org.kpi4j.unit.Percentage} with the interval its rounding leaves; values are
 * plain doubles in whatever unit the caller uses; years are fiscal-year integers. Nothing here
 * returns {@code NaN}: invalid input throws {@link java.lang.IllegalArgumentException} with a
 * sentence naming the argument and its value, and a result that overflows a double throws
 * {@link java.lang.ArithmeticException}.
 */
package org.kpi4j.projection;
