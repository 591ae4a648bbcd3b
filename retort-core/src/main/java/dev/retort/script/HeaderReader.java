package dev.retort.script;

import dev.retort.revision.Revision;
import dev.retort.revision.RevisionIds;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a revision file's plain-text header without compiling anything, so read-only verbs stay instant
 * with thousands of revisions. The header is the run of comment lines at the top of the file; lines of
 * the form {@code Key: value} with a known key are fields, other comment lines are free text.
 */
public final class HeaderReader {
    static final String REVISION = "Revision";
    static final String REVISES = "Revises";
    static final String DEPENDS_ON = "Depends-On";
    static final String BRANCH_LABELS = "Branch-Labels";
    static final String CREATE_DATE = "Create-Date";
    static final String MESSAGE = "Message";
    private static final Set<String> KEYS = Set.of(REVISION, REVISES, DEPENDS_ON, BRANCH_LABELS, CREATE_DATE, MESSAGE,
            TransactionHeader.KEY);
    /** {@code -- retort:upgrade}: where a .sql revision's header ends. */
    static final String SECTION_MARK = "retort:";
    private static final Pattern FIELD = Pattern.compile("([A-Za-z][A-Za-z-]*):(.*)");

    private HeaderReader() {
    }

    /** The revision a file's header declares, read without compiling; errors name the file and line. */
    public static RevisionScript read(Path file) {
        ScriptFormat format = ScriptFormat.of(file);
        if (format == null) {
            throw new ScriptException(file, 0, "not a revision file (expected .java or .sql)");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        int lineNumber = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (!trimmed.startsWith(format.commentPrefix())) {
                    break;
                }
                String comment = trimmed.substring(format.commentPrefix().length()).strip();
                if (comment.startsWith(SECTION_MARK)) {
                    // A .sql revision's body starts at its first section; comments there are the SQL's own.
                    break;
                }
                var field = FIELD.matcher(comment);
                if (field.matches() && KEYS.contains(field.group(1))) {
                    String key = field.group(1);
                    if (fields.containsKey(key)) {
                        throw new ScriptException(file, lineNumber, "'" + key + ":' appears twice in the header");
                    }
                    fields.put(key, field.group(2).strip());
                    lineOf.put(key, lineNumber);
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            // The decoder's own message is only "Input length = 1".
            throw new ScriptException(file, 0, "not UTF-8 text; save the file as UTF-8");
        } catch (IOException e) {
            throw new ScriptException(file, 0, "cannot read: " + e.getMessage());
        }
        if (fields.containsKey(TransactionHeader.KEY)) {
            TransactionHeader.check(file, lineOf.get(TransactionHeader.KEY), fields.get(TransactionHeader.KEY));
        }
        String id = fields.get(REVISION);
        if (id == null) {
            throw new ScriptException(file, 1, "no '" + format.commentPrefix() + " Revision: <id>' line in the header");
        }
        if (!fields.containsKey(REVISES)) {
            throw new ScriptException(file, lineOf.get(REVISION), "no '" + format.commentPrefix()
                    + " Revises:' line in the header (leave it empty for a first revision)");
        }
        String problem = RevisionIds.problem(id);
        if (problem != null) {
            throw new ScriptException(file, lineOf.get(REVISION), "revision id '" + id + "' " + problem);
        }
        // Revises names full ids; Depends-On may also name a label or a partial id; labels are labels.
        List<String> parents = ids(file, lineOf.get(REVISES), REVISES, fields.get(REVISES), RevisionIds.ID,
                "a revision id (" + RevisionIds.RULE + ")");
        List<String> dependsOn = ids(file, lineOf.getOrDefault(DEPENDS_ON, 0), DEPENDS_ON, fields.get(DEPENDS_ON),
                RevisionIds.LABEL, "a revision id, partial id or branch label");
        List<String> labels = ids(file, lineOf.getOrDefault(BRANCH_LABELS, 0), BRANCH_LABELS, fields.get(BRANCH_LABELS),
                RevisionIds.LABEL, "a branch label (letters, digits or _)");
        if (parents.contains(id)) {
            throw new ScriptException(file, lineOf.get(REVISES), "revision " + id + " revises itself");
        }
        Revision revision = new Revision(id, parents, dependsOn, labels, fields.get(MESSAGE), fields.get(CREATE_DATE));
        return new RevisionScript(revision, file, format, lineOf.get(REVISES));
    }

    private static List<String> ids(Path file, int line, String key, String value, Pattern rule, String what) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (String part : Arrays.asList(value.split(","))) {
            String id = part.strip();
            if (!rule.matcher(id).matches()) {
                throw new ScriptException(file, line, "'" + key + ":' holds '" + id
                        + "', which is not " + what + "; separate several with commas");
            }
            if (ids.contains(id)) {
                throw new ScriptException(file, line, "'" + key + ":' names " + id + " twice");
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }
}
