package dev.retort.cli.commands;

import dev.retort.autogen.DiffResult;
import dev.retort.cli.output.LeftAlone;
import dev.retort.script.RevisionRequest;
import dev.retort.script.ScriptFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

@Command(name = "revision", description = "Create a new revision file on top of the head.")
public final class RevisionCommand extends Verb {

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG",
            description = "What the revision does, e.g. \"add token_count column to execution_logs\".")
    String message;

    @Option(names = "--autogenerate", description = "Compare the models with the database and write the changes.")
    boolean autogenerate;

    @Option(names = "--head", paramLabel = "REV",
            description = "Build on this revision (a head; or any revision with --splice; or base for a new root).")
    String head;

    @Option(names = "--splice", description = "Allow --head to name a revision that is not a head (starts a branch).")
    boolean splice;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "Name the branch this revision starts.")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--depends-on", paramLabel = "REV", description = "Revisions that must be applied first.")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of a random one.")
    String revId;

    @Option(names = "--format", paramLabel = "java|sql", description = "The file's language (default: java).")
    ScriptFormat format = ScriptFormat.JAVA;

    @Override
    public Integer call() {
        RevisionRequest request = new RevisionRequest(message, head, splice, branchLabels, dependsOn, revId, format);
        if (autogenerate) {
            var written = project().retort().autogenerate(request);
            if (written == null) {
                // Nothing written, so autogenerate gave no diff back; compare again (only in this case) to name what
                // was kept: a bare "No changes" would hide that Retort left a view or trigger alone. Nothing is
                // not handled here, as that would have been written as a comment in a revision.
                DiffResult diff = project().retort().compareModels();
                LeftAlone.printKept(diff, out());
                out().println("No changes: the models match the database" + LeftAlone.matchScope(diff)
                        + "; no revision written");
                return 0;
            }
            // describe() already names what was not handled ("Detected not handled: ..."); kept objects it leaves out.
            written.diff().describe().forEach(line -> out().println("Detected " + line));
            LeftAlone.printKept(written.diff(), out());
            out().println("Generating " + project().display(written.file()) + " ... done");
            out().println("Review it before `retort upgrade head`: autogenerate can miss renames and intent.");
            return 0;
        }
        Path file = project().retort().createRevision(request);
        out().println("Generating " + project().display(file) + " ... done");
        return 0;
    }
}
