package dev.retort.maven;

import dev.retort.error.CheckFailedException;
import dev.retort.revision.RevisionGraph;
import dev.retort.script.HeadsFile;
import dev.retort.script.ScriptDirectory;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.Optional;

/**
 * Shows the heads, and fails the build when there is more than one (parallel work to merge first) or when
 * {@code versions/HEADS} disagrees with the revision files ({@code retort heads --check}).
 */
@Mojo(name = "heads", threadSafe = true)
public class HeadsMojo extends AbstractRetortMojo {
    @Override
    protected void run() {
        ScriptDirectory scripts = retort().scripts();
        RevisionGraph graph = scripts.graph();
        for (String head : graph.heads()) {
            String message = graph.get(head).message();
            getLog().info(head + " (head)" + (message.isEmpty() ? "" : ", " + message));
        }
        Optional<HeadsFile.Mismatch> mismatch = HeadsFile.compare(scripts.versionsDir(), graph.heads());
        if (mismatch.isPresent()) {
            throw new CheckFailedException(display(mismatch.get().file()) + ": " + mismatch.get().problem());
        }
        if (graph.heads().size() > 1) {
            throw new CheckFailedException(graph.heads().size() + " heads (" + String.join(", ", graph.heads())
                    + "): merge them with `retort merge heads -m \"merge heads\"`");
        }
    }
}
