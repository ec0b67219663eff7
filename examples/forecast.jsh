// kpi4j forecasting: year-to-date filings to quarters, trend and Holt-Winters with intervals, a backtest.
// Run: jshell --class-path cli/target/kpi4j-all.jar examples/startup.jsh examples/forecast.jsh
Metric revenue = MetricCatalog.standard().get("revenue").orElseThrow();
KpiSeriesBuilder b = KpiSeries.builder("acme", revenue, Unit.WAN_YUAN);
double[] quarters = {100, 120, 110, 140, 112, 134, 123, 156, 125, 150, 137, 174};
for (int y = 0; y < 3; y++) {                      // filed year-to-date: Q1, H1, Q1-Q3, year
    double cum = 0;
    for (int q = 1; q <= 4; q++) {
        cum += quarters[y * 4 + q - 1];
        b.add(Period.ytd(2022 + y, q), cum, 0);
    }
}
KpiSeries ytd = b.build();
Observations obs = Observations.of(ytd);           // converted to discrete quarters first
System.out.println(Arrays.toString(obs.values()));
if (!Arrays.equals(obs.values(), quarters)) throw new AssertionError("YTD conversion");

HoltWintersFit hw = HoltWinters.fit(obs.values(), HoltWintersSpec.quarterly(Seasonality.MULTIPLICATIVE));
Forecast f = hw.forecast(4, 0.9);
System.out.println(hw.spec().name() + " SSE " + hw.sse());
System.out.println(f);
System.out.println(obs.futurePeriods(4));
for (int k = 1; k < 4; k++) if (f.upper()[k] - f.lower()[k] < 0) throw new AssertionError("interval");

System.out.println(TrendForecast.logLinear(obs.values()).forecast(4, 0.95));
System.out.println(Backtest.rollingOrigin(obs.values(), 2, 8, 4,
        List.of(Forecaster.naive(), Forecaster.seasonalNaive(4), Forecaster.linearTrend())));
System.out.println("forecast OK");
/exit
