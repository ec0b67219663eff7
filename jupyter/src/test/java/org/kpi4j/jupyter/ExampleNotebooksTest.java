package org.kpi4j.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kpi4j.jupyter.Fixtures.cells;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.charts.ChartFonts;

/**
 * Runs the code cells of every notebook in {@code examples/} through the kernel's evaluator and
 * display, as the kernel would, without Jupyter (the CI script runs them through Jupyter itself):
 * no cell fails, each notebook shows a table and a picture, and the quickstart and the real-filings
 * notebook show the values worked out below. A notebook whose metadata {@code kpi4j.requires} names a
 * file that is absent (the real filings in {@code ../shared/data/real}, outside the repository) is
 * skipped, saying so, as {@code .ci/notebooks} skips it. The evaluator runs in this module's folder,
 * Jupyter's kernel in the notebook's ({@code examples/}): both one level below the repository root, so
 * a notebook's relative paths mean the same in both.
 */
class ExampleNotebooksTest {

    static Path examples() {
        return Path.of(System.getProperty("kpi4j.examples", "../examples"));
    }

    /** The files a notebook's metadata {@code kpi4j.requires} names (relative to its folder) that are absent. */
    static List<Path> missing(Path notebook) throws Exception {
        JsonObject meta = JsonParser.parseString(Files.readString(notebook, StandardCharsets.UTF_8)).getAsJsonObject()
                .getAsJsonObject("metadata");
        JsonObject kpi4j = meta.getAsJsonObject("kpi4j");
        if (kpi4j == null || !kpi4j.has("requires")) {
            return List.of();
        }
        List<Path> absent = new ArrayList<>();
        for (JsonElement e : kpi4j.getAsJsonArray("requires")) {
            Path p = notebook.toAbsolutePath().getParent().resolve(e.getAsString()).normalize();
            if (!Files.isRegularFile(p)) {
                absent.add(p);
            }
        }
        return absent;
    }

    /** The example notebooks whose required files are present; the others are named on stderr. */
    static List<Path> runnable() throws Exception {
        List<Path> notebooks;
        try (Stream<Path> s = Files.list(examples())) {
            notebooks = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        List<Path> run = new ArrayList<>();
        for (Path nb : notebooks) {
            List<Path> absent = missing(nb);
            if (absent.isEmpty()) {
                run.add(nb);
            } else {
                System.err.println("skipped " + nb + ": it needs " + absent + ", absent here");
            }
        }
        return run;
    }

    /** The bundle each code cell shows, by cell id. */
    static Map<String, Map<String, String>> run(Path notebook) throws Exception {
        JsonObject nb = JsonParser.parseString(Files.readString(notebook, StandardCharsets.UTF_8)).getAsJsonObject();
        assertThat(nb.get("nbformat").getAsInt()).isEqualTo(4);
        assertThat(nb.getAsJsonObject("metadata").getAsJsonObject("kernelspec").get("name").getAsString())
                .as("%s's kernel", notebook).isEqualTo(KernelSpec.NAME);
        Map<String, Map<String, String>> shown = new LinkedHashMap<>();
        try (CellEvaluator ev = new CellEvaluator(CellEvaluator.hostClassPath(), KpiKernel.startupImports())) {
            for (JsonElement e : nb.getAsJsonArray("cells")) {
                JsonObject cell = e.getAsJsonObject();
                if (!cell.get("cell_type").getAsString().equals("code")) {
                    continue;
                }
                JsonElement src = cell.get("source");
                StringBuilder code = new StringBuilder();
                if (src.isJsonArray()) {
                    src.getAsJsonArray().forEach(l -> code.append(l.getAsString()));
                } else {
                    code.append(src.getAsString());
                }
                CellEvaluator.Value v = ev.eval(code.toString()); // a CellError fails the test, naming the line
                shown.put(cell.get("id").getAsString(), v.present() ? MimeBundles.of(v.object()) : Map.of());
            }
        }
        return shown;
    }

    @Test
    void everyExampleNotebook_runs_andShowsATableAndAPicture() throws Exception {
        // the quickstart's chart has Chinese labels; .ci/run installs fonts-noto-cjk
        Assumptions.assumeTrue(ChartFonts.cjkFamily().isPresent(), "no CJK font installed");
        List<Path> notebooks = runnable();
        assertThat(notebooks).extracting(p -> p.getFileName().toString()).contains("quickstart.ipynb");
        for (Path nb : notebooks) {
            Map<String, Map<String, String>> shown = run(nb);
            assertThat(shown.values()).as("%s shows an HTML table", nb)
                    .anyMatch(b -> b.getOrDefault("text/html", "").contains("<table"));
            assertThat(shown.values()).as("%s shows a picture", nb).anyMatch(b -> b.containsKey("image/png"));
        }
    }

    /** A notebook field that nbformat may store as one string or as a list of lines. */
    private static String text(JsonElement e) {
        if (e == null) {
            return null;
        }
        if (e.isJsonArray()) {
            StringBuilder b = new StringBuilder();
            e.getAsJsonArray().forEach(l -> b.append(l.getAsString()));
            return b.toString();
        }
        return e.getAsString();
    }

    @Test
    void savedNotebooks_holdTheOutputsTheKernelShowsNow() throws Exception {
        Assumptions.assumeTrue(ChartFonts.cjkFamily().isPresent(), "no CJK font installed");
        for (Path path : runnable()) {
            String refresh = " (refresh it: .ci/notebooks, then copy target/notebooks/" + path.getFileName() + " to examples/)";
            Map<String, Map<String, String>> now = run(path);
            JsonObject nb = JsonParser.parseString(Files.readString(path, StandardCharsets.UTF_8)).getAsJsonObject();
            boolean table = false;
            boolean image = false;
            for (JsonElement e : nb.getAsJsonArray("cells")) {
                JsonObject cell = e.getAsJsonObject();
                if (!cell.get("cell_type").getAsString().equals("code")) {
                    continue;
                }
                String id = cell.get("id").getAsString();
                assertThat(cell.get("execution_count").isJsonNull()).as("%s cell %s was saved unexecuted%s", path, id, refresh)
                        .isFalse();
                for (JsonElement o : cell.getAsJsonArray("outputs")) {
                    JsonObject out = o.getAsJsonObject();
                    assertThat(out.get("output_type").getAsString()).as("%s cell %s%s", path, id, refresh).isNotEqualTo("error");
                    if (out.get("output_type").getAsString().equals("execute_result")) {
                        JsonObject data = out.getAsJsonObject("data");
                        for (String mime : List.of("text/html", "text/plain")) {
                            assertThat(text(data.get(mime))).as("%s cell %s, %s, saved vs shown now%s", path, id, mime, refresh)
                                    .isEqualTo(now.get(id).get(mime));
                        }
                        table |= text(data.get("text/html")) != null && text(data.get("text/html")).contains("<table");
                        image |= data.has("image/png");
                    }
                }
            }
            assertThat(table).as("%s holds an HTML table", path).isTrue();
            assertThat(image).as("%s holds an image", path).isTrue();
        }
    }

    @Test
    void quickstart_showsTheRecordsFigures() throws Exception {
        Assumptions.assumeTrue(ChartFonts.cjkFamily().isPresent(), "no CJK font installed");
        Map<String, Map<String, String>> shown = run(examples().resolve("quickstart.ipynb"));
        // the shareholder counts the record prints: 8,003 (end of 2024) and 18,170 (2025-03-31)
        assertThat(cells(shown.get("c1").get("text/html"))).extracting(r -> r.get(1)).containsExactly("8,003", "18,170");
        // 18,170 / 8,003 − 1 = +127.04%
        assertThat(cells(shown.get("c3").get("text/html")).get(1)).contains("+127.04%");
        // six printed changes, none recomputable (no prior-year figures); the first implies a 2023
        // base of 61,400.33 / 1.4827 = 41,411.16 (万元)
        String checks = shown.get("c5").get("text/html");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(checks).select("p").eachText()).contains("0 ok, 0 mismatch, 6 unverifiable");
        assertThat(cells(checks).get(0)).contains("+48.27%", "41,411.16");
        // 1037.3 × 1.462³ = 3,241.50 in 2028 on the CAGR path, which +43% does not fit
        assertThat(shown.get("c7").get("text/plain")).contains("3,241.50").contains("inconsistent");
        // OLS on t = 0..4, y = 10, 12, 13, 15, 16: slope 15/10 = 1.5, intercept 13.2 − 2 × 1.5 = 10.2,
        // so 17.7, 19.2 and 20.7 at t = 5, 6, 7
        assertThat(cells(shown.get("c9").get("text/html"))).extracting(r -> r.get(1))
                .containsExactly("17.7000", "19.2000", "20.7000");
        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(shown.get("c11").get("image/png"))));
        assertThat(chart.getWidth()).isEqualTo(800);
        assertThat(chart.getHeight()).isEqualTo(500);
    }

    @Test
    void aNotebookNeedingAnAbsentFile_isNamedAsSkipped(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("here.json"), "{}");
        Path nb = dir.resolve("sub").resolve("nb.ipynb");
        Files.createDirectories(nb.getParent());
        Files.writeString(nb, "{\"metadata\": {\"kpi4j\": {\"requires\": [\"../here.json\", \"../absent.json\"]}}}");
        assertThat(missing(nb)).containsExactly(dir.resolve("absent.json").toAbsolutePath());
        Files.writeString(nb, "{\"metadata\": {}}");
        assertThat(missing(nb)).isEmpty();
    }

    @Test
    void realFilings_needsApplesCompanyFacts_andShowsTheFiledFigures() throws Exception {
        Path path = examples().resolve("real-filings.ipynb");
        Path apple = path.toAbsolutePath().getParent().resolve("../../shared/data/real/CIK0000320193_apple_companyfacts.json")
                .normalize();
        assertThat(missing(path)).isEqualTo(Files.isRegularFile(apple) ? List.of() : List.of(apple));
        Assumptions.assumeTrue(missing(path).isEmpty(), "real filing " + apple + " not found: the real-filings notebook is skipped");
        Map<String, Map<String, String>> shown = run(path);
        // Apple's 10-K: the fiscal year is the 52- or 53-week period ending on the last Saturday of September
        assertThat(shown.get("c1").get("text/plain")).contains("last SATURDAY of SEPTEMBER");

        // revenue (USD) by fiscal quarter, 2022Q1..2026Q1: the 10-Qs' quarters, and fourth quarters the 10-K's year
        // less the Q3 10-Q's nine months: FY2023 383,285 − 293,787 = 89,498M; FY2024 391,035 − 296,105 = 94,930M
        List<List<String>> revenue = cells(shown.get("c3").get("text/html"));
        assertThat(revenue).hasSize(17);
        assertThat(revenue.get(0)).containsSubsequence("2022Q1", "123,945,000,000");
        assertThat(revenue.get(7)).containsSubsequence("2023Q4", "89,498,000,000*");
        assertThat(revenue.get(11)).containsSubsequence("2024Q4", "94,930,000,000*");
        assertThat(revenue.get(16)).containsSubsequence("2026Q1", "143,756,000,000");

        // year on year (columns: entity, metric, segment, period, value, unit, base period, base, yoy, ...):
        // 117,154 / 123,945 − 1 = −5.48%; 94,930 / 89,498 − 1 = +6.07%; 143,756 / 124,300 − 1 = +15.65%;
        // fiscal 2022 has no base among the facts kept
        List<List<String>> yoy = cells(shown.get("c5").get("text/html"));
        assertThat(yoy).hasSize(17);
        assertThat(yoy.get(0).get(3)).isEqualTo("2022Q1");
        assertThat(yoy.get(0).get(8)).isEqualTo("—");
        assertThat(yoy.get(0).get(11)).isEqualTo("no 2021Q1 figure");
        assertThat(List.of(yoy.get(4).get(3), yoy.get(4).get(8))).containsExactly("2023Q1", "-5.48%");
        assertThat(List.of(yoy.get(11).get(3), yoy.get(11).get(8))).containsExactly("2024Q4", "+6.07%");
        assertThat(List.of(yoy.get(16).get(3), yoy.get(16).get(8))).containsExactly("2026Q1", "+15.65%");

        BufferedImage chart = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(shown.get("c7").get("image/png"))));
        assertThat(List.of(chart.getWidth(), chart.getHeight())).containsExactly(800, 500);
        assertThat(shown.get("c7").get("text/plain")).contains("COMBO").contains("Revenue=17").contains("YoY growth=13");

        // diluted EPS: the 10-K's FY2025 7.46 less the 10-Qs' 2.40 + 1.65 + 1.57 = 1.84, derived and approximate
        // (the results release printed 1.85: the share count fell during the year)
        List<List<String>> eps = cells(shown.get("c9").get("text/html"));
        assertThat(eps).filteredOn(r -> r.get(0).equals("2025Q4")).singleElement()
                .satisfies(r -> assertThat(r.get(1)).isEqualTo("1.84*~"));

        // total assets at 2008-09-27: 39,572M as first filed (a 10-Q of 2009-07-22), 36,171M as the 10-K/A of
        // 2010-01-25 restated them
        List<List<String>> vintages = cells(shown.get("c11").get("text/html"));
        assertThat(vintages).extracting(r -> r.get(4) + " " + r.get(6))
                .containsExactly("39,572,000,000 2009-07-22", "36,171,000,000 2010-01-25");
    }
}
