package dev.retort.script;

import dev.retort.error.RetortException;

import java.nio.file.Path;

/** A revision file that cannot be used: the message starts with the file (and line, when known). */
public class ScriptException extends RetortException {
    /** A problem at {@code file}, at {@code line} when it is greater than 0. */
    public ScriptException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
    }

    /** A problem at {@code file} with the exception behind it. */
    public ScriptException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
    }
}
