package dev.retort.cli;

import dev.retort.cli.commands.HeadsCommand;
import dev.retort.cli.commands.UpgradeCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerbSelectionTest {
    private static List<Class<?>> verbsFor(String... args) {
        return VerbSelection.verbsFor(args, RetortCommand.VERBS);
    }

    @Test
    void aRunBuildsOnlyTheVerbItNames() {
        assertEquals(List.of(HeadsCommand.class), verbsFor("heads", "--verbose"));
        assertEquals(List.of(UpgradeCommand.class), verbsFor("-c", "heads", "--url", "jdbc:sqlite:x", "upgrade", "head"));
        assertEquals(List.of(UpgradeCommand.class), verbsFor("--debug", "upgrade", "head", "--sql"));
    }

    @Test
    void noVerbAnUnknownOneOrReferenceGetsThemAll() {
        assertEquals(RetortCommand.VERBS, verbsFor());
        assertEquals(RetortCommand.VERBS, verbsFor("--help"));
        assertEquals(RetortCommand.VERBS, verbsFor("hedas"));
        assertEquals(RetortCommand.VERBS, verbsFor("reference"));
        assertEquals(RetortCommand.VERBS, verbsFor("--version", "--help"));
    }

    @Test
    void theVersionNeedsNoVerbAndPrintsIt() {
        assertEquals(List.of(), verbsFor("--version"));
        assertEquals(List.of(), verbsFor("--debug", "-V"));
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.PrintWriter writer = new java.io.PrintWriter(out);
        assertEquals(0, Main.run(new String[]{"--version"}, writer, writer));
        assertEquals(true, out.toString().startsWith("retort "), out.toString());
    }

    @Test
    void theOneVerbKeepsTheGlobalOptionsAndTheStandardHelp() {
        CommandLine.ParseResult parsed = RetortCommand.commandLine(new String[]{"heads", "-c", "x.toml", "--help"})
                .parseArgs("heads", "-c", "x.toml", "--help");
        CommandLine heads = parsed.subcommand().commandSpec().commandLine();
        assertEquals(1, parsed.commandSpec().subcommands().size());
        assertEquals(true, heads.isUsageHelpRequested());
        assertEquals("x.toml", parsed.subcommand().matchedOptionValue("-c", null).toString());
    }
}
