package dev.retort.revision;

import dev.retort.error.RetortException;

/**
 * A downgrade target that is applied but that nothing applied builds on, and that is not itself one of the
 * database's heads (it is applied only because another revision depends on it), so going "down to" it
 * means nothing. Alembic refuses it the same way.
 */
public class NotADowngradeTargetException extends RetortException {
    NotADowngradeTargetException(String message) {
        super(message);
    }
}
