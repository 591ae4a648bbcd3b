package dev.retort.dialect;

import dev.retort.error.DatabaseException;

import java.sql.SQLException;

/**
 * The boundary between Retort's work and JDBC: runs a piece of database work and turns a {@link SQLException}
 * into a {@link DatabaseException} that says what was being attempted, so that callers need no catch of their own.
 */
public final class Jdbc {
    private Jdbc() {
    }

    /** Database work that gives back a result. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    /** Database work done for its effect. */
    @FunctionalInterface
    public interface Action {
        void run() throws SQLException;
    }

    /** @param attempting what the work does, to follow "could not": "read the schema of SQLite" */
    public static <T> T attempt(String attempting, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new DatabaseException(attempting, e);
        }
    }

    public static void attempt(String attempting, Action action) {
        attempt(attempting, () -> {
            action.run();
            return null;
        });
    }
}
