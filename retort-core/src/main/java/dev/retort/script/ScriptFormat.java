package dev.retort.script;

import java.nio.file.Path;

/** The two kinds of revision file: Java (compiled in-process) and plain SQL. */
public enum ScriptFormat {
    /** A Java revision, compiled in-process (or by the build); header lines start with {@code //}. */
    JAVA(".java", "//"),
    /** A SQL revision with {@code -- retort:upgrade} and {@code -- retort:downgrade} sections. */
    SQL(".sql", "--");

    private final String extension;
    private final String commentPrefix;

    ScriptFormat(String extension, String commentPrefix) {
        this.extension = extension;
        this.commentPrefix = commentPrefix;
    }

    /** The file name's ending: {@code .java} or {@code .sql}. */
    public String extension() {
        return extension;
    }

    /** How header lines start in this format. */
    public String commentPrefix() {
        return commentPrefix;
    }

    /** The format of a revision file, or null when the file is not one. */
    public static ScriptFormat of(Path file) {
        String name = file.getFileName().toString();
        for (ScriptFormat format : values()) {
            if (name.endsWith(format.extension)) {
                return format;
            }
        }
        return null;
    }
}
