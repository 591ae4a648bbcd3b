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

    /** The connection statements run on: the live database, or offline the scratch one; null when there is none. */
    Connection connection();

    /** True with {@code --sql}: statements are printed, not applied to the user's database. */
    boolean offline();

    /** Says what is happening to a person watching (progress of long copies); never null. */
    Progress progress();
}
