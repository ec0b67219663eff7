package org.kpi4j.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kpi4j.fact.FactSet;
import org.kpi4j.growth.GrowthConvention;
import org.kpi4j.growth.GrowthKind;
import org.kpi4j.growth.GrowthTable;
import org.kpi4j.io.TidyRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kpi growth}: growth of every series against its base. */
@Command(name = "growth", mixinStandardHelpOptions = true,
        description = {"Growth of each figure against its base, with flags for a loss base.",
            "Kinds: default (as filings compare: flows YoY, instants vs the prior year-end), yoy, qoq, ttm-yoy, "
                + "vs-year-end. Conventions for a zero or negative base: filing (v-b)/|b|, plain (v-b)/b, nm."})
final class GrowthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Input input = new Input();

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "default",
            description = "default, yoy, qoq, ttm-yoy or vs-year-end (default: ${DEFAULT-VALUE})")
    String kind;

    @Option(names = "--basis", paramLabel = "BASIS", defaultValue = "as-reported",
            description = "as-reported or discrete (flows converted to single quarters) (default: ${DEFAULT-VALUE})")
    String basis;

    @Option(names = "--convention", paramLabel = "C", defaultValue = "filing",
            description = "filing, plain or nm (default: ${DEFAULT-VALUE})")
    String convention;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE})")
    Format format;

    static final List<String> COLUMNS = TidyRows.GROWTH_COLUMNS;

    @Override
    public Integer call() {
        GrowthKind k = GrowthKind.parse(kind);
        GrowthConvention c = GrowthConvention.parse(convention);
        boolean discrete;
        if (basis.equals("as-reported")) {
            discrete = false;
        } else if (basis.equals("discrete")) {
            discrete = true;
        } else {
            throw new IllegalArgumentException("unknown --basis '" + basis + "'; expected as-reported or discrete");
        }
        FactSet facts = input.load(null);
        GrowthTable table = facts.growth(k, c, discrete);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.TABLE) {
            out.print(table);
            out.println("growth: " + c + " convention; value and base in the unit shown");
        } else {
            List<Map<String, Object>> rows = TidyRows.growth(table);
            format.write(out, rows, COLUMNS);
        }
        return 0;
    }
}
