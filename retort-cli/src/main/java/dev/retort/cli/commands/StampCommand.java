package dev.retort.cli.commands;

import dev.retort.cli.output.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "stamp", description = "Record that the database is at REV without running any migration "
        + "(for a schema made by other means; also re-records an applied revision whose file was edited).")
public final class StampCommand extends Verb {
    @Parameters(paramLabel = "REV", description = "head, heads, base, a revision, or any TARGET form that names "
            + "one (LABEL@head, LABEL@REV, REV-1); LABEL@base clears that branch's rows only.")
    String target;

    @Option(names = "--purge", description = "Delete every version row first, even ones the graph does not know.")
    boolean purge;

    @Option(names = "--json", description = "Print JSON, for tools (docs/json.md).")
    boolean json;

    @Override
    public Integer call() {
        List<String> now = project().retort().stamp(target, purge);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("target", target);
            out.put("purge", purge);
            out.put("current", now);
            out().println(Json.write(out));
            out().flush();
            return 0;
        }
        out().println(now.isEmpty() ? "Stamped: the database is at base (no revision applied)"
                : "Stamped: the database is at " + String.join(", ", now));
        return 0;
    }
}
