// kpi4j explanations: why a margin fell (rate vs mix), concentration, panels at scale.
// Run: jshell --class-path cli/target/kpi4j-all.jar examples/startup.jsh examples/explain.jsh
// The seed's Q6: compute-services gross margin fell from 32% (2024) to 27% (Q1 2025) as the lower-margin
// AI cloud's share rose. The split by product line is not published; these line figures are illustrative.
MarginDecomposition d = MarginDecomposition.builder().
        segmentMargins("通用云", 30, 0.40, 20, 0.40).
        segmentMargins("行业云", 20, 0.35, 15, 0.35).
        segmentMargins("智算云", 50, 0.27, 65, 0.23).
        build();
System.out.println(d);
if (Math.abs(d.rateEffect() + d.mixEffect() - d.totalChange()) > 1e-12) throw new AssertionError("not additive");

Shares top = Shares.of(Map.of("A", 26.48, "rest", 73.52));
System.out.println("HHI points " + top.hhiPoints());

KpiPanel panel = KpiPanel.builder(Period.parse("2023Q1"), 8).
        add(SeriesKey.of("acme", "revenue"), Unit.WAN_YUAN, new double[] {10, 11, 12, 13, 12, 14, 15, 16}).
        add(SeriesKey.of("beta", "revenue"), Unit.WAN_YUAN, new double[] {-5, 2, 3, 4, 5, Double.NaN, 7, 8}).
        build();
System.out.println(panel.yoy(GrowthConvention.FILING));
System.out.println("explain OK");
/exit
