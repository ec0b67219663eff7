/**
 * Forecasting for KPI series given as plain {@code double[]} (no missing values; convert a series
 * first): OLS linear and log-linear trends with Student-t prediction intervals
 * ({@link org.kpi4j.forecast.TrendForecast}), Holt-Winters exponential smoothing with known or
 * fitted parameters and prediction intervals ({@link org.kpi4j.forecast.HoltWinters}), and a
 * rolling-origin backtest reporting MAPE and MASE ({@link org.kpi4j.forecast.Backtest}).
 *
 * <p>The Holt-Winters recursions follow statsmodels' {@code ExponentialSmoothing}; forecasts follow
 * Hyndman, Koehler, Ord and Snyder, <i>Forecasting with Exponential Smoothing</i> (Springer, 2008).
 */
package org.kpi4j.forecast;
