package org.kpi4j.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kpi4j.internal.TextTable;
import org.kpi4j.projection.Cagr;
import org.kpi4j.unit.Percentage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kpi implied}: the base a value and a growth rate imply. */
@Command(name = "implied", mixinStandardHelpOptions = true,
        description = "The base that grows to V at rate G a year over N years: V / (1 + G)^N.")
final class ImpliedCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--value", required = true, paramLabel = "V", description = "the later value")
    double value;

    @Option(names = "--growth", required = true, paramLabel = "G", description = "growth a year: 43%% or 0.43")
    String growth;

    @Option(names = "--years", defaultValue = "1", paramLabel = "N", description = "years, > 0 (default: ${DEFAULT-VALUE})")
    double years;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table", description = "table, csv or json")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        double base;
        try {
            base = Cagr.impliedBase(value, Percentage.parse(growth).fraction(), years);
        } catch (ArithmeticException e) { // beyond a double: no number, and why
            NoNumber.print(out, format, "base", e);
            return 0;
        }
        if (format == Format.TABLE) {
            out.println("implied base " + TextTable.number(base, 4) + " (" + base + ")");
        } else {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("base", base);
            format.writeOne(out, m);
        }
        return 0;
    }
}
