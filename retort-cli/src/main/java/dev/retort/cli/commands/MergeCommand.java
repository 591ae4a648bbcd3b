package dev.retort.cli.commands;

import dev.retort.error.RetortException;
import dev.retort.revision.RevisionGraph;
import dev.retort.script.HeadsFile;
import dev.retort.script.NewRevision;
import dev.retort.script.RevisionWriter;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Command(name = "merge", description = "Create a merge revision that joins several heads into one.")
public final class MergeCommand extends Verb {
    @Parameters(paramLabel = "heads|REV", arity = "1..*",
            description = "`heads` for all current heads, or the revisions to merge.")
    List<String> revisions;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "Why they are merged.")
    String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of a random one.")
    String revId;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "Name the merged branch.")
    List<String> branchLabels = List.of();

    @Override
    public Integer call() {
        ScriptDirectory scripts = project().retort().scripts();
        RevisionGraph graph = scripts.graph();
        Set<String> parents = new LinkedHashSet<>();
        for (String spec : revisions) {
            if (spec.equals("heads")) {
                parents.addAll(graph.heads());
            } else {
                parents.add(graph.resolve(spec));
            }
        }
        if (parents.size() < 2) {
            throw new RetortException("nothing to merge: " + (parents.isEmpty() ? "no revisions" : "only "
                    + parents.iterator().next()) + "; a merge joins two or more heads");
        }
        String id = revId != null ? revId : NewRevision.randomId();
        if (scripts.contains(id)) {
            throw new RetortException("revision " + id + " exists already (" + scripts.script(id).file().getFileName() + ")");
        }
        NewRevision revision = new NewRevision(id, List.copyOf(parents), List.of(), branchLabels, Instant.now(), message);
        Path file = RevisionWriter.write(scripts.versionsDir(), revision, ScriptFormat.JAVA,
                RevisionWriter.javaSource(revision, "", ""));
        out().println("Generating " + project().display(file) + " ... done");
        // Read back rather than computed: the heads are whatever the files now say.
        HeadsFile.write(scripts.versionsDir(), ScriptDirectory.load(scripts.versionsDir()).graph().heads());
        return 0;
    }
}
