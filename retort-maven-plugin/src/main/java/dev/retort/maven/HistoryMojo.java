package dev.retort.maven;

import dev.retort.api.Retort;
import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Lists the revisions, newest first, marking heads and the ones the database is at ({@code retort history -i}). */
@Mojo(name = "history", threadSafe = true)
public class HistoryMojo extends AbstractRetortMojo {
    @Override
    protected void run() {
        Retort retort = retort();
        RevisionGraph graph = retort.scripts().graph();
        List<String> current = retort.current();
        List<Revision> newestFirst = new ArrayList<>(graph.topological());
        Collections.reverse(newestFirst);
        for (Revision revision : newestFirst) {
            String parents = revision.parents().isEmpty() ? "<base>" : String.join(", ", revision.parents());
            getLog().info(parents + " -> " + revision.id()
                    + (graph.heads().contains(revision.id()) ? " (head)" : "")
                    + (current.contains(revision.id()) ? " (current)" : "")
                    + (revision.message().isEmpty() ? "" : ", " + revision.message()));
        }
    }
}
