package dev.retort.cli.commands;

import dev.retort.autogen.DiffResult;
import dev.retort.autogen.KeptObject;
import dev.retort.cli.output.Json;
import dev.retort.cli.output.LeftAlone;
import dev.retort.error.CheckFailedException;
import dev.retort.schema.Unsupported;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "check", description = "Compare the models with the database, and applied revisions with their "
        + "files. Exit 0 when in sync, 3 when anything differs.")
public final class CheckCommand extends Verb {
    @Option(names = "--json", description = "Print JSON, for tools (docs/json.md); the exit code is the same.")
    boolean json;

    @Override
    public Integer call() {
        List<String> edited = project().retort().changedAppliedRevisions();
        DiffResult diff = project().config().models() == null ? null : project().retort().compareModels();
        List<String> differences = diff == null ? List.of() : diff.describe();
        if (json) {
            out().println(Json.write(asMap(edited, diff, differences)));
        } else {
            for (String id : edited) {
                out().println("Edited after it ran: " + project().display(project().retort().scripts().script(id).file())
                        + " (revision " + id + "); restore it, or record it with `retort stamp " + id + "`");
            }
            if (diff == null) {
                out().println("Models: not configured (set `models` in retort.toml to compare them)");
            } else {
                // What nobody compared is told apart from what differs: it needs a person, not a revision.
                diff.describeChanges().forEach(line -> out().println("Differs: " + line));
                LeftAlone.printNotHandled(diff, out());
                // What the models cannot describe (a JPA project's hand-made trigger) is named every time, but it is
                // no difference: check would otherwise fail for ever in CI and be switched off, hiding real drift.
                LeftAlone.printKept(diff, out());
            }
        }
        out().flush();
        if (!differences.isEmpty()) {
            throw new CheckFailedException(differences.size() + " difference(s) between the models and the database: "
                    + "write a revision for them (`retort revision --autogenerate -m MSG`) or fix the models"
                    + (edited.isEmpty() ? "" : "; and " + edited.size() + " applied revision file(s) edited"));
        }
        if (!edited.isEmpty()) {
            throw new CheckFailedException(edited.size() + " applied revision file(s) edited after they ran: "
                    + "restore them, or record the edit with `retort stamp REV`");
        }
        if (!json) {
            out().println(diff == null ? "No differences: every applied revision matches its file"
                    : "No differences: the database matches the models" + LeftAlone.matchScope(diff));
        }
        return 0;
    }

    private Map<String, Object> asMap(List<String> edited, DiffResult diff, List<String> differences) {
        List<Map<String, Object>> editedFiles = new ArrayList<>();
        for (String id : edited) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("revision", id);
            item.put("path", project().display(project().retort().scripts().script(id).file()));
            editedFiles.add(item);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("models", diff != null);
        out.put("differences", differences);
        out.put("edited", editedFiles);
        out.put("in_sync", differences.isEmpty() && edited.isEmpty());
        List<Map<String, Object>> notHandled = new ArrayList<>();
        for (Unsupported u : diff == null ? List.<Unsupported>of() : diff.notHandled()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", u.kind());
            item.put("name", u.name());
            item.put("reason", u.reason());
            notHandled.add(item);
        }
        out.put("not_handled", notHandled);
        List<Map<String, Object>> kept = new ArrayList<>();
        for (KeptObject k : diff == null ? List.<KeptObject>of() : diff.kept()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", k.kind());
            item.put("name", k.name());
            item.put("table", k.ofTable());
            item.put("reason", k.reason());
            kept.add(item);
        }
        out.put("kept", kept);
        return out;
    }
}
