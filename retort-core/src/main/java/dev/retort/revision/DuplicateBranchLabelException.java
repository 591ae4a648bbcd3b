package dev.retort.revision;

import dev.retort.error.RetortException;

/** A branch label carried by two revisions, or equal to a revision id, so it cannot name one revision. */
public class DuplicateBranchLabelException extends RetortException {
    private final String label;

    private DuplicateBranchLabelException(String label, String message) {
        super(message);
        this.label = label;
    }

    /** The label two revisions carry. */
    public String label() {
        return label;
    }

    static DuplicateBranchLabelException onTwo(String label, String first, String second) {
        return new DuplicateBranchLabelException(label, "branch label '" + label + "' is on both revision " + first
                + " and revision " + second + "; keep it on one of them");
    }

    static DuplicateBranchLabelException sameAsId(String label, String carrier) {
        return new DuplicateBranchLabelException(label, "branch label '" + label + "' of revision " + carrier
                + " is also a revision id; rename the label");
    }
}
