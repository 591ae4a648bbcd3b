package dev.retort.maven;

import dev.retort.api.MigrationResult;
import dev.retort.api.RunOptions;
import dev.retort.error.UsageException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Reverts revisions down to a target ({@code retort downgrade}). */
@Mojo(name = "downgrade", threadSafe = true)
public class DowngradeMojo extends AbstractRetortMojo {
    /** Required: {@code -1}, {@code base}, a revision ({@code -Dretort.target}). */
    @Parameter
    protected String target;

    @Override
    protected void run() {
        String to = setting("target", target);
        if (to == null) {
            throw new UsageException("downgrade needs a target: -Dretort.target=-1 (one step), base, or a revision");
        }
        MigrationResult result = retort().downgrade(to, RunOptions.DEFAULTS.withListener(new LogListener(getLog())));
        MigrationReport.log(getLog(), result, "Nothing to downgrade: already at " + to);
    }
}
