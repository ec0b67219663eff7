package org.kpi4j.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** %jars and %classpath on classes compiled here, so a cell can only see them through the magic. */
class MagicsTest {

    @TempDir
    static Path dir;

    private static CellEvaluator ev;

    @BeforeAll
    static void start() throws Exception {
        ev = new CellEvaluator(CellEvaluator.hostClassPath(), List.of());
        // two classes, each in a jar of its own in lib/, and a third as a class directory
        for (String name : List.of("Alpha", "Beta", "Gamma")) {
            Path src = Files.createDirectories(dir.resolve("src/demo")).resolve(name + ".java");
            Files.writeString(src, "package demo; public class " + name + " { public static String hi() { return \"" + name
                    + " says hi\"; } }");
            Path out = Files.createDirectories(dir.resolve("classes-" + name));
            assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(), src.toString())).isZero();
            if (!name.equals("Gamma")) {
                Path jar = Files.createDirectories(dir.resolve("lib")).resolve(name.toLowerCase() + ".jar");
                try (JarOutputStream j = new JarOutputStream(Files.newOutputStream(jar))) {
                    j.putNextEntry(new JarEntry("demo/" + name + ".class"));
                    j.write(Files.readAllBytes(out.resolve("demo/" + name + ".class")));
                    j.closeEntry();
                }
            }
        }
    }

    @AfterAll
    static void stop() {
        ev.close();
    }

    @Test
    void jars_withAGlob_addsEveryMatchingJar() {
        Object v = ev.eval("%jars " + dir.resolve("lib") + "/*.jar\ndemo.Alpha.hi() + \", \" + demo.Beta.hi()").object();
        assertThat(v).isEqualTo("Alpha says hi, Beta says hi");
    }

    @Test
    void classpath_addsADirectory() {
        assertThat(ev.eval("%classpath " + dir.resolve("classes-Gamma") + "\ndemo.Gamma.hi()").object()).isEqualTo("Gamma says hi");
    }

    @Test
    void jars_thatMatchNothing_failOnTheirLine() {
        CellError e = catchThrowableOfType(() -> ev.eval("int m = 1;\n%jars " + dir.resolve("nowhere") + "/*.jar"), CellError.class);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith("line 2: %jars: no file matches '" + dir.resolve("nowhere") + "/*.jar'");
    }

    @Test
    void unknownMagic_saysWhichExist() {
        CellError e = catchThrowableOfType(() -> ev.eval("%maven org.example:x:1"), CellError.class);
        assertThat(e.getMessage()).isEqualTo("line 1: unknown magic %maven; this kernel has %jars and %classpath");
        CellError cell = catchThrowableOfType(() -> ev.eval("%%bash\nls"), CellError.class);
        assertThat(cell.getMessage()).startsWith("line 1: cell magics (%%bash) are not supported");
    }

    @Test
    void codeAfterAMagic_keepsItsLineNumbers() {
        CellError e = catchThrowableOfType(() -> ev.eval("%classpath " + dir.resolve("classes-Gamma") + "\n\nint z = nope;"),
                CellError.class);
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void words_keepQuotedBlanks() {
        assertThat(Magics.words("jars \"a b.jar\" c.jar")).containsExactly("jars", "a b.jar", "c.jar");
    }

    @Test
    void moduloIsNotAMagic() throws Exception {
        assertThat(Magics.isMagic("  % 2")).isFalse();
        assertThat(Magics.isMagic("%jars x")).isTrue();
        assertThat(Magics.blankMagics("%jars x\n1")).isEqualTo("       \n1");
        Files.writeString(dir.resolve("unused.txt"), "x", StandardCharsets.UTF_8);
    }
}
