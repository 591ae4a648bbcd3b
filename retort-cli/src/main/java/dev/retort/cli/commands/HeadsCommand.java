package dev.retort.cli.commands;

import dev.retort.cli.output.Json;
import dev.retort.cli.output.RevisionText;
import dev.retort.error.CheckFailedException;
import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import dev.retort.script.HeadsFile;
import dev.retort.script.ScriptDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Command(name = "heads", description = "Show the current heads: revisions nothing builds on yet. More than one "
        + "means parallel work to merge before going on.")
public final class HeadsCommand extends Verb {
    @Option(names = {"-v", "--verbose"}, description = "Show each head in full.")
    boolean verbose;

    @Option(names = "--check", description = "Exit 3 when there is more than one head, or when versions/HEADS "
            + "disagrees with the revision files (for CI and git hooks).")
    boolean check;

    @Option(names = "--json", description = "Print JSON, for tools (docs/json.md); --check still sets the exit code.")
    boolean json;

    @Option(names = "--write", description = "Rewrite versions/HEADS from the revision files (after adding or "
            + "removing a revision file by hand).")
    boolean write;

    @Override
    public Integer call() {
        if (write) {
            project().retort().rewriteHeadsFile();
        }
        ScriptDirectory scripts = project().retort().scripts();
        RevisionGraph graph = scripts.graph();
        RevisionText text = new RevisionText(scripts, List.of(), project()::display);
        Optional<HeadsFile.Mismatch> mismatch = HeadsFile.compare(scripts.versionsDir(), graph.heads());
        if (json) {
            out().println(Json.write(asMap(scripts, mismatch)));
        } else if (graph.heads().isEmpty()) {
            out().println("No heads: there are no revisions yet; `retort revision -m MSG` writes the first");
        } else {
            for (String head : graph.heads()) {
                out().print(verbose ? text.block(graph.get(head)) + "\n" : text.idWithMarks(graph.get(head)) + "\n");
            }
        }
        out().flush();
        if (check) {
            if (mismatch.isPresent()) {
                throw new CheckFailedException(project().display(mismatch.get().file()) + ": "
                        + mismatch.get().problem());
            }
            if (graph.heads().size() > 1) {
                throw new CheckFailedException(graph.heads().size() + " heads (" + String.join(", ", graph.heads())
                        + "): merge them with `retort merge heads -m \"merge heads\"`");
            }
        }
        return 0;
    }

    private Map<String, Object> asMap(ScriptDirectory scripts, Optional<HeadsFile.Mismatch> mismatch) {
        List<Map<String, Object>> heads = new ArrayList<>();
        for (String id : scripts.graph().heads()) {
            Revision revision = scripts.graph().get(id);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("revision", id);
            item.put("message", revision.message());
            item.put("branch_labels", revision.branchLabels());
            item.put("path", project().display(scripts.script(id).file()));
            heads.add(item);
        }
        Map<String, Object> headsFile = new LinkedHashMap<>();
        headsFile.put("present", HeadsFile.read(scripts.versionsDir()).isPresent());
        headsFile.put("agrees", mismatch.isEmpty());
        headsFile.put("problem", mismatch.map(HeadsFile.Mismatch::problem).orElse(null));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("heads", heads);
        out.put("multiple", heads.size() > 1);
        out.put("heads_file", headsFile);
        return out;
    }
}
