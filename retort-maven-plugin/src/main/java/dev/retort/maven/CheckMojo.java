package dev.retort.maven;

import dev.retort.api.Retort;
import dev.retort.autogen.DiffResult;
import dev.retort.error.CheckFailedException;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.List;

/**
 * Compares the models with the database and applied revisions with their files, and fails the build on any
 * difference ({@code retort check}).
 */
@Mojo(name = "check", threadSafe = true)
public class CheckMojo extends AbstractRetortMojo {
    @Override
    protected void run() {
        Retort retort = retort();
        List<String> edited = retort.changedAppliedRevisions();
        for (String id : edited) {
            getLog().error("Edited after it ran: " + display(retort.scripts().script(id).file()) + " (revision " + id
                    + "); restore it, or record it with `retort stamp " + id + "`");
        }
        DiffResult diff = retort.config().models() == null ? null : retort.compareModels();
        if (diff == null) {
            getLog().info("Models: not configured (set `models` in retort.toml to compare them)");
        } else {
            diff.describe().forEach(line -> getLog().error("Differs: " + line));
            // Named on every run, but no failure: what the models cannot describe is left as it is on purpose.
            diff.kept().forEach(kept -> getLog().info("Kept: " + kept.describe()));
        }
        int drift = diff == null ? 0 : diff.describe().size();
        if (drift > 0) {
            throw new CheckFailedException(drift + " difference(s) between the models and the database: write a "
                    + "revision for them (`retort revision --autogenerate -m MSG`) or fix the models"
                    + (edited.isEmpty() ? "" : "; and " + edited.size() + " applied revision file(s) edited"));
        }
        if (!edited.isEmpty()) {
            throw new CheckFailedException(edited.size() + " applied revision file(s) edited after they ran: "
                    + "restore them, or record the edit with `retort stamp REV`");
        }
        getLog().info(diff == null ? "No differences: every applied revision matches its file"
                : diff.kept().isEmpty() ? "No differences: the database matches the models"
                : "No differences: the database matches the models in what they describe (" + diff.kept().size()
                + " object(s) kept, above)");
    }
}
