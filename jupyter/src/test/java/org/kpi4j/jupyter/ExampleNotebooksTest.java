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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kpi4j.charts.ChartFonts;

/**
 * Runs the code cells of every notebook in {@code examples/} through the kernel's evaluator and
 * display, as the kernel would, without Jupyter (the CI script runs them through Jupyter itself):
 * no cell fails, each notebook shows a table and a picture, and the quickstart shows the values
 * worked out below.
 */
class ExampleNotebooksTest {

    static Path examples() {
        return Path.of(System.getProperty("kpi4j.examples", "../examples"));
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
        List<Path> notebooks;
        try (Stream<Path> s = Files.list(examples())) {
            notebooks = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
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
        List<Path> notebooks;
        try (Stream<Path> s = Files.list(examples())) {
            notebooks = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        for (Path path : notebooks) {
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
}
