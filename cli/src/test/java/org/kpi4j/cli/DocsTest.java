package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/API.md and the README's module list match the code: every public top-level type of every
 * library module is listed under its package and module, and every library module is in the README.
 */
class DocsTest {

    private static final Path ROOT = Path.of(System.getProperty("kpi4j.root", "..")).toAbsolutePath().normalize();
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:final\\s+|abstract\\s+|sealed\\s+)*(?:class|record|enum|interface)\\s+(\\w+)", Pattern.MULTILINE);

    /** The library modules: those with a module-info, whose API the docs describe. */
    private static List<Path> libraryModules() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            dirs.filter(d -> Files.exists(d.resolve("src/main/java/module-info.java"))).sorted().forEach(out::add);
        }
        return out;
    }

    @Test
    void apiMd_listsEveryPublicTypeUnderItsPackageAndModule() throws IOException {
        String api = Files.readString(ROOT.resolve("docs/API.md"), StandardCharsets.UTF_8);
        Set<String> missing = new TreeSet<>();
        for (Path module : libraryModules()) {
            Path src = module.resolve("src/main/java");
            try (Stream<Path> files = Files.walk(src)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    Matcher m = PUBLIC_TYPE.matcher(text);
                    if (!m.find() || f.getFileName().toString().equals("package-info.java")) {
                        continue;
                    }
                    String pkg = src.relativize(f.getParent()).toString().replace('/', '.');
                    if (pkg.endsWith(".internal")) {
                        continue;
                    }
                    String heading = "## " + pkg + " (" + module.getFileName() + ")";
                    int at = api.indexOf(heading);
                    int next = at < 0 ? -1 : api.indexOf("\n## ", at + 1);
                    String section = at < 0 ? "" : api.substring(at, next < 0 ? api.length() : next);
                    if (!section.contains("- `" + m.group(1) + "` (")) {
                        missing.add(heading.substring(3) + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("public types missing from docs/API.md (package (module): type)").isEmpty();
    }

    @Test
    void readme_namesEveryModule() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String layout = readme.substring(readme.indexOf("## Layout"));
        for (Path module : libraryModules()) {
            assertThat(layout).as("README's Layout names module " + module.getFileName())
                    .contains("`" + module.getFileName() + "`");
        }
    }
}
