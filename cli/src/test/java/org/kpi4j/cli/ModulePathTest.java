package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.File;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.charts.ChartOptions;

/**
 * Proves that kpi4j-core, -io, -datasets and -charts work as JPMS modules: compiles a small user module
 * ({@code src/test/resources/modulepath}, {@code requires org.kpi4j.io; requires org.kpi4j.datasets;
 * requires org.kpi4j.charts;}) against them and runs it in a child JVM with {@code --module-path} holding the
 * four kpi4j modules and only the dependency jars they need, picked from this test's class path by
 * file name. The child loads the bundled paratera dataset, computes a growth rate, serialises a record
 * through {@code KpiJacksonModule}, draws a PNG headless and reports what each module exports.
 *
 * <p>The kpi4j entries on the class path are the packaged jars in a reactor {@code verify} and the
 * {@code target/classes} directories in a reactor {@code test}; both work on a module path (a
 * directory with {@code module-info.class} is an exploded module).
 */
class ModulePathTest {

    /** kpi4j's modules, by Maven module directory. */
    private static final Map<String, String> KPI4J = Map.of("core", "org.kpi4j.core", "io", "org.kpi4j.io",
            "datasets", "org.kpi4j.datasets", "charts", "org.kpi4j.charts");

    /** The jars the three module descriptors require (the automatic ones by file name), by artifact id. */
    private static final List<String> REQUIRED = List.of("commons-math3", "jackson-databind", "jackson-core",
            "jackson-annotations", "jackson-dataformat-csv", "tablesaw-core", "xchart");

    /**
     * What SVG and PDF export (XChart's optional encoders, which charts declares in its POM) and Tablesaw
     * itself load at run time: nothing in the module graph requires them, so they are only on the module
     * path of the "extras" run.
     */
    private static final List<String> EXTRAS = List.of(
            "VectorGraphics2D", "graphics2d", "pdfbox", "pdfbox-io", "fontbox", "commons-logging",
            "guava", "failureaccess", "listenablefuture", "jsr305", "checker-qual", "error_prone_annotations",
            "j2objc-annotations", "fastutil", "RoaringBitmap", "univocity-parsers", "icu4j", "classgraph",
            "slf4j-api");

    /**
     * Explicit modules among the extras that only automatic modules (pdfbox, Tablesaw) use: no module
     * requires them, so they are not resolved unless added; README's "Java modules" says the same.
     */
    private static final String EXTRA_ROOTS = "org.apache.commons.logging,io.github.classgraph,org.slf4j,roaringbitmap";

    @TempDir
    static Path work;

    private static Path compiled;

    /** The output of the run with only the required jars, shared by the tests that read it. */
    private static Map<String, String> minimal;

    private static List<Path> classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
    }

    /** The kpi4j module jars or class directories on the test class path, checked to be real modules. */
    private static List<Path> kpi4jModules() {
        List<Path> found = new ArrayList<>();
        for (Map.Entry<String, String> m : KPI4J.entrySet()) {
            Pattern jar = Pattern.compile("kpi4j-" + m.getKey() + "-\\d.*\\.jar");
            List<Path> hits = classPath().stream().filter(p -> jar.matcher(p.getFileName().toString()).matches()
                    || p.endsWith(Path.of(m.getKey(), "target", "classes"))).toList();
            assertThat(hits).as("kpi4j-%s on the test class path %s", m.getKey(), classPath()).hasSize(1);
            Path entry = hits.get(0);
            ModuleDescriptor d = ModuleFinder.of(entry).findAll().stream().map(ModuleReference::descriptor)
                    .findFirst().orElseThrow();
            assertThat(d.name()).as("%s has no module-info.class (a stale jar from ~/.m2? build with -am)", entry)
                    .isEqualTo(m.getValue());
            assertThat(d.isAutomatic()).isFalse();
            found.add(entry);
        }
        return found;
    }

    /** The one jar on the test class path per artifact id ("<id>-<version>.jar"). */
    private static List<Path> jars(List<String> artifactIds) {
        List<Path> found = new ArrayList<>();
        for (String id : artifactIds) {
            Pattern name = Pattern.compile(Pattern.quote(id) + "-\\d.*\\.jar");
            List<Path> hits = classPath().stream().filter(p -> name.matcher(p.getFileName().toString()).matches())
                    .toList();
            assertThat(hits).as("%s on the test class path", id).hasSize(1);
            found.add(hits.get(0));
        }
        return found;
    }

    private static String path(List<Path> entries) {
        return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    }

    private static Path copyResource(String name, Path dir) throws Exception {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        try (InputStream in = ModulePathTest.class.getClassLoader().getResourceAsStream("modulepath/" + name)) {
            assertThat(in).as("test resource modulepath/%s", name).isNotNull();
            Files.copy(in, target);
        }
        return target;
    }

    @BeforeAll
    static void compileAndRunSmokeModule() throws Exception {
        Path src = work.resolve("src");
        List<String> args = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--module-path",
                path(concat(kpi4jModules(), jars(REQUIRED))), "-d", work.resolve("classes").toString()));
        args.add(copyResource("module-info.java", src).toString());
        args.add(copyResource("smoke/Smoke.java", src).toString());
        StringWriter log = new StringWriter();
        int code = ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(log), new PrintWriter(log),
                args.toArray(String[]::new));
        assertThat(code).as("javac %s%n%s", args, log).isZero();
        compiled = work.resolve("classes");
        minimal = runSmoke(concat(kpi4jModules(), jars(REQUIRED)), List.of("-m", "kpi4j.smoke/smoke.Smoke"));
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Runs the smoke module and returns its key=value lines, after checking it ended with "smoke OK". */
    private static Map<String, String> runSmoke(List<Path> modulePath, List<String> extraArgs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(JdkTools.tool("java"), "-Djava.awt.headless=true",
                "--module-path", path(concat(modulePath, List.of(compiled)))));
        cmd.addAll(extraArgs);
        JdkTools.Output out = JdkTools.run(cmd, null, Duration.ofMinutes(2));
        assertThat(out.exitCode()).as("%s%n%s", cmd, out.text()).isZero();
        assertThat(out.text().strip()).as("%s%n%s", cmd, out.text()).endsWith("smoke OK");
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : out.text().split("\\R")) {
            Matcher module = Pattern.compile("module (\\S+) (.*)").matcher(line);
            if (module.matches()) {
                values.put("module " + module.group(1), module.group(2));
            } else if (line.contains("=")) {
                values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        values.put("", out.text());
        return values;
    }

    /** The number of facts in the bundled CSV, counted here on the class path as CSV records. */
    static int parateraCsvRecords() throws Exception {
        try (InputStream in = ClassLoader.getSystemResourceAsStream("org/kpi4j/datasets/paratera.csv");
                MappingIterator<List<String>> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                        .readerForListOf(String.class).readValues(in)) {
            return rows.readAll().size() - 1; // minus the header row
        }
    }

    private static Set<String> list(String text) {
        String inner = text.substring(1, text.length() - 1);
        return inner.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(inner.split(", ")));
    }

    /** "automatic=false open=false opens=0 packages=[a, b] exports=[a]" as a map. */
    private static Map<String, String> moduleLine(String text) {
        Map<String, String> m = new HashMap<>();
        Matcher kv = Pattern.compile("(\\w+)=(\\[[^\\]]*\\]|\\S+)").matcher(text);
        while (kv.find()) {
            m.put(kv.group(1), kv.group(2));
        }
        return m;
    }

    @Test
    void smokeModule_onModulePathWithOnlyRequiredJars_loadsGrowsSerialisesAndDraws() throws Exception {
        Map<String, String> v = minimal;
        String all = v.get("");
        assertThat(all).as(all).doesNotContain("Exception").doesNotContain("WARNING");

        int csvFacts = parateraCsvRecords();
        assertThat(csvFacts).isPositive();
        assertThat(Integer.parseInt(v.get("facts"))).as(all).isEqualTo(csvFacts);
        // io's seven file formats, found by core's ServiceLoader through `uses` and `provides`
        assertThat(v.get("formats")).isEqualTo("[tidy-csv, tidy-json, edgar-companyfacts, edgar-companyconcept, "
                + "edgar-frames, sina, tushare]");

        // Shareholders 18,170 at 2025-03-31 against 8,003 at the 2024 year-end (IR record 2025-053 Q18).
        double expected = 18170.0 / 8003 - 1;
        assertThat(Double.parseDouble(v.get("growth"))).isCloseTo(expected, within(1e-12));

        JsonNode json = new ObjectMapper().readTree(v.get("json"));
        assertThat(json.get("period").asText()).isEqualTo("2025-03-31");
        assertThat(json.get("basePeriod").asText()).isEqualTo("2024-12-31");
        assertThat(json.get("unit").asText()).isEqualTo("persons");
        assertThat(json.get("growth").asDouble()).isCloseTo(expected, within(1e-12));
        assertThat(v.get("period")).isEqualTo("2024Q1-Q3");

        assertThat(v.get("png")).isEqualTo("89504e470d0a1a0a " + ChartOptions.DEFAULT_WIDTH + "x"
                + ChartOptions.DEFAULT_HEIGHT);
    }

    @Test
    void kpi4jModules_exportEveryPackageButInternal_openNone() {
        Map<String, String> v = minimal;
        for (String name : KPI4J.values()) {
            Map<String, String> m = moduleLine(v.get("module " + name));
            assertThat(m.get("automatic")).as(name).isEqualTo("false");
            assertThat(m.get("open")).as(name).isEqualTo("false");
            assertThat(m.get("opens")).as(name).isEqualTo("0");
            Set<String> api = new TreeSet<>(list(m.get("packages")));
            if (name.equals("org.kpi4j.core")) {
                assertThat(api).contains("org.kpi4j.internal");
            }
            if (name.equals("org.kpi4j.io")) {
                assertThat(api).contains("org.kpi4j.io.internal"); // the FactFormat services, not API
            }
            api.removeIf(p -> p.endsWith(".internal"));
            assertThat(list(m.get("exports"))).as(name).isEqualTo(api);
        }
        // core is the model alone: nothing but Commons Math (an automatic module named from its jar).
        assertThat(list(moduleLine(v.get("module org.kpi4j.core")).get("requires"))).containsExactly("commons.math3");
        assertThat(v.get("internal exported")).isEqualTo("false");
        assertThat(v.get("internal callable")).isEqualTo("false");
    }

    @Test
    void svgPdfAndTablesaw_onModulePath_needTheirJarsAndAddedRoots() throws Exception {
        Map<String, String> v = runSmoke(concat(concat(kpi4jModules(), jars(REQUIRED)), jars(EXTRAS)),
                List.of("--add-modules", EXTRA_ROOTS, "-m", "kpi4j.smoke/smoke.Smoke", "extras"));
        assertThat(v.get("svg")).as(v.get("")).isEqualTo("true");
        assertThat(v.get("pdf")).as(v.get("")).isEqualTo("%PDF-");
        assertThat(v.get("tablesaw rows")).as(v.get("")).isEqualTo("6 back=[10.0, 11.0, 12.0]"); // 2 series × 3 quarters
        assertThat(v.get("tablesaw groups")).as(v.get("")).isEqualTo("2"); // persons and 万元
    }
}
