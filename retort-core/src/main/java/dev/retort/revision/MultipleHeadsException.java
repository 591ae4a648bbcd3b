package dev.retort.revision;

import dev.retort.error.RetortException;
import java.util.List;

/** A target that needs one head ("head", "+N", "-N", "LABEL@head") met several. */
public class MultipleHeadsException extends RetortException {
    private final List<String> heads;

    MultipleHeadsException(String message, List<String> heads) {
        super(message);
        this.heads = List.copyOf(heads);
    }

    /** The competing heads, in topological order. */
    public List<String> heads() {
        return heads;
    }

    static MultipleHeadsException forHead(String spec, List<String> heads) {
        return new MultipleHeadsException("'" + spec + "' is ambiguous: there are " + heads.size() + " heads ("
                + AmbiguousRevisionException.list(heads)
                + "); merge them with `retort merge heads -m MSG` or name one", heads);
    }

    static MultipleHeadsException onBranch(String spec, String branch, List<String> heads) {
        return new MultipleHeadsException("'" + spec + "' is ambiguous: " + branch + " leads to "
                + heads.size() + " heads (" + AmbiguousRevisionException.list(heads) + "); name one of them", heads);
    }

    static MultipleHeadsException forRelativeUp(String spec, List<String> heads) {
        return new MultipleHeadsException("'" + spec + "' is ambiguous: there are " + heads.size() + " heads ("
                + AmbiguousRevisionException.list(heads) + "); use LABEL@" + spec
                + " or a revision, or merge them with `retort merge heads -m MSG`", heads);
    }

    static MultipleHeadsException forRelativeUpFrom(String spec, List<String> rows) {
        return new MultipleHeadsException("'" + spec + "' is ambiguous: the database is at " + rows.size()
                + " heads (" + AmbiguousRevisionException.list(rows) + "); use LABEL@" + spec + " or a revision", rows);
    }

    static MultipleHeadsException forRelativeDown(String spec, List<String> applied) {
        return new MultipleHeadsException("'" + spec + "' is ambiguous: the database is at " + applied.size()
                + " heads (" + AmbiguousRevisionException.list(applied) + "); use LABEL@" + spec + " or a revision",
                applied);
    }
}
