package dev.retort.script;

import dev.retort.error.RetortException;

import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * javac's errors as javac itself shows them: per error a header line {@code file:line: compile error: message},
 * then the source line with a caret under the column, then the message's further lines (symbol, location,
 * required and found types). A revision author needs all of it; the first line alone often says only
 * "cannot find symbol".
 */
final class CompileDiagnostics {
    /** Enough to fix a file at a time; javac itself stops at 100. */
    static final int SHOWN = 10;

    private CompileDiagnostics() {
    }

    /** The first error's header is the message; everything else, the other errors' headers too, are details. */
    static RetortException toException(List<Diagnostic<? extends JavaFileObject>> errors, List<Path> sources) {
        List<String> details = new ArrayList<>();
        String message = null;
        for (Diagnostic<? extends JavaFileObject> error : errors.subList(0, Math.min(SHOWN, errors.size()))) {
            List<String> lines = describe(error, sources);
            if (message == null) {
                message = lines.get(0);
                details.addAll(lines.subList(1, lines.size()));
            } else {
                details.addAll(lines);
            }
        }
        if (errors.size() > SHOWN) {
            details.add("... and " + (errors.size() - SHOWN) + " more compile errors");
        }
        return new RetortException(message, details);
    }

    /** One error: header, source line and caret when the source can be read, then the message's other lines. */
    static List<String> describe(Diagnostic<? extends JavaFileObject> error, List<Path> sources) {
        Path file = error.getSource() == null ? null : Path.of(error.getSource().toUri());
        List<String> message = error.getMessage(Locale.ROOT).lines().map(String::stripTrailing).toList();
        List<String> lines = new ArrayList<>();
        String where = file == null ? String.valueOf(sources) : file.toString();
        long line = error.getLineNumber();
        lines.add(where + (line > 0 ? ":" + line : "") + ": compile error: "
                + (message.isEmpty() ? "" : message.get(0).strip()));
        String source = file == null || line <= 0 ? null : sourceLine(file, line);
        if (source != null) {
            lines.add(source);
            lines.add(caretUnder(source, error.getColumnNumber()));
        }
        for (String more : message.subList(Math.min(1, message.size()), message.size())) {
            if (!more.isBlank()) {
                lines.add(more);
            }
        }
        return lines;
    }

    /** Spaces up to the column, keeping tabs as tabs so the caret lines up however the terminal shows them. */
    static String caretUnder(String source, long column) {
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < column - 1 && i < source.length(); i++) {
            caret.append(source.charAt(i) == '\t' ? '\t' : ' ');
        }
        return caret.append('^').toString();
    }

    private static String sourceLine(Path file, long line) {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.skip(line - 1).findFirst().map(String::stripTrailing).orElse(null);
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }
}
