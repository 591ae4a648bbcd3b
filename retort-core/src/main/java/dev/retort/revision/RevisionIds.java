package dev.retort.revision;

import java.util.regex.Pattern;

/**
 * What a revision id and a branch label may be, one rule for every place that reads one: a header, the
 * {@code --rev-id} option, and a target. Retort generates 12 lowercase hex characters; an id given by hand may
 * be 4 to 64 lowercase letters, digits or {@code _}: lowercase, because ids are file names and two ids that
 * differ in case only would be one file on macOS and Windows; at least 4, because a shorter id reads as a
 * partial one (Alembic, too, only matches partial ids against ids of 4 characters or more); at most 64, the
 * width of the version table's column. The words a target reserves are not ids.
 */
public final class RevisionIds {
    /** An id Retort generates. */
    public static final Pattern GENERATED = Pattern.compile("[0-9a-f]{12}");
    /** Any revision id. */
    public static final Pattern ID = Pattern.compile("[a-z0-9_]{4,64}");
    /** A branch label: letters of either case, digits or {@code _}, so it reads as one word in {@code LABEL@head}. */
    public static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_]+");
    /** How the rule reads in an error message. */
    public static final String RULE = "4 to 64 lowercase letters, digits or _ (Retort generates 12 lowercase hex characters)";

    private RevisionIds() {
    }

    /** Whether {@code id} follows the id rule and is no reserved target word. */
    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches() && !Target.RESERVED.contains(id);
    }

    /** Why {@code id} cannot be a revision id, or null when it can. */
    public static String problem(String id) {
        if (id == null || id.isEmpty()) {
            return "is empty";
        }
        if (Target.RESERVED.contains(id)) {
            return "is a word targets reserve";
        }
        return ID.matcher(id).matches() ? null : "is not " + RULE;
    }

    /** Whether {@code spec} could name a revision or label at all: a partial id or a label has these characters only. */
    static boolean couldName(String spec) {
        return LABEL.matcher(spec).matches();
    }
}
