package org.kpi4j.charts;

import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Makes {@link KpiChart}s from plots: the font their words need, a dashboard's grid and data. */
final class ChartAssembly {

    private ChartAssembly() {
    }

    /** A chart of a plot at the options' size, in the font its words need. */
    static KpiChart of(Plot plot, ChartOptions options) {
        List<String> texts = new ArrayList<>(List.of(plot.title(), plot.xTitle(), plot.yTitle(),
                plot.y2Title() == null ? "" : plot.y2Title()));
        texts.addAll(plot.data().series());
        texts.addAll(plot.data().notes());
        if (plot.band() != null) {
            texts.add(plot.band());
        }
        Font font = ChartFonts.resolve(options, texts);
        return new KpiChart(plot, plot.counts(), options, font, options.width(), options.height(), List.of(), 1);
    }

    /** A dashboard of panels: its data is theirs, each series named after its panel. */
    static KpiChart dashboard(List<KpiChart> panels, int columns, ChartOptions options) {
        int cols = Math.min(columns, panels.size());
        int rows = (panels.size() + cols - 1) / cols;
        String title = options.title().orElse("");
        Font font = ChartFonts.resolve(options, List.of(title));
        int header = title.isEmpty() ? 0 : 40;
        int width = Math.min(20000, Math.max(options.width(), cols * 640));
        int height = Math.min(20000, Math.max(options.height(), rows * 400 + header));
        Map<String, Integer> counts = new LinkedHashMap<>();
        ChartData data = panelData(panels, counts);
        Map<String, Plot.Role> roles = new LinkedHashMap<>();
        data.series().forEach(s -> roles.put(s, Plot.Role.LINE));
        Plot plot = new Plot(KpiChart.Type.DASHBOARD, title, "", "", null, "", data, roles, null);
        return new KpiChart(plot, counts, options, font, width, height, panels, cols);
    }

    /** The panels' data, series named "panel / series"; fills in each panel's total point count. */
    static ChartData panelData(List<KpiChart> panels, Map<String, Integer> counts) {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            KpiChart p = panels.get(i);
            String name = p.title().isEmpty() ? "#" + (i + 1) : p.title();
            String unique = name;
            for (int n = 2; counts.containsKey(unique); n++) {
                unique = name + " (" + n + ")";
            }
            counts.put(unique, p.pointCounts().values().stream().mapToInt(Integer::intValue).sum());
            for (ChartPoint pt : p.data().points()) {
                points.add(ChartPoint.of(pt.period(), unique + " / " + pt.series(), pt.value(), pt.unit(), pt.basis()));
            }
        }
        return ChartData.of(points, List.of());
    }
}
