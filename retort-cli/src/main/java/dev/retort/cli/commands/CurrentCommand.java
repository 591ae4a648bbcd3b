package dev.retort.cli.commands;

import dev.retort.cli.output.RevisionText;
import dev.retort.revision.RevisionGraph;
import dev.retort.runtime.DirtyRevision;
import dev.retort.script.ScriptDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "current", description = "Show the revision(s) the database is at.")
public final class CurrentCommand extends Verb {
    @Option(names = {"-v", "--verbose"}, description = "Show the database and each revision in full.")
    boolean verbose;

    @Override
    public Integer call() {
        ScriptDirectory scripts = project().retort().scripts();
        RevisionGraph graph = scripts.graph();
        List<String> current = project().retort().current();
        RevisionText text = new RevisionText(scripts, List.of(), project()::display);
        if (verbose) {
            out().println("Current revision(s) for " + project().retort().secrets().redact(project().config().url()) + ":");
        }
        for (String id : current) {
            if (!scripts.contains(id)) {
                out().println(id + " (no revision file declares it)");
            } else {
                out().print(verbose ? text.block(graph.get(id)) + "\n" : text.idWithMarks(graph.get(id)) + "\n");
            }
        }
        for (DirtyRevision dirty : project().retort().dirtyRevisions()) {
            out().println(dirty.revision() + " (dirty): " + dirty.summary());
        }
        if (current.isEmpty()) {
            err().println("no revision applied yet (base); `retort upgrade head` applies them all");
        }
        out().flush();
        return 0;
    }
}
