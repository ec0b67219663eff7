package org.kpi4j.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kpi4j.io.TidyRows;
import org.kpi4j.reconcile.CheckReport;
import org.kpi4j.reconcile.Reconciliation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kpi check}: reconcile every printed change against the data. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Recompute every printed change %%, flag and CAGR and say ok, mismatch or unverifiable.",
            "Exit code 0 when nothing mismatches, 1 when something does."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Input input = new Input();

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE})")
    Format format;

    static final List<String> COLUMNS = TidyRows.CHECK_COLUMNS;

    @Override
    public Integer call() {
        CheckReport report = Reconciliation.check(input.load(null));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.TABLE) {
            out.print(report);
        } else {
            List<Map<String, Object>> rows = TidyRows.checks(report);
            format.write(out, rows, COLUMNS);
        }
        return report.hasMismatch() ? 1 : 0;
    }
}
