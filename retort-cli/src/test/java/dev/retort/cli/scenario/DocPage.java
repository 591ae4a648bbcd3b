package dev.retort.cli.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of the user guide as {@link DocsCommandsIT} reads it: the commands of its {@code console} blocks
 * and its {@code docs-test} directives, in page order, each knowing which lines of the page hold its
 * output (or file content) so that refresh mode can rewrite exactly those lines.
 */
final class DocPage {
    private static final Pattern FENCE = Pattern.compile("^```\\s*([A-Za-z0-9_+-]*)\\s*$");
    private static final Pattern DIRECTIVE = Pattern.compile("^<!--\\s*docs-test:\\s*(\\S+)\\s+(\\S+)\\s*-->\\s*$");
    private static final Pattern EXITS = Pattern.compile("\\bexits\\s+(\\d+)\\b");
    private static final java.util.Set<String> SHELLS = java.util.Set.of("bash", "sh", "shell", "zsh");
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");

    /** Something the test does, at a line of the page. */
    sealed interface Step permits Command, WriteFile, ShowFile {
        /** The line of the page (0-based) the step starts at. */
        int line();
    }

    /**
     * A {@code $ } line of a console block.
     *
     * @param env          {@code NAME=value} words before the program
     * @param program      {@code retort} or {@code java}
     * @param outputFrom   the first output line (0-based, inclusive)
     * @param outputTo     the line after the last output line
     */
    record Command(int line, String text, Map<String, String> env, String program, List<String> args,
                   int expectedExit, int outputFrom, int outputTo) implements Step {
    }

    /** {@code <!-- docs-test: write PATH -->}: the next fenced block's content is written to PATH. */
    record WriteFile(int line, String path, String content) implements Step {
    }

    /** {@code <!-- docs-test: show PATH -->}: the next fenced block shows PATH; refresh copies the file into it. */
    record ShowFile(int line, String path, int contentFrom, int contentTo) implements Step {
    }

    private final Path file;
    private final List<String> lines;
    private final List<Step> steps;

    private DocPage(Path file, List<String> lines, List<Step> steps) {
        this.file = file;
        this.lines = lines;
        this.steps = steps;
    }

    static DocPage read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return new DocPage(file, lines, parse(file.getFileName().toString(), lines));
    }

    Path file() {
        return file;
    }

    List<Step> steps() {
        return steps;
    }

    String where(Step step) {
        return file.getFileName() + ":" + (step.line() + 1);
    }

    /**
     * The page with the given steps' output (commands) or content (shown files) replaced; every other line
     * stays as it is.
     */
    String rewrite(Map<Step, List<String>> replacements) {
        List<String> result = new ArrayList<>(lines);
        List<Map.Entry<Step, List<String>>> byPosition = new ArrayList<>(replacements.entrySet());
        byPosition.sort(Comparator.comparingInt((Map.Entry<Step, List<String>> e) -> e.getKey().line()).reversed());
        for (Map.Entry<Step, List<String>> entry : byPosition) {
            int from;
            int to;
            if (entry.getKey() instanceof Command command) {
                from = command.outputFrom();
                to = command.outputTo();
            } else if (entry.getKey() instanceof ShowFile show) {
                from = show.contentFrom();
                to = show.contentTo();
            } else {
                throw new IllegalArgumentException("only commands and shown files have text to replace");
            }
            result.subList(from, to).clear();
            result.addAll(from, entry.getValue());
        }
        return String.join("\n", result) + "\n";
    }

    private static List<Step> parse(String page, List<String> lines) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher directive = DIRECTIVE.matcher(line);
            Matcher fence = FENCE.matcher(line);
            if (directive.matches()) {
                int open = nextNonBlank(lines, i + 1);
                int close = open < 0 || !FENCE.matcher(lines.get(open)).matches() ? -1 : closingFence(lines, open, page);
                if (close < 0) {
                    throw new IllegalStateException(page + ":" + (i + 1) + ": a docs-test directive must be followed by a fenced block");
                }
                String path = directive.group(2);
                switch (directive.group(1)) {
                    case "write" -> steps.add(new WriteFile(i, path, String.join("\n", lines.subList(open + 1, close)) + "\n"));
                    case "show" -> steps.add(new ShowFile(i, path, open + 1, close));
                    default -> throw new IllegalStateException(page + ":" + (i + 1) + ": unknown docs-test directive '"
                            + directive.group(1) + "' (known: write, show)");
                }
                i = close + 1;
            } else if (fence.matches()) {
                int close = closingFence(lines, i, page);
                if (SHELLS.contains(fence.group(1))) {
                    throw new IllegalStateException(page + ":" + (i + 1) + ": shell examples are ```console blocks"
                            + " of `$ retort ...` lines with their real output, not ```" + fence.group(1));
                }
                if (fence.group(1).equals("console")) {
                    steps.addAll(commands(page, lines, i + 1, close));
                }
                i = close + 1;
            } else {
                i++;
            }
        }
        return steps;
    }

    private static List<Command> commands(String page, List<String> lines, int from, int to) {
        List<Command> commands = new ArrayList<>();
        int i = from;
        if (i < to && !lines.get(i).startsWith("$ ")) {
            throw new IllegalStateException(page + ":" + (i + 1) + ": a console block starts with a `$ ` command line");
        }
        while (i < to) {
            int next = i + 1;
            while (next < to && !lines.get(next).startsWith("$ ")) {
                next++;
            }
            commands.add(command(page, i, lines.get(i).substring(2), i + 1, next));
            i = next;
        }
        return commands;
    }

    private static Command command(String page, int line, String text, int outputFrom, int outputTo) {
        List<String> words = new ArrayList<>();
        String comment = split(text, words);
        int expectedExit = 0;
        if (comment != null) {
            Matcher exits = EXITS.matcher(comment);
            if (exits.find()) {
                expectedExit = Integer.parseInt(exits.group(1));
            }
        }
        Map<String, String> env = new LinkedHashMap<>();
        while (!words.isEmpty() && ASSIGNMENT.matcher(words.get(0)).matches()) {
            String assignment = words.remove(0);
            int eq = assignment.indexOf('=');
            env.put(assignment.substring(0, eq), assignment.substring(eq + 1));
        }
        if (words.isEmpty() || !(words.get(0).equals("retort") || words.get(0).equals("java"))) {
            throw new IllegalStateException(page + ":" + (line + 1) + ": unsupported shell step `" + text
                    + "`; the docs test runs `retort ...` and `java ...` only (see DocsCommandsIT)");
        }
        return new Command(line, text, env, words.get(0), List.copyOf(words.subList(1, words.size())), expectedExit,
                outputFrom, outputTo);
    }

    /**
     * Splits a command line into words the way a POSIX shell does for simple cases (single and double
     * quotes, backslash inside double quotes) and returns its trailing {@code # comment}, or null.
     */
    static String split(String text, List<String> words) {
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < text.length() && "\"\\$`".indexOf(text.charAt(i + 1)) >= 0) {
                    word.append(text.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                return text.substring(i + 1).strip();
            } else {
                if (word == null) {
                    word = new StringBuilder();
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                } else {
                    word.append(c);
                }
            }
        }
        if (quote != 0) {
            throw new IllegalStateException("unclosed quote in `" + text + "`");
        }
        if (word != null) {
            words.add(word.toString());
        }
        return null;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int closingFence(List<String> lines, int open, String page) {
        for (int i = open + 1; i < lines.size(); i++) {
            if (lines.get(i).equals("```")) {
                return i;
            }
        }
        throw new IllegalStateException(page + ":" + (open + 1) + ": fenced block is not closed");
    }
}
