package org.kpi4j.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpi4j.series.KpiSeries;

/** One JShell for the class (it takes a second or two to start), as a notebook has one per kernel. */
class CellEvaluatorTest {

    private static CellEvaluator ev;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        ev = new CellEvaluator(CellEvaluator.hostClassPath(), KpiKernel.startupImports());
    }

    @AfterAll
    static void stop() {
        ev.close();
    }

    private static CellError error(String cell) {
        return catchThrowableOfType(() -> ev.eval(cell), CellError.class);
    }

    @Test
    void lastExpression_isTheCellsValue_asTheObjectItself() {
        CellEvaluator.Value v = ev.eval("int twenty = 20;\ntwenty * 2");
        assertThat(v.present()).isTrue();
        assertThat(v.object()).isEqualTo(40); // 20 × 2
    }

    @Test
    void trailingSemicolon_declarationsAndStatements_showNothing() {
        assertThat(ev.eval("1 + 1;").present()).isFalse();
        assertThat(ev.eval("int declared = 3").present()).isFalse();
        assertThat(ev.eval("for (int i = 0; i < 2; i++) { }").present()).isFalse();
        assertThat(ev.eval("// only a comment\n").present()).isFalse();
    }

    @Test
    void nullValue_isAValue() {
        CellEvaluator.Value v = ev.eval("String nothing = null;\nnothing");
        assertThat(v.present()).isTrue();
        assertThat(v.object()).isNull();
    }

    @Test
    void kpi4jIsImportedAtStart() {
        Object v = ev.eval("Datasets.load(\"paratera\").series(\"paratera\", \"shareholder_count\")").object();
        assertThat(v).isInstanceOf(KpiSeries.class);
        // the record's shareholder counts: 8,003 at the end of 2024, 18,170 on 2025-03-31
        assertThat(((KpiSeries) v).values()).containsExactly(8003, 18170);
    }

    @Test
    void compileError_namesTheCellsLine_onOneLine() {
        CellError e = error("int a = 1;\n\nint b = a +\n   zz;");
        assertThat(e.name()).isEqualTo("CompileError");
        assertThat(e.line()).isEqualTo(4); // zz is on line 4
        assertThat(e.getMessage()).isEqualTo("line 4: cannot find symbol (symbol: variable zz)");
    }

    @Test
    void exception_namesTheLineItWasThrownFrom() {
        CellError e = error("int k = 1;\nString s = null;\nint n = s.length();");
        assertThat(e.name()).isEqualTo("NullPointerException");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("line 3: NullPointerException");
    }

    @Test
    void exceptionInAMethodOfTheSameCell_namesTheLineInsideIt() {
        CellError e = error("void boom() {\n  int q = 1;\n  throw new IllegalStateException(\"boom\");\n}\nboom();");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).isEqualTo("line 3: IllegalStateException: boom");
    }

    @Test
    void exceptionInAMethodOfAnEarlierCell_namesTheCallInThisCell() {
        ev.eval("void fail(String why) {\n  throw new IllegalArgumentException(why);\n}");
        CellError e = error("int before = 0;\n\nfail(\"bad argument\");");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).isEqualTo("line 3: IllegalArgumentException: bad argument");
    }

    @Test
    void kpi4jException_keepsItsMessage() {
        CellError e = error("Unit u = Unit.parse(\"RMB bn\");");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).startsWith("line 1: ").contains("RMB bn");
        assertThat(e.getMessage()).doesNotContain("\n");
    }

    @Test
    void incompleteCode_namesWhereTheIncompleteStatementStarts() {
        CellError e = error("int c = 1;\n\nMath.max(1,\n  2");
        assertThat(e.name()).isEqualTo("IncompleteCode");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void unresolvedReference_saysWhatIsMissing() {
        ev.eval("String greet() { return undefinedName; }");
        CellError e = error("greet()");
        assertThat(e.name()).isEqualTo("UnresolvedReference");
        assertThat(e.getMessage()).isEqualTo("line 1: method greet cannot be used until variable undefinedName is declared");
    }

    @Test
    void aFailedCell_keepsWhatRanBeforeTheFailure() {
        error("int kept = 7;\nthrow new RuntimeException(\"stop\");");
        assertThat(ev.eval("kept").object()).isEqualTo(7);
    }

    @Test
    void interrupt_endsASleepingCell_andTheKernelGoesOn() throws Exception {
        CompletableFuture<Throwable> run = CompletableFuture.supplyAsync(() -> {
            try {
                ev.eval("int x0 = 0;\nThread.sleep(60_000);");
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        Thread.sleep(1500);
        long t0 = System.nanoTime();
        ev.stop();
        Throwable t = run.get(10, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        assertThat(t).isInstanceOf(CellError.class).hasMessage("line 2: interrupted");
        assertThat(ev.eval("1 + 2").object()).isEqualTo(3);
    }

    @Test
    void interrupt_stopsABusyLoop_onJava17() throws Exception {
        Assumptions.assumeTrue(Runtime.version().feature() < 20, "Thread.stop is gone from Java 20 on");
        CompletableFuture<Throwable> run = CompletableFuture.supplyAsync(() -> {
            try {
                ev.eval("long spins = 0;\nwhile (true) { spins++; }");
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        Thread.sleep(1500);
        ev.stop();
        assertThat(run.get(10, TimeUnit.SECONDS)).isInstanceOf(CellError.class).hasMessage("line 2: interrupted");
        assertThat(ev.eval("2 + 2").object()).isEqualTo(4);
    }

    @Test
    void isComplete() {
        assertThat(ev.isComplete("1 + 1")).isEqualTo("complete");
        assertThat(ev.isComplete("int a = 1;\nfor (int i = 0; i < 3; i++) {")).isEqualTo("incomplete");
        assertThat(ev.isComplete("1 +)")).isEqualTo("invalid");
        assertThat(ev.isComplete("%jars x.jar\n1")).isEqualTo("complete");
    }

    @Test
    void complete_aStaticMethod_inTheSnippetAtTheCursor() {
        CellEvaluator.Completion c = ev.complete("Datasets.lo", 11);
        assertThat(c.matches()).contains("load(");
        assertThat(c.start()).isEqualTo(9); // "lo" starts after "Datasets."
        assertThat(c.end()).isEqualTo(11);
        String cell = "int x1 = 1;\nDatasets.lo";
        CellEvaluator.Completion d = ev.complete(cell, cell.length());
        assertThat(d.matches()).contains("load(");
        assertThat(d.start()).isEqualTo(cell.length() - 2);
    }

    @Test
    void inspect_givesTheSignature() {
        assertThat(ev.inspect("Datasets.load(", 14)).hasValueSatisfying(s -> assertThat(s).contains("FactSet Datasets.load(String name)"));
        // the cursor inside the method's name
        assertThat(ev.inspect("int y1 = 2;\nDatasets.load", 22)).hasValueSatisfying(s -> assertThat(s).contains("Datasets.load(String name)"));
        ev.eval("int inspected = 2;");
        assertThat(ev.inspect("inspected + 1", 4)).hasValue("inspected:int"); // JShell's "name:type" of a variable
    }
}
