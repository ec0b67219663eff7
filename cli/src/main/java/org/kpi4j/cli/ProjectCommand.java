package org.kpi4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kpi4j.projection.Projection;
import org.kpi4j.unit.Percentage;
import org.kpi4j.projection.ScenarioFan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kpi project}: a value projected at a constant rate, year by year. */
@Command(name = "project", mixinStandardHelpOptions = true,
        description = "Project V from year Y0 to Y1 at rate R a year: V * (1 + R)^(y - Y0).")
final class ProjectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--value", required = true, paramLabel = "V", description = "the value in the base year")
    double value;

    @Option(names = "--from-year", required = true, paramLabel = "Y0", description = "the base year")
    int fromYear;

    @Option(names = "--to-year", required = true, paramLabel = "Y1", description = "the last year, after Y0")
    int toYear;

    @Option(names = "--rate", paramLabel = "R", description = "growth a year: 46.2%% or 0.462")
    String rate;

    @Option(names = "--scenarios", paramLabel = "NAME=R,...", split = ",",
            description = "named rates projected side by side, e.g. bear=40%%,base=46.2%%,bull=50%%")
    java.util.LinkedHashMap<String, String> scenarios;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table", description = "table, csv or json")
    Format format;

    @Override
    public Integer call() {
        if ((rate == null) == (scenarios == null)) {
            throw new IllegalArgumentException("give either --rate R or --scenarios NAME=R,...");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (scenarios != null) {
            Map<String, Double> rates = new LinkedHashMap<>();
            scenarios.forEach((k, v) -> rates.put(k, Percentage.parse(v).fraction()));
            ScenarioFan fan = ScenarioFan.of(value, fromYear, toYear, rates);
            if (format == Format.TABLE) {
                out.print(fan);
            } else {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (String name : fan.names()) {
                    for (Map<String, Object> m : rows(fan.scenario(name))) {
                        Map<String, Object> withName = new LinkedHashMap<>();
                        withName.put("scenario", name);
                        withName.putAll(m);
                        rows.add(withName);
                    }
                }
                format.write(out, rows, List.of("scenario", "year", "value", "note"));
            }
            return 0;
        }
        Projection p = Projection.of(value, fromYear, toYear, Percentage.parse(rate));
        if (format == Format.TABLE) {
            out.print(p);
        } else {
            format.write(out, rows(p), List.of("year", "value", "note"));
        }
        return 0;
    }

    /** One row a year, the years beyond the range of a double with no value and the projection's note. */
    private static List<Map<String, Object>> rows(Projection p) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int y = p.fromYear(); y <= p.toYear(); y++) {
            boolean number = y - p.fromYear() < p.rows().size();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", y);
            m.put("value", number ? p.valueAt(y) : null);
            m.put("note", number ? "" : p.note());
            rows.add(m);
        }
        return rows;
    }
}
