package dev.retort.dialect;

import java.sql.Connection;

/**
 * Where a dialect's statements go. Online, they run on the live connection; offline ({@code --sql})
 * they are printed, and on SQLite they also run on an in-memory scratch database that replays earlier
 * revisions, so a table rebuild knows each table's shape.
 */
public interface SqlSession {

    /** Runs (and, offline, records) one statement. A failure is a RetortException naming the statement. */
    void execute(String sql);

    /**
     * A statement that only checks the rows (a foreign key check): run online; offline, printed but not run on the
     * scratch database, which holds the schema without rows, so the check could only pass there.
     */
    default void executeCheck(String sql) {
        execute(sql);
    }

    /**
     * A statement about the run rather than the schema (transaction control, a pragma switched and restored, a log
     * row): run online; offline, printed but not replayed on the scratch database, which needs only the schema and
     * the version rows to do its part (a rebuild reading a table's shape, the next step reading the versions).
     */
    default void executeBookkeeping(String sql) {
        execute(sql);
    }

    /** The connection statements run on: the live database, or offline the scratch one; null when there is none. */
    Connection connection();

    /** True with {@code --sql}: statements are printed, not applied to the user's database. */
    boolean offline();

    /** Says what is happening to a person watching (progress of long copies); never null. */
    Progress progress();
}
