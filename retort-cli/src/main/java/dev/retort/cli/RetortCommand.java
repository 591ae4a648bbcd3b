package dev.retort.cli;

import dev.retort.cli.commands.BackupCommand;
import dev.retort.cli.commands.BranchesCommand;
import dev.retort.cli.commands.CheckCommand;
import dev.retort.cli.commands.CurrentCommand;
import dev.retort.cli.commands.DowngradeCommand;
import dev.retort.cli.commands.HeadsCommand;
import dev.retort.cli.commands.HistoryCommand;
import dev.retort.cli.commands.InitCommand;
import dev.retort.cli.commands.LintCommand;
import dev.retort.cli.commands.MergeCommand;
import dev.retort.cli.commands.QuickstartCommand;
import dev.retort.cli.commands.ReferenceCommand;
import dev.retort.cli.commands.RestoreCommand;
import dev.retort.cli.commands.RevisionCommand;
import dev.retort.cli.commands.ShowCommand;
import dev.retort.cli.commands.StampCommand;
import dev.retort.cli.commands.TestCommand;
import dev.retort.cli.commands.UpgradeCommand;
import dev.retort.script.RetortVersion;
import dev.retort.config.Secrets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.util.List;

/** The top-level command: global options, and the verbs. */
@Command(name = "retort", scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = RetortCommand.Version.class,
        description = "Keeps a SQL database's schema in step with the code: a revision graph of migrations, "
                + "upgrade and downgrade, safe SQLite table changes.",
        footer = {"", "Exit codes: 0 ok, 1 error, 2 usage error, 3 a check found a problem."})
public final class RetortCommand {

    @Option(names = {"-c", "--config"}, scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "The configuration file (default: ./retort.toml).")
    Path config;

    @Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "The database JDBC URL; overrides RETORT_URL and the file.")
    String url;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print stack traces with errors.")
    boolean debug;

    /** The verbs, in the order {@code --help} lists them. */
    static final List<Class<?>> VERBS = List.of(
            InitCommand.class, RevisionCommand.class, MergeCommand.class,
            HeadsCommand.class, BranchesCommand.class, CurrentCommand.class, HistoryCommand.class,
            ShowCommand.class, UpgradeCommand.class, DowngradeCommand.class, StampCommand.class,
            CheckCommand.class, LintCommand.class, TestCommand.class,
            BackupCommand.class, RestoreCommand.class, QuickstartCommand.class, ReferenceCommand.class);

    /** The command with every verb. */
    public static CommandLine commandLine() {
        return commandLine(VERBS);
    }

    /**
     * The command for one run: with only the verb {@code args} invoke when that is clear (picocli reads every
     * verb's options and help text as it adds it, most of a short command's start-up), else with all of them
     * (no verb, an unknown one, or {@code reference}, which describes them all).
     */
    public static CommandLine commandLine(String[] args) {
        return commandLine(VerbSelection.verbsFor(args, VERBS));
    }

    private static CommandLine commandLine(List<Class<?>> verbs) {
        CommandLine commandLine = new CommandLine(new RetortCommand());
        for (Class<?> verb : verbs) {
            commandLine.addSubcommand(new CommandLine(verb));
        }
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    /** Every password this run has seen, so that whatever it prints masks them. */
    private final Secrets secrets = new Secrets();

    /** The project found while the command line was parsed, if any; taken once. */
    private ProjectReadAhead readAhead;

    void readAhead(ProjectReadAhead readAhead) {
        this.readAhead = readAhead;
    }

    /** The project these options point at. */
    public Project project() {
        Project early = readAhead == null ? null : readAhead.take(config, url);
        readAhead = null;
        if (early != null) {
            secrets.register(early.config().url());
            return early;
        }
        return Project.locate(config, url, secrets);
    }

    Secrets secrets() {
        return secrets;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"retort " + RetortVersion.get()};
        }
    }
}
