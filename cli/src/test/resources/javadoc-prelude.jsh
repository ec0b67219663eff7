// The names the Javadoc examples of kpi4j's public types may use without declaring them.
// JavadocExamplesTest runs this (after examples/startup.jsh) in a scratch directory, then every example;
// after an example that redeclares one of these names it runs that name's line again, so keep each
// declaration on one line.
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.File;
import com.fasterxml.jackson.databind.ObjectMapper;
import tech.tablesaw.api.Table;
import org.knowm.xchart.CategoryChart;
import org.kpi4j.metric.Metric.UnitFamily;
import org.kpi4j.jupyter.*;

// acme: a made-up company. Revenue filed year-to-date (discrete quarters 10, 11, 12, 13, 12, 14, 15, 16
// 亿元), net profit by quarter with a loss spell, revenue by segment for two years.
List<String> acmeRows = List.of("entity,metric,segment,period,basis,value,unit", "acme,revenue,,2023Q1,ytd,10,亿元", "acme,revenue,,2023H1,,21,亿元", "acme,revenue,,2023Q1-Q3,,33,亿元", "acme,revenue,,2023,,46,亿元", "acme,revenue,,2024Q1,ytd,12,亿元", "acme,revenue,,2024H1,,26,亿元", "acme,revenue,,2024Q1-Q3,,41,亿元", "acme,revenue,,2024,,57,亿元", "acme,net_profit,,2023Q1,quarter,-1.2,亿元", "acme,net_profit,,2023Q2,quarter,-0.4,亿元", "acme,net_profit,,2023Q3,quarter,0.3,亿元", "acme,net_profit,,2023Q4,quarter,0.9,亿元", "acme,net_profit,,2024Q1,quarter,0.5,亿元", "acme,net_profit,,2024Q2,quarter,0.8,亿元", "acme,net_profit,,2024Q3,quarter,-0.2,亿元", "acme,net_profit,,2024Q4,quarter,1.1,亿元", "acme,revenue,通用云,2023,,30,亿元", "acme,revenue,通用云,2024,,32,亿元", "acme,revenue,智算云,2023,,16,亿元", "acme,revenue,智算云,2024,,25,亿元");
Files.write(Path.of("facts.csv"), acmeRows);
FactSet acme = FactsCsv.read(Path.of("facts.csv"));
try (Writer w = Files.newBufferedWriter(Path.of("facts.json"))) { FactsJson.write(acme, w); }
List<Fact> all = new ArrayList<>(Datasets.load("paratera").facts()); all.addAll(acme.facts());
FactSet facts = FactSet.of(all);
KpiSeries revenue = facts.series("acme", "revenue").toDiscreteQuarters();
KpiSeries profit = facts.series("acme", "net_profit");
List<KpiSeries> segments = List.of(facts.series(SeriesKey.of("acme", "revenue", "通用云")), facts.series(SeriesKey.of("acme", "revenue", "智算云")));
KpiSeries series = facts.series("paratera", "revenue");
KpiSeries discreteSeries = KpiSeries.builder("acme", MetricCatalog.standard().get("revenue").orElseThrow(), Unit.WAN_YUAN).add(Period.parse("2024Q1"), 100, 0).add(Period.parse("2024H1"), 250, 0).add(Period.parse("2024Q1-Q3"), 420, 0).add(Period.parse("2024"), 600, 0).build().toDiscreteQuarters();
CheckReport report = Reconciliation.check(facts);
KpiReport kpiReport = KpiReport.of(Datasets.load("paratera"), ReportOptions.of(Language.EN).withNames(Datasets.names()).withCatalog(Datasets.catalog()));
KpiPanel panel = SyntheticPanel.generate(7, 10, 8, 12);

// charts
KpiChart chart = Charts.line(revenue, ChartOptions.en());
KpiChart line = Charts.line(revenue, ChartOptions.en());
KpiChart yoy = Charts.yoy(revenue.yoy(), ChartOptions.en());
KpiChart mix = Charts.mix(segments, MixMode.SHARES, ChartOptions.en());
KpiChart fan = Charts.fan(revenue, FanLine.of("Base", List.of("2025Q1", "2025Q2"), new double[] {17, 18}), ChartOptions.en());
KpiChart a = Charts.line(revenue, ChartOptions.en());
KpiChart b = Charts.yoy(revenue.yoy(), ChartOptions.en());
KpiChart c = Charts.mix(segments, MixMode.SHARES, ChartOptions.en());

// forecasting: 24 quarters of a seasonal series with a trend
double[] y = {100, 120, 115, 140, 108, 129, 123, 151, 115, 139, 131, 162, 124, 148, 141, 173, 132, 158, 150, 185, 141, 168, 160, 196};
List<Forecaster> models = List.of(Forecaster.seasonalNaive(4), Forecaster.linearTrend(), Forecaster.holtWinters(HoltWintersSpec.quarterly(Seasonality.ADDITIVE)));
MarginDecomposition decomposition = MarginDecomposition.builder().segment("通用云", 600, 240, 500, 200).segment("行业云", 300, 90, 300, 90).segment("智算云", 100, 10, 200, 20).build();

// the filings readers' examples: made-up files of each format, from the test resources
for (String[] c : new String[][] {{"acme_companyfacts.json", "companyfacts.json"}, {"assets_frame_CY2023Q4I.json", "frame.json"}, {"sina_lrb_sh600000.json", "sina_lrb_sh600000.json"}, {"tushare_income_600000.SH.csv", "income_600000.SH.csv"}}) { try (InputStream in = ClassLoader.getSystemResourceAsStream("filings/" + c[0])) { Files.copy(in, Path.of(c[1]), StandardCopyOption.REPLACE_EXISTING); } }

// a font file with Chinese glyphs (the test passes one that fontconfig lists)
File fontFile = new File(System.getProperty("kpi4j.fontFile", "NotoSansSC-Regular.otf"));
