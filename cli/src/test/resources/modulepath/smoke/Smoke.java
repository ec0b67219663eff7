package smoke;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.kpi4j.charts.ChartOptions;
import org.kpi4j.charts.Charts;
import org.kpi4j.charts.KpiChart;
import org.kpi4j.datasets.Datasets;
import org.kpi4j.datasets.Tablesaw;
import org.kpi4j.fact.FactSet;
import org.kpi4j.series.SeriesKey;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthRow;
import org.kpi4j.io.KpiJacksonModule;
import org.kpi4j.series.KpiPanel;
import org.kpi4j.series.KpiSeries;
import org.kpi4j.time.Period;
import org.kpi4j.unit.Unit;
import tech.tablesaw.api.Table;

/**
 * Run by ModulePathTest on the module path: prints key=value lines the test checks, then "smoke OK".
 * With the argument "extras" it also exports SVG and PDF and round-trips a panel through Tablesaw,
 * which need more jars (and --add-modules) than the rest.
 */
public final class Smoke {

    public static void main(String[] args) throws Exception {
        // The bundled dataset, read from inside the org.kpi4j.datasets module.
        FactSet facts = Datasets.load("paratera");
        System.out.println("facts=" + facts.size());
        // FactSet.read's formats: core uses the service, io provides it (bound on the module path too)
        System.out.println("formats=" + FactSet.formats().stream().map(f -> f.name()).toList());

        // Growth of the shareholder count against the prior year-end (18,170 vs 8,003).
        KpiSeries holders = facts.series("paratera", "shareholder_count");
        GrowthRow row = holders.growth(GrowthKind.DEFAULT, GrowthConvention.FILING).rows().get(1);
        System.out.println("growth=" + row.growth());

        // Jackson (a real module) serialising a kpi4j record through KpiJacksonModule.
        ObjectMapper mapper = new ObjectMapper().registerModule(new KpiJacksonModule());
        System.out.println("json=" + mapper.writeValueAsString(row));
        System.out.println("period=" + mapper.readValue("\"2024Q1-Q3\"", Period.class));

        // A chart drawn headless to PNG bytes, decoded again.
        KpiChart chart = Charts.line(holders, ChartOptions.en().withCatalog(Datasets.catalog()));
        byte[] png = chart.pngBytes();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        System.out.println("png=" + HexFormat.of().formatHex(Arrays.copyOf(png, 8)) + " " + image.getWidth() + "x"
                + image.getHeight());

        // What the kpi4j modules export, and whether the internal package can be reached.
        for (Module m : new Module[] {FactSet.class.getModule(), KpiJacksonModule.class.getModule(), Datasets.class.getModule(),
                Charts.class.getModule()}) {
            ModuleDescriptor d = m.getDescriptor();
            TreeSet<String> exports = new TreeSet<>();
            d.exports().forEach(e -> exports.add(e.source() + (e.isQualified() ? " to " + e.targets() : "")));
            System.out.println("module " + m.getName() + " automatic=" + d.isAutomatic() + " open=" + d.isOpen()
                    + " opens=" + d.opens().size() + " packages=" + new TreeSet<>(d.packages()) + " exports=" + exports
                    + " requires=" + d.requires().stream().map(ModuleDescriptor.Requires::name)
                            .filter(r -> !r.equals("java.base")).sorted().toList());
        }
        System.out.println("internal exported=" + FactSet.class.getModule().isExported("org.kpi4j.internal"));
        try {
            Class.forName("org.kpi4j.internal.Checks").getMethod("finite", double.class, String.class)
                    .invoke(null, 1.0, "x");
            System.out.println("internal callable=true");
        } catch (IllegalAccessException e) {
            System.out.println("internal callable=false");
        }

        if (args.length > 0 && args[0].equals("extras")) {
            Path dir = Files.createTempDirectory("kpi4j-smoke");
            Path svg = chart.toSvg(dir.resolve("chart.svg"));
            Path pdf = chart.toPdf(dir.resolve("chart.pdf"));
            System.out.println("svg=" + Files.readString(svg).contains("<svg"));
            System.out.println("pdf=" + new String(Arrays.copyOf(Files.readAllBytes(pdf), 5), "US-ASCII"));
            KpiPanel panel = KpiPanel.builder(Period.parse("2024Q3"), 3)
                    .add(SeriesKey.of("acme", "headcount"), Unit.PERSONS, new double[] {10, 11, 12})
                    .add(SeriesKey.of("acme", "revenue"), Unit.WAN_YUAN, new double[] {1, 2, 3}).build();
            Table table = Tablesaw.toLong(panel);
            System.out.println("tablesaw rows=" + table.rowCount() + " back="
                    + Arrays.toString(Tablesaw.fromLong(table).row(0)));
            // Splitting makes row selections, which Tablesaw keeps in RoaringBitmaps.
            System.out.println("tablesaw groups=" + table.splitOn("unit").asTableList().size());
        }
        System.out.println("smoke OK");
    }
}
