package dev.retort.maven;

import dev.retort.api.Retort;
import dev.retort.error.RetortException;
import dev.retort.error.UsageException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Writes the SQL an upgrade or downgrade would run, for a DBA to review or run ({@code retort upgrade --sql}); the
 * database is not touched.
 */
@Mojo(name = "sql", threadSafe = true)
public class SqlMojo extends AbstractRetortMojo {
    /** {@code TARGET} (from base) or {@code FROM:TARGET}; default {@code heads} ({@code -Dretort.target}). */
    @Parameter
    protected String target;

    /** {@code up} (the default) or {@code down} ({@code -Dretort.direction}); a downgrade needs {@code FROM:TARGET}. */
    @Parameter
    protected String direction;

    /** Where to write the script ({@code -Dretort.outputFile}); default: the build's output. */
    @Parameter
    protected File outputFile;

    @Override
    protected void run() {
        Retort retort = retort();
        String range = firstNonBlank(setting("target", target), "heads");
        String way = firstNonBlank(setting("direction", direction), "up");
        String sql = switch (way) {
            case "up" -> retort.upgradeSql(range);
            case "down" -> retort.downgradeSql(range);
            default -> throw new UsageException("direction must be up or down, not " + way);
        };
        String file = setting("outputFile", outputFile == null ? null : outputFile.getPath());
        if (file == null) {
            System.out.print(sql);
            System.out.flush();
            return;
        }
        File out = new File(file).isAbsolute() ? new File(file) : new File(project.getBasedir(), file);
        try {
            if (out.getParentFile() != null) {
                Files.createDirectories(out.getParentFile().toPath());
            }
            Files.writeString(out.toPath(), sql, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RetortException(out + ": cannot write: " + e.getMessage());
        }
        getLog().info("Wrote the " + (way.equals("up") ? "upgrade" : "downgrade") + " SQL to " + display(out.toPath()));
    }
}
