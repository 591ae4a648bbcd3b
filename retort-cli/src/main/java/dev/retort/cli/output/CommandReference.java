package dev.retort.cli.output;

import picocli.CommandLine;

import java.util.Map;

/**
 * The command reference page ({@code docs/reference.md}), made from the CLI's own help, so the two
 * cannot drift: a test compares the file with this output.
 */
public final class CommandReference {
    private CommandReference() {
    }

    public static String markdown(CommandLine root) {
        StringBuilder page = new StringBuilder();
        page.append("# Command reference\n\n");
        page.append("Generated from `retort --help` and each verb's `--help` by `./retort reference > docs/reference.md`;\n");
        page.append("a test fails when this page and the CLI disagree.\n\n");
        page.append("## retort\n\n```\n").append(plain(root.getUsageMessage())).append("```\n");
        for (Map.Entry<String, CommandLine> verb : root.getSubcommands().entrySet()) {
            if (verb.getValue().getCommandSpec().usageMessage().hidden()) {
                continue;
            }
            page.append("\n## retort ").append(verb.getKey()).append("\n\n```\n")
                    .append(plain(verb.getValue().getUsageMessage())).append("```\n");
        }
        return page.toString();
    }

    private static String plain(String usage) {
        return usage.replaceAll("\u001B\\[[;\\d]*m", "").lines().map(String::stripTrailing)
                .reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append).toString();
    }
}
