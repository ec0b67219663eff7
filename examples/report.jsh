// kpi4j report from JShell: the analyst's report of the bundled data, in Chinese, written as HTML,
// Markdown and Excel, its headline figures checked against the IR record 2025-053.
// Run: jshell --class-path cli/target/kpi4j-all.jar examples/startup.jsh examples/report.jsh
List<Fact> all = new ArrayList<>(Datasets.load("paratera").facts());
all.addAll(Datasets.load("idc-compute").facts());
FactSet facts = FactSet.of(all);
ReportOptions options = ReportOptions.of(Language.ZH).withNames(Datasets.names()).withCatalog(Datasets.catalog());
KpiReport kpiReport = KpiReport.of(facts, options);
System.out.println(kpiReport);

// the headline table: FY2024 revenue 65,461.73 万元 and the 1,205.67 万元 turnaround (record Q2)
KpiTable headline = kpiReport.tables().get(0).table();
System.out.println(headline);
List<Cell> revenue = headline.rows().get(0);
if (Math.abs(revenue.get(2).value() - 65461.73) > 1e-9) throw new AssertionError("revenue " + revenue);
List<Cell> profit = headline.rows().stream().filter(r -> r.get(0).text().equals("归属于上市公司股东的净利润")).findFirst().orElseThrow();
if (!profit.get(3).text().equals("扭亏为盈")) throw new AssertionError("turnaround " + profit);

// the story in words, then the files
kpiReport.sections().get(0).blocks().stream().filter(b -> b instanceof ReportBlock.Paragraph).map(b -> ((ReportBlock.Paragraph) b).text()).forEach(System.out::println);
Path dir = Files.createTempDirectory("kpi4j-report");
List<Path> files = kpiReport.writeTo(dir);
String html = Files.readString(files.get(0));
for (String s : List.of("65,461.73", "1,205.67", "扭亏为盈", "48.27%", "46.2%")) if (!html.contains(s)) throw new AssertionError("report.html lacks " + s);
if (kpiReport.figures().size() < 4) throw new AssertionError("charts " + kpiReport.figures().size());
System.out.println(files.size() + " files in " + dir + ", " + kpiReport.figures().size() + " charts");

// one table as HTML, as a notebook shows it
String table = HtmlWriter.table(headline);
if (!table.startsWith("<table")) throw new AssertionError(table);
System.out.println("report OK");
/exit
