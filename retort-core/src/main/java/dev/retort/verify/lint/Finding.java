package dev.retort.verify.lint;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem lint found.
 *
 * @param file     the revision file
 * @param line     1-based line the finding is about, or 0 when no line fits
 * @param revision the revision id, or null when the finding is about the project
 */
public record Finding(Path file, int line, Severity severity, Rule rule, String message, String revision) {
    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    /** {@code <file>:<line>: <severity> <rule-id> <rule-name>: <message> (fix: ...)}, with the file as given. */
    public String format(String displayFile) {
        return displayFile + (line > 0 ? ":" + line : "") + ": " + severity.label() + " " + rule.id() + " "
                + rule.name() + ": " + message + " (fix: " + rule.fix() + ")";
    }
}
