package org.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Kpi builds only the subcommand its first argument names; what a user sees must not change. */
class SubcommandsTest {

    @Test
    void eachSubcommand_isBuiltAlone_andShowsItsOwnHelp() {
        for (Class<?> c : Kpi.COMMANDS) {
            if (c == CommandLine.HelpCommand.class) {
                continue;
            }
            String name = c.getAnnotation(Command.class).name();
            assertThat(Kpi.commandsFor(name, "--help")).containsExactly(c);
            KpiCommandTest.Result r = KpiCommandTest.run(name, "--help");
            assertThat(r.code()).as(name).isZero();
            assertThat(r.out()).as(name).startsWith("Usage: kpi " + name);
        }
    }

    @Test
    void topLevelHelp_andTheHelpCommand_listEverySubcommand() {
        for (String[] args : new String[][] {{"--help"}, {"help"}}) { // no command at all exits 2 (ReportCommandTest)
            KpiCommandTest.Result r = KpiCommandTest.run(args);
            assertThat(r.code()).isZero();
            for (Class<?> c : Kpi.COMMANDS) {
                assertThat(r.out()).contains("  " + c.getAnnotation(Command.class).name() + " ");
            }
        }
        KpiCommandTest.Result h = KpiCommandTest.run("help", "panel");
        assertThat(h.out()).startsWith("Usage: kpi panel");
    }

    @Test
    void version_andAMisspeltCommand() {
        assertThat(Kpi.commandsFor("--version")).isEmpty();
        assertThat(KpiCommandTest.run("--version").out()).isEqualTo("kpi4j 0.1.0\n");
        assertThat(KpiCommandTest.run("-V").out()).isEqualTo("kpi4j 0.1.0\n");
        assertThat(Kpi.commandsFor("--version", "growth")).hasSize(Kpi.COMMANDS.size()); // an error, reported as before
        KpiCommandTest.Result r = KpiCommandTest.run("grwoth", "--dataset", "paratera");
        assertThat(r.code()).isEqualTo(Kpi.BAD_INPUT);
        assertThat(r.err()).startsWith("kpi: Unmatched arguments from index 0: 'grwoth'").contains("Try 'kpi --help'");
    }
}
