package dev.retort.cli.commands;

import dev.retort.cli.output.GraphDrawing;
import dev.retort.cli.output.Json;
import dev.retort.cli.output.RevisionText;
import dev.retort.error.UsageException;
import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import dev.retort.script.ScriptDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "history", description = "List revisions, newest first.")
public final class HistoryCommand extends Verb {
    @Option(names = {"-r", "--rev-range"}, paramLabel = "A:B",
            description = "Only revisions from A to B (inclusive); either end may be left out, e.g. -r base:head, -r ae10:.")
    String range;

    @Option(names = "-n", paramLabel = "N", description = "Only the N newest.")
    Integer limit;

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Option(names = {"-i", "--indicate-current"}, description = "Mark the revisions the database is at with (current).")
    boolean indicateCurrent;

    @Option(names = "--graph", description = "Draw the revision graph: | for Revises, : for Depends-On.")
    boolean graph;

    @Option(names = "--json", description = "Print JSON, for tools.")
    boolean json;

    @Override
    public Integer call() {
        if (limit != null && limit < 0) {
            throw new UsageException("-n takes a number of revisions, not " + limit);
        }
        ScriptDirectory scripts = project().retort().scripts();
        RevisionGraph revisions = scripts.graph();
        List<Revision> selected = select(revisions);
        List<String> current = indicateCurrent || json ? project().retort().current() : List.of();
        RevisionText text = new RevisionText(scripts, indicateCurrent ? current : List.of(), project()::display);
        if (json) {
            out().println(Json.write(selected.stream().map(r -> asMap(r, revisions, scripts, current)).toList()));
        } else if (graph) {
            GraphDrawing.draw(selected, r -> text.idWithMarks(r) + (r.message().isEmpty() ? "" : " " + r.message()))
                    .forEach(out()::println);
        } else {
            for (Revision revision : selected) {
                out().print(verbose ? text.block(revision) + "\n" : text.line(revision) + "\n");
            }
        }
        out().flush();
        return 0;
    }

    private List<Revision> select(RevisionGraph revisions) {
        List<Revision> selected;
        if (range != null) {
            int colon = range.indexOf(':');
            if (colon < 0) {
                throw new UsageException("-r takes a range A:B (either end may be empty), not '" + range + "'");
            }
            String from = range.substring(0, colon);
            String to = range.substring(colon + 1);
            selected = revisions.range(from.isEmpty() ? null : from, to.isEmpty() ? null : to);
        } else {
            selected = new ArrayList<>(revisions.topological());
            java.util.Collections.reverse(selected);
        }
        if (limit != null && selected.size() > limit) {
            selected = selected.subList(0, limit);
        }
        return selected;
    }

    private Map<String, Object> asMap(Revision revision, RevisionGraph revisions, ScriptDirectory scripts,
                                      List<String> current) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("revision", revision.id());
        map.put("revises", revision.parents());
        map.put("depends_on", revision.dependsOn());
        map.put("branch_labels", revision.branchLabels());
        map.put("message", revision.message());
        map.put("create_date", revision.createDate());
        map.put("path", project().display(scripts.script(revision.id()).file()));
        map.put("head", revisions.heads().contains(revision.id()));
        map.put("branchpoint", revisions.isBranchPoint(revision.id()));
        map.put("mergepoint", revision.isMerge());
        map.put("current", current.contains(revision.id()));
        return map;
    }
}
