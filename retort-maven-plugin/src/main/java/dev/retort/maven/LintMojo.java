package dev.retort.maven;

import dev.retort.error.CheckFailedException;
import dev.retort.verify.lint.Finding;
import dev.retort.verify.lint.LintReport;
import dev.retort.verify.lint.Severity;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;

/** Checks the revision files against the migration guide's tips and fails the build on errors ({@code retort lint}). */
@Mojo(name = "lint", threadSafe = true)
public class LintMojo extends AbstractRetortMojo {
    /** Fails on warnings too ({@code -Dretort.strict}). */
    @Parameter
    protected boolean strict;

    @Override
    protected void run() {
        boolean failOnWarnings = Boolean.parseBoolean(setting("strict", String.valueOf(strict)));
        LintReport report = retort().lint(List.of());
        for (Finding finding : report.findings()) {
            String line = finding.format(display(finding.file()));
            if (finding.severity() == Severity.ERROR) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        getLog().info(report.summary());
        if (report.fails(failOnWarnings)) {
            throw new CheckFailedException("lint found " + report.errors() + " error" + (report.errors() == 1 ? "" : "s")
                    + (failOnWarnings ? " and " + report.warnings() + " warning" + (report.warnings() == 1 ? "" : "s")
                    + " (strict)" : "") + "; each finding above names its fix");
        }
    }
}
