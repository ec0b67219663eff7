// Panels at scale: a tidy CSV of many companies straight into a KpiPanel, then YoY/QoQ/TTM over all of it.
// Run: jshell --class-path cli/target/kpi4j-all.jar examples/startup.jsh examples/panel.jsh

// A small file first, with figures to check by hand: revenue filed year-to-date, a stock at quarter ends
Path small = Files.createTempFile("kpi4j-panel", ".csv");
Files.writeString(small, String.join("\n",
    "entity,metric,period,basis,value,unit",
    "acme,revenue,2023Q1,ytd,100,万元",
    "acme,revenue,2023H1,,250,万元",
    "acme,revenue,2023Q1-Q3,,420,万元",
    "acme,revenue,2023,,600,万元",
    "acme,revenue,2024Q1,ytd,130,万元",
    "acme,receivables,2023-12-31,instant,61,万元",
    "acme,receivables,2024-03-31,instant,70,万元", ""));
KpiPanel p = PanelCsv.read(small);
System.out.println(p);
// discrete quarters 100, 150, 170, 180, 130; YoY of 2024Q1 = 130 / 100 - 1
double q4 = p.get(0, 3).getAsDouble();
double yoy = p.yoy(GrowthConvention.FILING).get(0, 4).getAsDouble();
if (q4 != 180 || Math.abs(yoy - 0.30) > 1e-12) throw new AssertionError(q4 + " " + yoy);

// A synthetic market: 1,000 companies x 8 metrics x 40 quarters (seeded; YTD flows, gaps, losses)
Path big = Files.createTempFile("kpi4j-panel-big", ".csv");
long facts = SyntheticPanel.writeTidyCsv(big, 42, 1000, 8, 40);
KpiPanel market = PanelCsv.read(big);
System.out.printf("%,d facts -> %,d series x %d quarters%n", facts, market.seriesCount(), market.quarterCount());
if (market.seriesCount() != 8000) throw new AssertionError("series");
System.out.println(market.yoy(GrowthConvention.FILING));
System.out.println("panel OK");
/exit
