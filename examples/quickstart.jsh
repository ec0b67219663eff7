// kpi4j quickstart: load a dataset, growth with flags, reconcile, project 46.2% to 2028, render a chart.
// Run: jshell --class-path cli/target/kpi4j-all.jar examples/startup.jsh examples/quickstart.jsh
FactSet facts = Datasets.load("paratera");

// Growth as filings compare it: shareholders vs the prior year-end
KpiSeries holders = facts.series("paratera", "shareholder_count");
GrowthTable g = holders.growth(GrowthKind.DEFAULT, GrowthConvention.FILING);
System.out.println(g);
double growth = g.rows().get(1).growth();          // 18,170 / 8,003 − 1
if (Math.abs(growth - 10167.0 / 8003) > 1e-12) throw new AssertionError("shareholder growth " + growth);

// A loss base: the filing convention and the turnaround flag
System.out.println(GrowthConvention.FILING.growth(50, -200) + " " + GrowthFlag.of(50, -200));

// Every printed percentage, recomputed or with the base it implies
CheckReport report = Reconciliation.check(facts);
System.out.println(report);
if (report.hasMismatch()) throw new AssertionError("mismatch in the bundled data");

// The market: 1037.3 EFLOPS in 2025 at a 46.2% CAGR to 2028
Projection p = Projection.of(1037.3, 2025, 2028, Percentage.parse("46.2%"));
System.out.println(p);
if (Math.abs(p.valueAt(2028) - 1037.3 * Math.pow(1.462, 3)) > 1e-9) throw new AssertionError("projection");
System.out.println(ChainCheck.of(1037.3, 2025, "43%", "46.2%", 2023, 2028, 0.01));

// A chart to PNG (bytes for a notebook, or a file)
KpiChart chart = Charts.line(holders, ChartOptions.en().withCatalog(Datasets.catalog()));
Path png = Files.createTempFile("kpi4j-quickstart", ".png");
chart.toPng(png);
System.out.println("chart: " + chart.title() + " -> " + Files.size(png) + " bytes");
System.out.println("quickstart OK");
/exit
