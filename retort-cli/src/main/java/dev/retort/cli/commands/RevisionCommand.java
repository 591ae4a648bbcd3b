package dev.retort.cli.commands;

import dev.retort.error.RetortException;
import dev.retort.error.UsageException;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionIds;
import dev.retort.script.HeadsFile;
import dev.retort.script.NewRevision;
import dev.retort.script.RevisionWriter;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
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
        if (message.isBlank()) {
            throw new UsageException("-m needs a message saying what the revision does");
        }
        ScriptDirectory scripts = project().retort().scripts();
        RevisionGraph graph = scripts.graph();
        String id = revId != null ? revId : NewRevision.randomId();
        String problem = RevisionIds.problem(id);
        if (problem != null) {
            throw new UsageException("--rev-id '" + id + "' " + problem);
        }
        if (scripts.contains(id)) {
            throw new RetortException("revision " + id + " exists already (" + scripts.script(id).file().getFileName() + ")");
        }
        for (String label : branchLabels) {
            if (!RevisionIds.LABEL.matcher(label).matches()) {
                throw new UsageException("--branch-label '" + label + "' must be letters, digits or _");
            }
        }
        List<String> parents = parents(graph);
        List<String> dependencies = dependsOn.stream().map(graph::resolve).toList();
        NewRevision revision = new NewRevision(id, parents, dependencies, branchLabels, Instant.now(), message);
        if (autogenerate) {
            if (format != ScriptFormat.JAVA) {
                throw new UsageException("--autogenerate writes Java revisions; leave out --format sql");
            }
            var written = project().retort().autogenerate(revision);
            if (written == null) {
                out().println("No changes: the models match the database; no revision written");
                return 0;
            }
            written.diff().describe().forEach(line -> out().println("Detected " + line));
            out().println("Generating " + project().display(written.file()) + " ... done");
            out().println("Review it before `retort upgrade head`: autogenerate can miss renames and intent.");
            return 0;
        }
        String source = format == ScriptFormat.JAVA
                ? RevisionWriter.javaSource(revision, "", "") : RevisionWriter.sqlSource(revision);
        Path file = RevisionWriter.write(scripts.versionsDir(), revision, format, source);
        out().println("Generating " + project().display(file) + " ... done");
        // Read back rather than computed: the heads are whatever the files now say.
        HeadsFile.write(scripts.versionsDir(), ScriptDirectory.load(scripts.versionsDir()).graph().heads());
        return 0;
    }

    private List<String> parents(RevisionGraph graph) {
        if (head != null) {
            if (head.equals("base")) {
                return List.of();
            }
            String parent = graph.resolve(head);
            if (!graph.heads().contains(parent) && !splice) {
                throw new RetortException("revision " + parent + " is not a head; pass --splice to start a branch from it");
            }
            return List.of(parent);
        }
        List<String> heads = graph.heads();
        if (heads.size() > 1) {
            throw new RetortException("there are " + heads.size() + " heads (" + String.join(", ", heads)
                    + "); resolve them first with `retort merge heads -m \"merge heads\"`, or pass --head REV");
        }
        return heads;
    }
}
