package dev.retort.cli.commands;

import dev.retort.cli.output.RevisionText;
import dev.retort.script.ScriptDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "show", description = "Show one revision in full.")
public final class ShowCommand extends Verb {
    @Parameters(paramLabel = "REV", description = "A revision: full or partial id, branch label, head, LABEL@head.")
    String revision;

    @Override
    public Integer call() {
        ScriptDirectory scripts = project().retort().scripts();
        String id = scripts.graph().resolve(revision);
        out().print(new RevisionText(scripts, List.of(), project()::display).block(scripts.graph().get(id)));
        out().flush();
        return 0;
    }
}
