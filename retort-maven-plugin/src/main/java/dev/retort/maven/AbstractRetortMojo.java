package dev.retort.maven;

import dev.retort.api.Retort;
import dev.retort.api.RetortBuilder;
import dev.retort.config.ConfigFile;
import dev.retort.config.RetortConfig;
import dev.retort.config.Secrets;
import dev.retort.error.RetortException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.util.Map;

/**
 * What every goal shares: the settings and how a failure fails the build.
 * <p>
 * Settings come, highest first, from {@code -Dretort.url=...} (the command line), the environment
 * ({@code RETORT_URL}), the plugin's {@code <configuration>}, and the project's {@code retort.toml}: the command
 * line's order, with the POM as one more file. The parameters deliberately have no Maven {@code property}, because
 * Maven would let the POM's value win over {@code -D}; the user properties are read here instead.
 */
public abstract class AbstractRetortMojo extends AbstractMojo {
    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The build's session, for {@code -Dretort.*} user properties. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** The database's JDBC URL ({@code -Dretort.url}); a relative SQLite path resolves against the project. */
    @Parameter
    protected String url;

    /** The database user ({@code -Dretort.user}), for server databases. */
    @Parameter
    protected String user;

    /** The database password ({@code -Dretort.password}); never printed. */
    @Parameter
    protected String password;

    /** The migrations folder, holding {@code versions/} ({@code -Dretort.scriptLocation}); default from retort.toml. */
    @Parameter
    protected File scriptLocation;

    /** The configuration file; read when it exists ({@code -Dretort.configFile}). */
    @Parameter(defaultValue = "${project.basedir}/retort.toml")
    protected File configFile;

    /** Skips the goal ({@code -Dretort.skip}). */
    @Parameter(property = "retort.skip", defaultValue = "false")
    protected boolean skip;

    /** The passwords this goal has seen, masked in whatever it prints. */
    private final Secrets secrets = new Secrets();

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Retort: skipped (retort.skip)");
            return;
        }
        try {
            run();
        } catch (RetortException e) {
            // The command line's one-line message, so a build log reads like `retort` on a terminal, and under it
            // the lines that only make sense as written (javac's source line and caret).
            StringBuilder message = new StringBuilder(secrets.redact(oneLine(e.getMessage())));
            e.details().forEach(line -> message.append('\n').append(secrets.redact(line)));
            throw new MojoFailureException(message.toString(), e);
        }
    }

    /** The goal's work; a {@link RetortException} fails the build with its message. */
    protected abstract void run() throws MojoFailureException;

    /** Retort for this project, with the settings in their order of precedence. */
    protected Retort retort() {
        File config = new File(setting("configFile", configFile == null ? null : configFile.getPath()));
        if (!config.isAbsolute()) {
            config = new File(project.getBasedir(), config.getPath());
        }
        RetortBuilder builder = Retort.builder().projectDir(project.getBasedir().toPath());
        RetortConfig fromFile = null;
        if (config.isFile()) {
            fromFile = Retort.loadConfig(config.toPath(), null, Map.of());
            builder.config(fromFile);
        }
        String jdbcUrl = firstNonBlank(session.getUserProperties().getProperty("retort.url"), System.getenv("RETORT_URL"),
                url, fromFile == null ? null : fromFile.url());
        secrets.register(jdbcUrl);
        builder.url(jdbcUrl).user(setting("user", user)).password(setting("password", password));
        String scripts = setting("scriptLocation", scriptLocation == null ? null : scriptLocation.getPath());
        if (scripts != null) {
            builder.locations("filesystem:" + scripts);
        }
        return builder.build();
    }

    /** {@code -Dretort.NAME} when given, else the POM's value (which may be null). */
    protected String setting(String name, String configured) {
        return firstNonBlank(session.getUserProperties().getProperty("retort." + name), configured);
    }

    /** A project path as people in the project type it: relative to the project's folder. */
    protected String display(java.nio.file.Path path) {
        java.nio.file.Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        java.nio.file.Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : path.toString();
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
