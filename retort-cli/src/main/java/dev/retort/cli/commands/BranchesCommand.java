package dev.retort.cli.commands;

import dev.retort.cli.output.RevisionText;
import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import dev.retort.script.ScriptDirectory;
import picocli.CommandLine.Command;

import java.util.List;

@Command(name = "branches", description = "Show branch points: revisions that more than one revision builds on.")
public final class BranchesCommand extends Verb {
    @Override
    public Integer call() {
        ScriptDirectory scripts = project().retort().scripts();
        RevisionGraph graph = scripts.graph();
        RevisionText text = new RevisionText(scripts, List.of(), project()::display);
        for (Revision revision : graph.topological()) {
            if (graph.isBranchPoint(revision.id())) {
                out().println(text.idWithMarks(revision) + (revision.message().isEmpty() ? "" : ", " + revision.message()));
                for (String child : graph.children(revision.id())) {
                    Revision next = graph.get(child);
                    out().println("    -> " + text.idWithMarks(next) + (next.message().isEmpty() ? "" : ", " + next.message()));
                }
            }
        }
        return 0;
    }
}
