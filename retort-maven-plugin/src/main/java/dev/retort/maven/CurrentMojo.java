package dev.retort.maven;

import dev.retort.api.Retort;
import dev.retort.runtime.DirtyRevision;
import dev.retort.script.ScriptDirectory;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.List;

/** Shows the revisions the database is at, and any applied revision whose file changed since ({@code retort current}). */
@Mojo(name = "current", threadSafe = true)
public class CurrentMojo extends AbstractRetortMojo {
    @Override
    protected void run() {
        Retort retort = retort();
        ScriptDirectory scripts = retort.scripts();
        List<String> current = retort.current();
        for (String id : current) {
            boolean head = scripts.contains(id) && scripts.graph().heads().contains(id);
            getLog().info(id + (scripts.contains(id) ? "" : " (no revision file declares it)") + (head ? " (head)" : ""));
        }
        if (current.isEmpty()) {
            getLog().info("no revision applied yet (base); `mvn retort:upgrade` applies them all");
        } else {
            for (String id : retort.changedAppliedRevisions()) {
                getLog().warn("Edited after it ran: " + display(scripts.script(id).file()) + " (revision " + id + ")");
            }
        }
        for (DirtyRevision dirty : retort.dirtyRevisions()) {
            getLog().warn(dirty.revision() + " (dirty): " + dirty.summary());
        }
    }
}
