package dev.retort.cli.commands;

import dev.retort.cli.Project;
import dev.retort.cli.RetortCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** What every verb shares: the global options and where to print. */
abstract class Verb implements Callable<Integer> {
    @ParentCommand
    RetortCommand parent;

    @Spec
    CommandSpec spec;

    private Project project;

    Project project() {
        if (project == null) {
            project = parent.project();
        }
        return project;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
