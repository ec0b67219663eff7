package org.kpi4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.kpi4j.datasets.DatasetInfo;
import org.kpi4j.datasets.Datasets;
import org.kpi4j.internal.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kpi datasets}: the bundled datasets. */
@Command(name = "datasets", mixinStandardHelpOptions = true, description = "List the bundled datasets.")
final class DatasetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.TABLE) {
            TextTable t = TextTable.of("name", "facts", "description");
            for (DatasetInfo d : Datasets.list()) {
                t.row(d.name(), Datasets.load(d.name()).size(), d.description());
            }
            out.print(t);
        } else {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DatasetInfo d : Datasets.list()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", d.name());
                m.put("facts", Datasets.load(d.name()).size());
                m.put("description", d.description());
                rows.add(m);
            }
            format.write(out, rows, List.of("name", "facts", "description"));
        }
        return 0;
    }
}
