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
 * file, line and field, never a stack trace); 3 out of memory (the input is too big for the Java
 * heap: the message says how to give Java more); 4 an internal error, a bug in kpi4j (one line
 * naming the exception; please report it).
 */
@Command(name = "kpi", mixinStandardHelpOptions = true, version = Kpi.VERSION,
        description = "Financial-KPI time series: growth, checks, CAGR and projections.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:done", "1:kpi check found a mismatch", "2:bad input: one line naming the file, line and field",
            "3:out of memory: give Java more, e.g. JAVA_OPTS=-Xmx4g ./kpi ...", "4:internal error (a bug in kpi4j)"},
        footerHeading = "%nAlso:%n",
        footer = {"  ./kpi shell   A JShell with kpi4j on its class path and its packages imported (the ./kpi launcher's, "
            + "not a command of the jar)"})
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

    /** Exit code when the Java heap is too small for the input. */
    static final int OUT_OF_MEMORY = 3;

    /** Exit code for anything else that went wrong: a bug in kpi4j. */
    static final int INTERNAL_ERROR = 4;

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
            err.println("kpi: " + oneLine(ex.getMessage()));
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof KpiDataException || ex instanceof IllegalArgumentException
                    || ex instanceof IllegalStateException) {
                err.println("kpi: " + oneLine(ex.getMessage()));
            } else if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
                err.println("kpi: " + oneLine(ex.getMessage()));
            } else {
                return internalError(err, ex);
            }
            err.flush();
            return BAD_INPUT;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            code = outOfMemory(err);
        } catch (Throwable e) { // an Error picocli does not catch (a StackOverflowError, say)
            code = internalError(err, e);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** One line for a heap too small for the input, with how to give Java more. */
    static int outOfMemory(PrintWriter err) {
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        err.println("kpi: out of memory: the input does not fit in the Java heap (" + mb + " MB); give Java more, "
                + "e.g. JAVA_OPTS=-Xmx" + Math.max(2, 2 * mb / 1024 + 1) + "g ./kpi ... (or java -Xmx"
                + Math.max(2, 2 * mb / 1024 + 1) + "g -jar kpi4j-all.jar ...)");
        err.flush();
        return OUT_OF_MEMORY;
    }

    /** One line for a throwable no command expects (a bug), or {@link #outOfMemory} for a heap too small. */
    static int internalError(PrintWriter err, Throwable e) {
        if (e instanceof OutOfMemoryError || e.getCause() instanceof OutOfMemoryError) {
            return outOfMemory(err);
        }
        err.println("kpi: internal error (a bug in kpi4j; please report it with the command): " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage())));
        err.flush();
        return INTERNAL_ERROR;
    }

    /** A message on one line: line breaks and other control characters escaped, cut at 1,000 characters. */
    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (; i < message.length() && sb.length() < 1000; i++) {
            char ch = message.charAt(i);
            if (ch == '\n') {
                sb.append("\\n");
            } else if (ch == '\r') {
                sb.append("\\r");
            } else if (Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029') {
                sb.append(String.format("\\u%04x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return i < message.length() ? sb + "…" : sb.toString();
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
