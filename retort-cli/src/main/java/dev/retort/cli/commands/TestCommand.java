package dev.retort.cli.commands;

import dev.retort.cli.output.Json;
import dev.retort.error.CheckFailedException;
import dev.retort.verify.rehearsal.RehearsalReport;
import dev.retort.verify.rehearsal.RevisionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "test", description = "Rehearse every revision on a copy of the database (never the database "
        + "itself): upgrade to head, then up, down and up again per revision, checking the schema, the rows of "
        + "every table and foreign keys after each step. Exit 3 when a revision fails.")
public final class TestCommand extends Verb {
    private static final List<String> HEADINGS = List.of("REVISION", "UP", "DOWN", "ROWS KEPT", "VERDICT");

    @Option(names = "--empty", description = "Rehearse on an empty database instead of a copy of the configured one.")
    boolean empty;

    @Option(names = "--json", description = "Print JSON, for tools.")
    boolean json;

    @Override
    public Integer call() {
        RehearsalReport report = project().retort().rehearse(empty);
        if (json) {
            out().println(Json.write(asMap(report)));
        } else {
            print(report);
        }
        out().flush();
        if (report.failed()) {
            long failures = report.failures();
            throw new CheckFailedException("test failed: " + (failures > 0 ? failures + " revision"
                    + (failures == 1 ? "" : "s") + " did not pass" : "the database at head does not match the models")
                    + "; the database itself was not changed");
        }
        return 0;
    }

    private void print(RehearsalReport report) {
        out().println("Rehearsing on " + report.database());
        out().println("models: " + report.models());
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (RevisionResult result : report.revisions()) {
            rows.add(List.of(result.revision(), result.up(), result.down(), result.rowsKept(), result.verdict()));
        }
        int[] widths = new int[HEADINGS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == row.size() - 1 ? row.get(i) : String.format("%-" + (widths[i] + 2) + "s", row.get(i)));
            }
            out().println(line.toString().stripTrailing());
        }
        for (RevisionResult result : report.revisions()) {
            for (String problem : result.problems()) {
                out().println(result.revision() + " (" + project().display(result.file()) + "): " + problem);
            }
        }
        long ok = report.revisions().stream().filter(r -> r.verdict().equals("ok")).count();
        out().println(report.revisions().size() + " revisions: " + ok + " ok, " + report.failures() + " failed, "
                + (report.revisions().size() - ok - report.failures()) + " skipped");
    }

    private Map<String, Object> asMap(RehearsalReport report) {
        List<Map<String, Object>> revisions = new ArrayList<>();
        for (RevisionResult result : report.revisions()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("revision", result.revision());
            item.put("file", project().display(result.file()));
            item.put("up", result.up());
            item.put("down", result.down());
            item.put("rows_kept", result.rowsKept());
            item.put("verdict", result.verdict());
            item.put("problems", result.problems());
            revisions.add(item);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("database", report.database());
        out.put("models", report.models());
        out.put("failed", report.failed());
        out.put("revisions", revisions);
        return out;
    }
}
