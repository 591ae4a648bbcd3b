package dev.retort.revision;

import dev.retort.error.RetortException;

/** {@code LABEL@REV} where REV is neither an ancestor nor a descendant of the branch's revision. */
public class NotOnBranchException extends RetortException {
    NotOnBranchException(String revision, String branch) {
        super("revision " + revision + " is not on branch " + branch + " (neither before nor after it through "
                + "Revises); name a revision of that branch, or leave out '" + branch + "@'");
    }
}
