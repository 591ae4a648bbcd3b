package dev.retort.cli.commands;

import dev.retort.cli.output.CommandReference;
import picocli.CommandLine.Command;

@Command(name = "reference", hidden = true, description = "Print the command reference (docs/reference.md).")
public final class ReferenceCommand extends Verb {
    @Override
    public Integer call() {
        out().print(CommandReference.markdown(spec.root().commandLine()));
        out().flush();
        return 0;
    }
}
