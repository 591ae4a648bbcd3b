package dev.retort.ops;

import java.sql.Connection;

/** Where an {@link OpsHandle} sends the operations a revision asks for. */
public interface OperationSink {
    /** Takes the next operation a revision asked for. */
    void accept(Operation operation);

    /**
     * Swaps an operation accepted earlier and not carried out yet for another form of it ({@code concurrently()}
     * after {@code createIndex(...)}).
     */
    void replace(Operation accepted, Operation replacement);

    /** Carries out what was accepted so far and hands out the connection; see {@link Ops#connection()}. */
    Connection connection();
}
