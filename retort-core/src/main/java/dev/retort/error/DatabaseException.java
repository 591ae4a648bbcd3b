package dev.retort.error;

import java.sql.SQLException;

/**
 * A database refused what Retort was attempting. Made once, at the boundary where Retort's work meets JDBC,
 * so the message says what was being attempted before what the driver said: "could not read the schema of
 * SQLite: [SQLITE_CORRUPT] ...".
 */
public class DatabaseException extends RetortException {
    /** @param attempting what Retort was doing, to follow "could not": "read the schema of SQLite" */
    public DatabaseException(String attempting, SQLException cause) {
        super("could not " + attempting + ": " + firstLine(cause.getMessage()), cause);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
