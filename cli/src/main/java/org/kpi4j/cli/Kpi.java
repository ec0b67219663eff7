package org.kpi4j.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kpi4j.KpiDataException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kpi} command: growth, reconciliation, CAGR, projections and datasets from the shell.
 *
 * <p>Exit codes: 0 success; 1 a check found a mismatch; 2 bad input (a one-line message naming the
 * file, line and field, never a stack trace).
 */
@Command(name = "kpi", mixinStandardHelpOptions = true, version = Kpi.VERSION,
        description = "Financial-KPI time series: growth, checks, CAGR and projections.")
public final class Kpi implements java.util.concurrent.Callable<Integer> {

    /**
     * The subcommands, in the order the help lists them. Only the one named by the first argument is
     * built (picocli reflects on every option of every command it registers, which was most of a
     * one-shot call's cost); help, errors and anything else get all of them.
     */
    static final List<Class<?>> COMMANDS = List.of(GrowthCommand.class, CheckCommand.class, CagrCommand.class,
            ImpliedCommand.class, ProjectCommand.class, ForecastCommand.class, BacktestCommand.class,
            MixCommand.class, ChartCommand.class, ReportCommand.class, PanelCommand.class, ImportCommand.class,
            DatasetsCommand.class, NotebookCommand.class, CommandLine.HelpCommand.class);

    /** Exit code for bad input. */
    static final int BAD_INPUT = 2;

    /** What {@code kpi --version} prints. */
    static final String VERSION = "kpi4j 0.1.0";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No command: the usage on stderr and exit 2, so a script that forgot the command does not pass. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("kpi: give a command; kpi --help lists them");
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    /**
     * Runs the command line and returns the exit code.
     *
     * @param out where results go
     * @param err where messages go
     * @param args the arguments
     * @return the exit code
     */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        if (commandsFor(args).isEmpty()) { // --version alone: picocli's model of the command is most of its cost
            out.println(VERSION);
            out.flush();
            return 0;
        }
        CommandLine cl = new CommandLine(new Kpi());
        for (Class<?> c : commandsFor(args)) {
            cl.addSubcommand(c);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("kpi: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof KpiDataException || ex instanceof IllegalArgumentException
                    || ex instanceof IllegalStateException) {
                err.println("kpi: " + ex.getMessage());
            } else {
                err.println("kpi: unexpected error: " + ex);
            }
            err.flush();
            return BAD_INPUT;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The subcommand the first argument names, none for the version, or all of them. */
    static List<Class<?>> commandsFor(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return List.of();
        }
        if (args.length > 0) {
            for (Class<?> c : COMMANDS) {
                if (c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(c);
                }
            }
        }
        return COMMANDS;
    }

    /**
     * Entry point.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // The libraries' logs are not the command's output: POI logs through Log4j's API and PDFBox
        // through commons-logging, which would otherwise print "no logging provider" warnings.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        PrintWriter out = new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.out), true,
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new PrintStream(new FileOutputStream(FileDescriptor.err), true,
                StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }
}
