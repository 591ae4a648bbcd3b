package dev.retort.maven;

import dev.retort.api.Retort;
import dev.retort.script.RevisionCompiler;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles {@code migrations/versions/*.java} against Retort and the project's classes, and copies them and the
 * {@code .sql} revisions into the application's classes under {@code db/retort/} with an index, so the application
 * runs them from {@code classpath:db/retort} on a plain JRE. Bound to {@code process-classes}.
 */
@Mojo(name = "compile-revisions", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class CompileRevisionsMojo extends AbstractRetortMojo {
    /** Where the classpath form goes; {@code classpath:db/retort} reads it at run time. */
    @Parameter(defaultValue = "${project.build.outputDirectory}/db/retort")
    protected File outputDirectory;

    @Override
    protected void run() throws MojoFailureException {
        Retort retort = retort();
        List<Path> classpath = new ArrayList<>();
        try {
            for (String element : project.getCompileClasspathElements()) {
                classpath.add(Path.of(element));
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoFailureException("the project's compile classpath is not resolved: " + e.getMessage(), e);
        }
        RevisionCompiler.Result result = retort.compileRevisions(outputDirectory.toPath(), classpath);
        getLog().info("Retort: " + (result.java() + result.sql()) + " revisions (" + result.java() + " Java, "
                + result.sql() + " SQL) in " + display(outputDirectory.toPath()) + ", " + result.compiled()
                + " compiled now");
        List<String> heads = retort.heads();
        if (heads.size() > 1) {
            getLog().warn("Retort: " + heads.size() + " heads (" + String.join(", ", heads) + "): merge them with "
                    + "`retort merge heads -m \"merge heads\"`");
        }
    }
}
