package dev.retort.maven;

import dev.retort.error.CheckFailedException;
import dev.retort.verify.rehearsal.RehearsalReport;
import dev.retort.verify.rehearsal.RevisionResult;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Rehearses every revision up, down and up again on a copy of the database (never the database itself), and
 * fails the build when one does not pass ({@code retort test}).
 */
@Mojo(name = "test", threadSafe = true)
public class TestMojo extends AbstractRetortMojo {
    /** Rehearses on an empty database instead of a copy of the configured one ({@code -Dretort.empty}). */
    @Parameter
    protected boolean empty;

    @Override
    protected void run() {
        RehearsalReport report = retort().rehearse(Boolean.parseBoolean(setting("empty", String.valueOf(empty))));
        getLog().info("Rehearsing on " + report.database() + "; models: " + report.models());
        for (RevisionResult result : report.revisions()) {
            getLog().info(result.revision() + "  up " + result.up() + "  down " + result.down() + "  rows kept "
                    + result.rowsKept() + "  " + result.verdict());
            for (String problem : result.problems()) {
                getLog().error(result.revision() + " (" + display(result.file()) + "): " + problem);
            }
        }
        if (report.failed()) {
            long failures = report.failures();
            throw new CheckFailedException("test failed: " + (failures > 0 ? failures + " revision"
                    + (failures == 1 ? "" : "s") + " did not pass" : "the database at head does not match the models")
                    + "; the database itself was not changed");
        }
    }
}
