package dev.retort.cli.commands;

import dev.retort.autogen.DiffResult;
import dev.retort.error.CheckFailedException;
import picocli.CommandLine.Command;

import java.util.List;

@Command(name = "check", description = "Compare the models with the database, and applied revisions with their "
        + "files. Exit 0 when in sync, 3 when anything differs.")
public final class CheckCommand extends Verb {
    @Override
    public Integer call() {
        List<String> edited = project().retort().changedAppliedRevisions();
        for (String id : edited) {
            out().println("Edited after it ran: " + project().display(project().retort().scripts().script(id).file())
                    + " (revision " + id + "); restore it, or record it with `retort stamp " + id + "`");
        }
        DiffResult diff = project().config().models() == null ? null : project().retort().compareModels();
        if (diff == null) {
            out().println("Models: not configured (set `models` in retort.toml to compare them)");
        } else {
            diff.describe().forEach(line -> out().println("Differs: " + line));
        }
        int drift = diff == null ? 0 : diff.describe().size();
        out().flush();
        if (drift > 0) {
            throw new CheckFailedException(drift + " difference(s) between the models and the database: write a "
                    + "revision for them (`retort revision --autogenerate -m MSG`) or fix the models"
                    + (edited.isEmpty() ? "" : "; and " + edited.size() + " applied revision file(s) edited"));
        }
        if (!edited.isEmpty()) {
            throw new CheckFailedException(edited.size() + " applied revision file(s) edited after they ran: "
                    + "restore them, or record the edit with `retort stamp REV`");
        }
        out().println(diff == null ? "No differences: every applied revision matches its file"
                : "No differences: the database matches the models");
        return 0;
    }
}
