package dev.retort.ops;

import dev.retort.error.RetortException;

/** Thrown by {@link Operation#reverse()} when the operation does not carry what undoing it needs. */
public class IrreversibleOperationException extends RetortException {
    /** {@code operation} has no reverse, for the reason given. */
    public IrreversibleOperationException(Operation operation, String why) {
        super("cannot reverse '" + operation.describe() + "': " + why);
    }
}
