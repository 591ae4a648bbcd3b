package dev.retort.maven;

import dev.retort.error.UsageException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;

/** Records that the database is at a revision without running anything ({@code retort stamp}). */
@Mojo(name = "stamp", threadSafe = true)
public class StampMojo extends AbstractRetortMojo {
    /** Required: {@code head}, {@code heads}, {@code base} or a revision ({@code -Dretort.target}). */
    @Parameter
    protected String target;

    /** Deletes every version row first ({@code -Dretort.purge}). */
    @Parameter
    protected boolean purge;

    @Override
    protected void run() {
        String to = setting("target", target);
        if (to == null) {
            throw new UsageException("stamp needs a target: -Dretort.target=head, base, or a revision");
        }
        List<String> now = retort().stamp(to, Boolean.parseBoolean(setting("purge", String.valueOf(purge))));
        getLog().info(now.isEmpty() ? "Stamped: the database is at base (no revision applied)"
                : "Stamped: the database is at " + String.join(", ", now));
    }
}
