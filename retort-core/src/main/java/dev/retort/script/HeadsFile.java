package dev.retort.script;

import dev.retort.error.RetortException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@code versions/HEADS}: the current heads, one per line, sorted. Two branches that each add a revision
 * both rewrite the same line of this file, so {@code git merge} stops with a conflict there instead of
 * quietly producing a history with two heads. Retort rewrites it on every {@code revision} and
 * {@code merge}; {@code heads --check} and {@code lint} compare it with the revision files.
 */
public final class HeadsFile {
    /** The file's name in {@code versions/}. */
    public static final String FILE_NAME = "HEADS";
    static final String COMMENT = "# Retort keeps this file: the current heads. A git conflict here means two "
            + "branches added revisions: run retort merge heads.";

    /** What the file lists; {@code conflicted} when git left its conflict markers in it. */
    public record Listed(List<String> heads, boolean conflicted) {
        /** Copies the list. */
        public Listed {
            heads = List.copyOf(heads);
        }
    }

    /** The file and the revision files disagree. */
    public record Mismatch(Path file, List<String> listed, List<String> actual, boolean conflicted) {
        /** Copies the lists. */
        public Mismatch {
            listed = List.copyOf(listed);
            actual = List.copyOf(actual);
        }

        /** One line saying what is wrong and what to run, without the file name (callers show it their way). */
        public String problem() {
            if (conflicted) {
                return "git conflict: two branches added revisions (heads " + String.join(", ", actual)
                        + "); join them with `retort merge heads -m \"merge heads\"`, which rewrites this file, "
                        + "then `git add` it";
            }
            String said = "lists " + (listed.isEmpty() ? "no head" : String.join(", ", listed))
                    + ", but the revision files' head" + (actual.size() == 1 ? " is " : "s are ")
                    + (actual.isEmpty() ? "none" : String.join(", ", actual));
            return actual.size() > 1
                    ? said + "; join them with `retort merge heads -m \"merge heads\"`, which rewrites this file"
                    : said + "; a revision file was added or removed without retort: rewrite it with "
                    + "`retort heads --write`";
        }
    }

    private HeadsFile() {
    }

    /** Where the file is: {@code versionsDir/HEADS}. */
    public static Path path(Path versionsDir) {
        return versionsDir.resolve(FILE_NAME);
    }

    /** Rewrites the file with {@code heads}, sorted. Written aside and renamed, so readers never see half. */
    public static Path write(Path versionsDir, Collection<String> heads) {
        Path file = path(versionsDir);
        StringBuilder text = new StringBuilder(COMMENT).append('\n');
        heads.stream().sorted().forEach(h -> text.append(h).append('\n'));
        try {
            Files.createDirectories(versionsDir);
            Path partial = Files.createTempFile(versionsDir, "." + FILE_NAME + "-", ".tmp");
            try {
                Files.writeString(partial, text, StandardCharsets.UTF_8);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new RetortException(file + ": cannot write: " + e.getMessage());
        }
        return file;
    }

    /** What the file lists, or empty when the project has no such file (it is optional). */
    public static Optional<Listed> read(Path versionsDir) {
        if (versionsDir == null) {
            // Compiled revisions have no folder, and so no HEADS file: their heads were checked when they were built.
            return Optional.empty();
        }
        Path file = path(versionsDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RetortException(file + ": cannot read: " + e.getMessage());
        }
        List<String> heads = new ArrayList<>();
        boolean conflicted = false;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("<<<<<<<") || line.startsWith("=======") || line.startsWith(">>>>>>>")
                    || line.startsWith("|||||||")) {
                conflicted = true;
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                heads.add(line);
            }
        }
        return Optional.of(new Listed(heads.stream().distinct().sorted().toList(), conflicted));
    }

    /**
     * Compares the file with the heads of the revision files. Empty when they agree, or when there is no file.
     */
    public static Optional<Mismatch> compare(Path versionsDir, Collection<String> heads) {
        Optional<Listed> listed = read(versionsDir);
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        List<String> actual = heads.stream().sorted().toList();
        Listed found = listed.get();
        if (!found.conflicted() && found.heads().equals(actual)) {
            return Optional.empty();
        }
        return Optional.of(new Mismatch(path(versionsDir), found.heads(), actual, found.conflicted()));
    }
}
