package dev.retort.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of the guide as a script: its {@code <!-- docs-test: write PATH -->} blocks are files to save, its
 * {@code ```console} blocks commands to run ({@code $ mvn ...}, {@code $ java ...}, {@code $ retort ...}) with the
 * output the page shows. A trailing {@code # exits N} gives the expected exit code. The page's output lines must
 * appear, in order, in what the command printed; a line {@code ...} stands for lines left out, and a line starting
 * with {@code ...} for the start of a line left out (a log line's time and thread).
 */
final class DocScript {
    private static final Pattern FENCE = Pattern.compile("^```\\s*([A-Za-z0-9_+-]*)\\s*$");
    private static final Pattern WRITE = Pattern.compile("^<!--\\s*docs-test:\\s*write\\s+(\\S+)\\s*-->\\s*$");
    private static final Pattern EXITS = Pattern.compile("#.*\\bexits\\s+(\\d+)\\b");

    /** Something the page does, at a line of it. */
    sealed interface Step permits Write, Run {
        int line();
    }

    /** A file the reader saves. */
    record Write(int line, String path, String content) implements Step {
    }

    /** A command and what the page says it prints. */
    record Run(int line, String program, List<String> args, int exit, List<String> output) implements Step {
    }

    private DocScript() {
    }

    static List<Step> read(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher write = WRITE.matcher(lines.get(i));
            if (write.matches()) {
                int open = i + 1;
                while (open < lines.size() && lines.get(open).isBlank()) {
                    open++;
                }
                int close = closing(lines, open, page);
                steps.add(new Write(i + 1, write.group(1), String.join("\n", lines.subList(open + 1, close)) + "\n"));
                i = close;
                continue;
            }
            Matcher fence = FENCE.matcher(lines.get(i));
            if (fence.matches()) {
                int close = closing(lines, i, page);
                if (fence.group(1).equals("console")) {
                    steps.addAll(commands(lines, i + 1, close, page));
                }
                i = close;
            }
        }
        return steps;
    }

    private static List<Run> commands(List<String> lines, int from, int to, Path page) {
        List<Run> runs = new ArrayList<>();
        int i = from;
        while (i < to) {
            String line = lines.get(i);
            if (!line.startsWith("$ ")) {
                throw new IllegalStateException(page.getFileName() + ":" + (i + 1) + ": a console block's lines start"
                        + " with `$ ` commands, followed by their output");
            }
            int next = i + 1;
            while (next < to && !lines.get(next).startsWith("$ ")) {
                next++;
            }
            String text = line.substring(2);
            Matcher exits = EXITS.matcher(text);
            int exit = exits.find() ? Integer.parseInt(exits.group(1)) : 0;
            int comment = text.indexOf(" #");
            List<String> words = List.of((comment < 0 ? text : text.substring(0, comment)).strip().split("\\s+"));
            if (!List.of("mvn", "java", "retort").contains(words.get(0))) {
                throw new IllegalStateException(page.getFileName() + ":" + (i + 1) + ": the docs test runs mvn, java "
                        + "and retort, not " + words.get(0));
            }
            runs.add(new Run(i + 1, words.get(0), words.subList(1, words.size()), exit, lines.subList(i + 1, next)));
            i = next;
        }
        return runs;
    }

    /** Null when every line the page shows is in {@code actual}, in order; else the first line that is not. */
    static String missing(List<String> shown, String actual) {
        List<String> printed = actual.lines().toList();
        int at = 0;
        for (String expected : shown) {
            String wanted = expected.strip();
            if (wanted.isEmpty() || wanted.equals("...")) {
                continue;
            }
            boolean anyStart = wanted.startsWith("...");
            String text = anyStart ? wanted.substring(3).strip() : wanted;
            boolean found = false;
            while (at < printed.size()) {
                String line = printed.get(at++).strip();
                if (anyStart ? line.endsWith(text) : line.equals(text)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return expected;
            }
        }
        return null;
    }

    private static int closing(List<String> lines, int open, Path page) {
        if (open >= lines.size() || !FENCE.matcher(lines.get(open)).matches()) {
            throw new IllegalStateException(page.getFileName() + ":" + (open + 1) + ": a docs-test directive must be "
                    + "followed by a fenced block");
        }
        for (int i = open + 1; i < lines.size(); i++) {
            if (lines.get(i).equals("```")) {
                return i;
            }
        }
        throw new IllegalStateException(page.getFileName() + ":" + (open + 1) + ": the fenced block is not closed");
    }
}
