package dev.retort.cli;

import dev.retort.config.Secrets;
import dev.retort.error.RetortException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

/**
 * The {@code retort} command. Exit codes: 0 ok, 1 error, 2 usage error, 3 a check found a problem.
 * Errors print one line; the stack trace only with {@code --debug}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        NativeLibraryCache.use();
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        ProjectReadAhead readAhead = ProjectReadAhead.start(args);
        CommandLine commandLine = RetortCommand.commandLine(args);
        RetortCommand retort = commandLine.getCommand();
        retort.readAhead(readAhead);
        Secrets secrets = retort.secrets();
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            String command = e.getCommandLine().getCommandName();
            String verb = e.getCommandLine().getParent() == null ? "retort" : "retort " + command;
            // picocli quotes the arguments it could not place, and a mistyped option may be followed by a URL.
            err.println("retort: " + secrets.redact(oneLine(e.getMessage())) + " (see `" + verb + " --help`)");
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof RetortException failure) {
                err.println("retort: " + secrets.redact(oneLine(failure.getMessage())));
                failure.details().forEach(line -> err.println(secrets.redact(line)));
                if (debug) {
                    printStackTrace(e, err, secrets);
                }
                return ExitCodes.of(failure);
            }
            err.println("retort: internal error: " + secrets.redact(oneLine(String.valueOf(e)))
                    + (debug ? "" : " (run with --debug for the stack trace)"));
            if (debug) {
                printStackTrace(e, err, secrets);
            }
            return ExitCodes.ERROR;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The causes' messages are the drivers' own, which may quote the URL with its password. */
    private static void printStackTrace(Throwable e, PrintWriter err, Secrets secrets) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        err.print(secrets.redact(trace.toString()));
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
