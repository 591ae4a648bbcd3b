package dev.retort.dialect.sqlite;

import dev.retort.autogen.ScratchDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A private in-memory SQLite database (sqlite.org/inmemorydb.html): each connection to {@code :memory:} is a
 * database of its own, gone when it closes. A schema.sql model is applied to it and read back, and offline SQL
 * replays earlier revisions on it, so nothing touches the user's file.
 */
final class SqliteScratch implements ScratchDatabase {
    static Connection openInMemory() throws SQLException {
        return SqliteConnections.open("jdbc:sqlite::memory:", new Properties());
    }

    @Override
    public Connection open() throws SQLException {
        return openInMemory();
    }

    @Override
    public dev.retort.sql.SqlFlavor flavor() {
        return SqliteIdentifiers.FLAVOR;
    }
}
