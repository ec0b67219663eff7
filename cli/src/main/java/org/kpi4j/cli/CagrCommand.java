package org.kpi4j.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kpi4j.internal.TextTable;
import org.kpi4j.projection.Cagr;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kpi cagr}: the compound annual growth rate between two values. */
@Command(name = "cagr", mixinStandardHelpOptions = true,
        description = "Compound annual growth rate from V0 to V1 over N years (Excel's RRI).")
final class CagrCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "V0", description = "the starting value, > 0")
    double from;

    @Option(names = "--to", required = true, paramLabel = "V1", description = "the ending value, >= 0")
    double to;

    @Option(names = "--years", required = true, paramLabel = "N", description = "years between them, > 0, may be fractional")
    double years;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table", description = "table, csv or json")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        double rate;
        try {
            rate = Cagr.rate(from, to, years);
        } catch (ArithmeticException e) { // beyond a double: no number, and why
            NoNumber.print(out, format, "cagr", e);
            return 0;
        }
        if (format == Format.TABLE) {
            out.println("CAGR " + TextTable.percent(rate, 2) + " a year (" + rate + ")");
        } else {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cagr", rate);
            format.writeOne(out, m);
        }
        return 0;
    }
}
