package dev.retort.dialect;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Records every statement, then hands it to a delegate (or to nothing). Tests use it to see the exact
 * SQL a dialect ran; with no delegate it is a dry run that still offers a connection to read from.
 */
public class CapturingSession implements SqlSession {
    private final SqlSession delegate;
    private final Connection readOnly;
    private final List<String> statements = new ArrayList<>();

    /** Records and runs each statement on {@code delegate}. */
    public CapturingSession(SqlSession delegate) {
        this.delegate = delegate;
        this.readOnly = delegate.connection();
    }

    /** Records only; {@code connection} (may be null) is offered for reading schema, never written to. */
    public CapturingSession(Connection connection) {
        this.delegate = null;
        this.readOnly = connection;
    }

    @Override
    public void execute(String sql) {
        statements.add(sql);
        if (delegate != null) {
            delegate.execute(sql);
        }
    }

    @Override
    public Connection connection() {
        return readOnly;
    }

    @Override
    public boolean offline() {
        return delegate != null && delegate.offline();
    }

    @Override
    public Progress progress() {
        return delegate == null ? Progress.NONE : delegate.progress();
    }

    public List<String> statements() {
        return Collections.unmodifiableList(statements);
    }

    public void clear() {
        statements.clear();
    }
}
