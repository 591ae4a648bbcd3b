package dev.retort.revision;

import dev.retort.error.RetortException;

/** A revision id (or spec) that names no revision. */
public class UnknownRevisionException extends RetortException {
    private final String id;

    UnknownRevisionException(String id, String message) {
        super(message);
        this.id = id;
    }

    /** The id or spec that matched nothing. */
    public String id() {
        return id;
    }

    static UnknownRevisionException revisedBy(String missing, String by) {
        return new UnknownRevisionException(missing, "revision " + by + " revises " + missing
                + ", which does not exist; add the revision " + missing + " or fix the Revises header of " + by);
    }

    static UnknownRevisionException dependedOnBy(String missing, String by) {
        return new UnknownRevisionException(missing, "revision " + by + " depends on " + missing
                + ", which does not exist; add the revision " + missing + " or fix the Depends-On header of " + by);
    }

    static UnknownRevisionException noSuch(String spec) {
        String bare = spec.substring(spec.indexOf('@') + 1);
        // A spec no id could match says what ids look like, by the same rule headers and --rev-id follow.
        String rule = RevisionIds.couldName(bare) && bare.equals(bare.toLowerCase(java.util.Locale.ROOT)) ? ""
                : " (revision ids are " + RevisionIds.RULE + ")";
        return new UnknownRevisionException(spec, "no revision matches '" + spec + "'" + rule
                + "; `retort history` lists the revisions");
    }

    static UnknownRevisionException noSuchBranch(String branch, String spec) {
        return new UnknownRevisionException(branch, "no branch label or revision matches '" + branch + "' in '"
                + spec + "'; `retort branches` and `retort history` list them");
    }

    static UnknownRevisionException inVersionTable(String id) {
        return new UnknownRevisionException(id, "the version table names revision " + id
                + ", which no revision defines; restore that revision, or `retort stamp` the database at a known one");
    }

    static UnknownRevisionException noRevisions(String spec) {
        return new UnknownRevisionException(spec, "there are no revisions yet, so '" + spec
                + "' names nothing; create one with `retort revision -m MSG`");
    }
}
