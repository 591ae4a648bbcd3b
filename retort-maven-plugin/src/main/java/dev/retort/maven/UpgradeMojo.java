package dev.retort.maven;

import dev.retort.api.MigrationResult;
import dev.retort.api.RunOptions;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Applies revisions up to a target, each in its own transaction ({@code retort upgrade}). */
@Mojo(name = "upgrade", threadSafe = true)
public class UpgradeMojo extends AbstractRetortMojo {
    /** {@code heads} (the default), {@code head}, a revision, {@code +N}, {@code LABEL@head} ({@code -Dretort.target}). */
    @Parameter
    protected String target;

    /** Does not back up the SQLite file first ({@code -Dretort.noBackup}). */
    @Parameter
    protected boolean noBackup;

    @Override
    protected void run() {
        String to = firstNonBlank(setting("target", target), "heads");
        boolean backup = !Boolean.parseBoolean(setting("noBackup", String.valueOf(noBackup)));
        MigrationResult result = retort().upgrade(to, RunOptions.DEFAULTS.withBackup(backup)
                .withListener(new LogListener(getLog())));
        MigrationReport.log(getLog(), result, "Nothing to upgrade: already at " + to);
    }
}
