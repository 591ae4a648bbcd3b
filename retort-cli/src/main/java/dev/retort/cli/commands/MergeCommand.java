package dev.retort.cli.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

@Command(name = "merge", description = "Create a merge revision that joins several heads into one.")
public final class MergeCommand extends Verb {
    @Parameters(paramLabel = "heads|REV", arity = "1..*",
            description = "`heads` for all current heads, or the revisions to merge.")
    List<String> revisions;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "Why they are merged.")
    String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of a random one.")
    String revId;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "Name the merged branch.")
    List<String> branchLabels = List.of();

    @Override
    public Integer call() {
        Path file = project().retort().merge(revisions, message, revId, branchLabels);
        out().println("Generating " + project().display(file) + " ... done");
        return 0;
    }
}
