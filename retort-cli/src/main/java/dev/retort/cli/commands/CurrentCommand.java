package dev.retort.cli.commands;

import dev.retort.api.DatabaseState;
import dev.retort.cli.output.Json;
import dev.retort.cli.output.RevisionText;
import dev.retort.config.Secrets;
import dev.retort.revision.RevisionGraph;
import dev.retort.runtime.DirtyRevision;
import dev.retort.script.ScriptDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "current", description = "Show the revision(s) the database is at, and applied revisions whose file "
        + "was edited since they ran.")
public final class CurrentCommand extends Verb {
    @Option(names = {"-v", "--verbose"}, description = "Show the database and each revision in full.")
    boolean verbose;

    @Option(names = "--json", description = "Print JSON, for tools (docs/json.md).")
    boolean json;

    @Override
    public Integer call() {
        DatabaseState state = project().retort().state();
        ScriptDirectory scripts = state.scripts();
        RevisionGraph graph = scripts.graph();
        List<String> current = state.current();
        List<String> edited = state.edited();
        List<DirtyRevision> dirty = state.dirty();
        if (json) {
            out().println(Json.write(asMap(scripts, current, edited, dirty)));
            out().flush();
            return 0;
        }
        RevisionText text = new RevisionText(scripts, List.of(), project()::display);
        if (verbose) {
            out().println("Current revision(s) for " + project().retort().secrets().redact(project().config().url()) + ":");
        }
        for (String id : current) {
            if (!scripts.contains(id)) {
                out().println(id + " (no revision file declares it)");
            } else {
                out().print(verbose ? text.block(graph.get(id)) + "\n" : text.idWithMarks(graph.get(id)) + "\n");
            }
        }
        for (String id : edited) {
            out().println("Edited after it ran: " + project().display(scripts.script(id).file()) + " (revision " + id
                    + "); restore it, or record it with `retort stamp " + id + "`");
        }
        for (DirtyRevision mark : dirty) {
            out().println(mark.revision() + " (dirty): " + mark.summary());
        }
        if (current.isEmpty()) {
            err().println("no revision applied yet (base); `retort upgrade head` applies them all");
        }
        out().flush();
        return 0;
    }

    private Map<String, Object> asMap(ScriptDirectory scripts, List<String> current, List<String> edited,
                                      List<DirtyRevision> dirty) {
        List<Map<String, Object>> revisions = new ArrayList<>();
        for (String id : current) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("revision", id);
            item.put("known", scripts.contains(id));
            item.put("head", scripts.contains(id) && scripts.graph().heads().contains(id));
            item.put("message", scripts.contains(id) ? scripts.graph().get(id).message() : null);
            revisions.add(item);
        }
        List<Map<String, Object>> editedFiles = new ArrayList<>();
        for (String id : edited) {
            editedFiles.add(Map.of("revision", id, "path", project().display(scripts.script(id).file())));
        }
        List<Map<String, Object>> marks = new ArrayList<>();
        for (DirtyRevision mark : dirty) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("revision", mark.revision());
            item.put("direction", mark.direction());
            item.put("summary", mark.summary());
            marks.add(item);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("database", project().retort().secrets().redact(project().config().url()));
        out.put("current", revisions);
        out.put("at_heads", new java.util.HashSet<>(current).equals(new java.util.HashSet<>(scripts.graph().heads())));
        out.put("edited", editedFiles);
        out.put("dirty", marks);
        return out;
    }
}
