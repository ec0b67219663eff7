package org.kpi4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * core's packages depend on each other without cycles (fact once depended on series and series on
 * fact; the root package on fact and fact on the root), so each can be read and tested from the
 * bottom up. Dependencies are read from the sources: imports and fully qualified names of
 * {@code org.kpi4j} types.
 */
class PackageCyclesTest {

    private static final Pattern REF = Pattern.compile("\\borg\\.kpi4j((?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");

    private static Path sources() {
        Path p = Path.of(System.getProperty("user.dir"), "src", "main", "java");
        return Files.isDirectory(p) ? p : Path.of("core", "src", "main", "java");
    }

    @Test
    void corePackages_formNoCycle() throws IOException {
        Path src = sources();
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java")).toList()) {
                String pkg = "org.kpi4j" + (f.getParent().equals(src.resolve("org/kpi4j")) ? ""
                        : "." + src.resolve("org/kpi4j").relativize(f.getParent()).toString().replace('/', '.'));
                Set<String> out = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                String text = Files.readString(f, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "")
                        .replaceAll("//[^\n]*", "");
                Matcher m = REF.matcher(text);
                while (m.find()) {
                    String to = "org.kpi4j" + m.group(1);
                    if (!to.equals(pkg)) {
                        out.add(to);
                    }
                }
            }
        }
        List<String> cycles = new ArrayList<>();
        for (String start : deps.keySet()) {
            Deque<String> todo = new ArrayDeque<>(deps.get(start));
            Set<String> seen = new TreeSet<>();
            while (!todo.isEmpty()) {
                String p = todo.pop();
                if (p.equals(start)) {
                    cycles.add(start);
                    break;
                }
                if (seen.add(p)) {
                    todo.addAll(deps.getOrDefault(p, Set.of()));
                }
            }
        }
        assertThat(cycles).as("packages on a dependency cycle; dependencies: " + deps).isEmpty();
    }
}
