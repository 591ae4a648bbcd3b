package dev.retort.cli.output;

import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import dev.retort.script.ScriptDirectory;

import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Function;

/** How revisions are written on one line and in a verbose block, the same in every verb. */
public final class RevisionText {
    private final ScriptDirectory scripts;
    private final RevisionGraph graph;
    private final Collection<String> current;
    private final Function<Path, String> pathDisplay;

    /** @param current revisions to mark "(current)", or empty */
    public RevisionText(ScriptDirectory scripts, Collection<String> current, Function<Path, String> pathDisplay) {
        this.scripts = scripts;
        this.graph = scripts.graph();
        this.current = current;
        this.pathDisplay = pathDisplay;
    }

    /** {@code 3f2a9c1b7d4e (feature) (head)} */
    public String idWithMarks(Revision revision) {
        StringBuilder text = new StringBuilder(revision.id());
        for (String label : revision.branchLabels()) {
            text.append(" (").append(label).append(")");
        }
        if (graph.heads().contains(revision.id())) {
            text.append(" (head)");
        }
        if (graph.isBranchPoint(revision.id())) {
            text.append(" (branchpoint)");
        }
        if (revision.isMerge()) {
            text.append(" (mergepoint)");
        }
        if (current.contains(revision.id())) {
            text.append(" (current)");
        }
        return text.toString();
    }

    /** {@code 9b1c2d3e4f5a -> 3f2a9c1b7d4e (head), add token_count column} */
    public String line(Revision revision) {
        String parents = revision.parents().isEmpty() ? "<base>" : String.join(", ", revision.parents());
        String message = revision.message().isEmpty() ? "" : ", " + revision.message();
        return parents + " -> " + idWithMarks(revision) + message;
    }

    public String block(Revision revision) {
        StringBuilder text = new StringBuilder();
        text.append("Rev: ").append(idWithMarks(revision)).append('\n');
        if (revision.isMerge()) {
            text.append("Merges: ").append(String.join(", ", revision.parents())).append('\n');
        } else {
            text.append("Parent: ").append(revision.parents().isEmpty() ? "<base>" : revision.parents().get(0)).append('\n');
        }
        if (!revision.dependsOn().isEmpty()) {
            text.append("Also depends on: ").append(String.join(", ", revision.dependsOn())).append('\n');
        }
        if (graph.isBranchPoint(revision.id())) {
            text.append("Branches into: ").append(String.join(", ", graph.children(revision.id()))).append('\n');
        }
        if (!revision.branchLabels().isEmpty()) {
            text.append("Branch names: ").append(String.join(", ", revision.branchLabels())).append('\n');
        }
        text.append("Path: ").append(pathDisplay.apply(scripts.script(revision.id()).file())).append('\n');
        if (revision.createDate() != null) {
            text.append("Create-Date: ").append(revision.createDate()).append('\n');
        }
        text.append('\n').append("    ").append(revision.message()).append('\n');
        return text.toString();
    }
}
