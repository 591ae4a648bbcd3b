package dev.retort.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "stamp", description = "Record that the database is at REV without running any migration "
        + "(for a schema made by other means; also re-records an applied revision whose file was edited).")
public final class StampCommand extends Verb {
    @Parameters(paramLabel = "REV", description = "head, heads, base, a revision, or any TARGET form that names "
            + "one (LABEL@head, LABEL@REV, REV-1); LABEL@base clears that branch's rows only.")
    String target;

    @Option(names = "--purge", description = "Delete every version row first, even ones the graph does not know.")
    boolean purge;

    @Override
    public Integer call() {
        List<String> now = project().retort().stamp(target, purge);
        out().println(now.isEmpty() ? "Stamped: the database is at base (no revision applied)"
                : "Stamped: the database is at " + String.join(", ", now));
        return 0;
    }
}
