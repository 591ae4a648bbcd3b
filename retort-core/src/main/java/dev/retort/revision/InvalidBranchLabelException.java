package dev.retort.revision;

import dev.retort.error.RetortException;

/** A branch label that would be read as something else in a target ("head", "a@b", "x:y"). */
public class InvalidBranchLabelException extends RetortException {
    private final String label;

    InvalidBranchLabelException(String label, String revision, String why) {
        super("branch label '" + label + "' of revision " + revision + " " + why + "; rename the label");
        this.label = label;
    }

    /** The label that is not valid. */
    public String label() {
        return label;
    }
}
