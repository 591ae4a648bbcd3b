package dev.retort.dialect.sqlite;

import dev.retort.dialect.Progress;
import dev.retort.dialect.SqlSession;
import dev.retort.dialect.sqlite.SqliteInspector.Trigger;
import dev.retort.error.RetortException;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import dev.retort.dialect.sqlite.RowCountGuard;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One table rebuild, following SQLite's procedure for changes ALTER TABLE cannot make
 * (sqlite.org/lang_altertable.html, section 7, "Making Other Kinds Of Table Schema Changes"):
 * create the new definition under the temporary name {@code _retort_new_<table>}, copy the rows with
 * INSERT ... SELECT, drop the old table, rename the new one, recreate indexes and triggers, check
 * foreign keys. Foreign-key enforcement is already off: {@link SqliteRevisionTransaction} switched it off
 * before the transaction began (step 1), which is why dropping a parent table here cascades nowhere.
 * <p>
 * The rename runs with {@code PRAGMA legacy_alter_table=ON}: since 3.26.0 a rename re-checks every view
 * and trigger, and those naming the (just dropped) old table would make it fail; in legacy mode they keep
 * naming the table and work again once the new one has its name. Views are then verified to still work.
 */
final class SqliteRebuild {
    private static final int SQLITE_FULL = 13;
    /** The temporary name the new table has until the old one is dropped. Predictable on purpose: documented. */
    static final String TEMP_PREFIX = "_retort_new_";
    /** Above this many rows, a rowid table is copied in chunks so progress can be shown. */
    static final long CHUNK_THRESHOLD = 100_000;
    static final long CHUNK_ROWS = 50_000;

    private final TableRewrite rewrite;
    private final List<Trigger> triggers;
    private final List<String[]> renames;
    private final boolean legacyAlterTableOn;

    /**
     * @param renames            columns renamed inside the rebuild (from, to), applied to the triggers' SQL
     * @param legacyAlterTableOn whether the connection already runs with legacy_alter_table on
     */
    SqliteRebuild(TableRewrite rewrite, List<Trigger> triggers, List<String[]> renames, boolean legacyAlterTableOn) {
        this.rewrite = rewrite;
        this.triggers = triggers;
        this.renames = renames;
        this.legacyAlterTableOn = legacyAlterTableOn;
    }

    String table() {
        return rewrite.original().name();
    }

    String tempName() {
        return TEMP_PREFIX + table();
    }

    /** The whole rebuild as statements, with the copy as one INSERT ... SELECT. */
    List<String> statements() {
        List<String> sql = new ArrayList<>();
        sql.add(createNew());
        sql.add(copy(""));
        sql.addAll(afterCopy());
        return sql;
    }

    private String createNew() {
        return SqliteDdlRenderer.createTable(rewrite.table().withName(tempName()), rewrite.extras());
    }

    /** INSERT INTO new (columns) SELECT sources FROM old, plus {@code tail} (a WHERE/ORDER/LIMIT for chunks). */
    private String copy(String tail) {
        List<String> targets = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        if (copiesRowid()) {
            targets.add("rowid");
            sources.add("rowid");
        }
        for (Column column : rewrite.table().columns()) {
            // A generated column takes no value: the new table computes it from the copied ones.
            String expression = column.generated() == null ? rewrite.copyExpression(column) : null;
            if (expression != null) {
                targets.add(SqliteIdentifiers.quote(column.name()));
                sources.add(expression);
            }
        }
        return "INSERT INTO " + SqliteIdentifiers.quote(tempName()) + " (" + String.join(", ", targets) + ")\n"
                + "  SELECT " + String.join(", ", sources) + " FROM " + SqliteIdentifiers.quote(table()) + tail;
    }

    private List<String> afterCopy() {
        List<String> sql = new ArrayList<>();
        String q = SqliteIdentifiers.quote(table());
        if (keepsAutoincrementCounter()) {
            // The counter of AUTOINCREMENT may be above max(id) (deleted rows); carry it so no id is reused.
            sql.add("UPDATE sqlite_sequence SET seq = (SELECT seq FROM sqlite_sequence WHERE name = "
                    + SqliteIdentifiers.literal(table()) + ") WHERE name = " + SqliteIdentifiers.literal(tempName())
                    + " AND EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = " + SqliteIdentifiers.literal(table()) + ")");
        }
        sql.add("DROP TABLE " + q);
        if (!legacyAlterTableOn) {
            sql.add("PRAGMA legacy_alter_table=ON");
        }
        sql.add("ALTER TABLE " + SqliteIdentifiers.quote(tempName()) + " RENAME TO " + q);
        if (!legacyAlterTableOn) {
            sql.add("PRAGMA legacy_alter_table=OFF");
        }
        for (Index index : rewrite.table().indexes()) {
            sql.add(SqliteDdlRenderer.createIndex(index));
        }
        for (Trigger trigger : triggers) {
            String text = trigger.sql();
            for (String[] rename : renames) {
                text = SqlExpressions.renameIn(text, rename[0], rename[1]);
            }
            sql.add(text);
        }
        return sql;
    }

    /**
     * Runs the rebuild with the data-survival guard around it. Online, a large rowid table is copied in
     * chunks of rowid order, reporting progress; offline only the statements are run (and printed).
     */
    void execute(SqlSession session, SqliteSchemaContext context, boolean checkForeignKeys) {
        Connection connection = session.connection();
        if (session.offline()) {
            statements().forEach(session::execute);
            verifyViews(connection, context);
            return;
        }
        Set<String> guarded = context.referencingClosure(table());
        RowCountGuard guard = RowCountGuard.before(connection, table(), guarded, checkForeignKeys);
        long rows = guard.rowsBefore(table());
        requireValuesForNotNullColumns(connection, rows);
        try {
            session.execute(createNew());
            if (rows > CHUNK_THRESHOLD && preservesRowid()) {
                copyInChunks(session, rows);
            } else {
                session.execute(copy(""));
            }
            afterCopy().forEach(session::execute);
        } catch (RetortException e) {
            throw outOfSpace(e) ? new RetortException("rebuilding table " + table() + " ran out of space (database or"
                    + " disk is full; a rebuild needs room for a second copy of the table): nothing was changed, the"
                    + " revision is rolled back; free space and run it again", e) : e;
        }
        guard.verify(connection);
        verifyViews(connection, context);
    }

    /** SQLITE_FULL (sqlite.org/rescode.html#full): the disk, or the database's max_page_count, is full. */
    private static boolean outOfSpace(RetortException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (sql.getErrorCode() == SQLITE_FULL
                    || String.valueOf(sql.getMessage()).contains("SQLITE_FULL"))) {
                return true;
            }
        }
        return false;
    }

    private void copyInChunks(SqlSession session, long rows) {
        Connection connection = session.connection();
        String rowid = rowidExpression();
        try (Progress.Tracker tracker = session.progress().start("rebuilding " + table(), rows)) {
            long copied = 0;
            Long last = null;
            while (true) {
                String where = last == null ? "" : " WHERE " + rowid + " > " + last;
                session.execute(copy(where + " ORDER BY " + rowid + " LIMIT " + CHUNK_ROWS));
                long now = queryLong(connection, "SELECT changes()");
                copied += now;
                tracker.advanceTo(copied);
                if (now < CHUNK_ROWS) {
                    break;
                }
                last = queryLong(connection, "SELECT max(rowid) FROM " + SqliteIdentifiers.quote(tempName()));
            }
        }
    }

    /** The old table's rowid as the copy's SELECT sees it (the alias column when there is one). */
    private String rowidExpression() {
        String alias = rowidAlias(rewrite.original());
        return alias == null ? "rowid" : SqliteIdentifiers.quote(alias);
    }

    /**
     * True when the new table's rowids equal the old ones, so chunks can resume from the new table's
     * max(rowid): both have the same INTEGER PRIMARY KEY column, or neither has one and the rowid is copied.
     */
    private boolean preservesRowid() {
        if (withoutRowid()) {
            return false;
        }
        String oldAlias = rowidAlias(rewrite.original());
        String newAlias = rowidAlias(rewrite.table());
        if (oldAlias != null && newAlias != null) {
            return oldAlias.equalsIgnoreCase(rewrite.source(newAlias) == null ? "" : rewrite.source(newAlias));
        }
        return copiesRowid();
    }

    /** Rowids are copied as they are when no column stands for them, so rowid-keyed references stay valid. */
    private boolean copiesRowid() {
        if (withoutRowid() || rowidAlias(rewrite.original()) != null || rowidAlias(rewrite.table()) != null) {
            return false;
        }
        for (Table t : List.of(rewrite.original(), rewrite.table())) {
            for (Column c : t.columns()) {
                String n = c.name().toLowerCase();
                if (n.equals("rowid") || n.equals("oid") || n.equals("_rowid_")) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean withoutRowid() {
        return SqliteTableOptions.withoutRowid(rewrite.original()) || SqliteTableOptions.withoutRowid(rewrite.table());
    }

    /** The column that is the table's rowid (a one-column INTEGER primary key), or null. */
    static String rowidAlias(Table table) {
        if (table.primaryKey() == null || table.primaryKey().columns().size() != 1) {
            return null;
        }
        String pk = table.primaryKey().columns().get(0);
        return table.column(pk).filter(c -> c.type().kind() == ColumnType.Kind.INTEGER).map(Column::name).orElse(null);
    }

    private boolean keepsAutoincrementCounter() {
        return SqliteDdlRenderer.inlineAutoIncrementColumn(rewrite.original()) != null
                && SqliteDdlRenderer.inlineAutoIncrementColumn(rewrite.table()) != null;
    }

    /** A NOT NULL column that gets no value from the old rows would fail the copy; say why, and the fix. */
    private void requireValuesForNotNullColumns(Connection connection, long rows) {
        for (Column column : rewrite.table().columns()) {
            if (column.isNullable() || column.serverDefault() != null || column.generated() != null
                    || column.name().equalsIgnoreCase(rowidAlias(rewrite.table()))) {
                continue;
            }
            String source = rewrite.source(column.name());
            if (source == null && rows > 0) {
                throw new RetortException("table " + table() + ": cannot add NOT NULL column " + column.name()
                        + " without a default, the table has " + rows + " rows; give it a default or add it nullable,"
                        + " fill it, then make it NOT NULL");
            }
            if (source != null && rewrite.original().column(source).map(Column::isNullable).orElse(false)) {
                long nulls = queryLong(connection, "SELECT count(*) FROM " + SqliteIdentifiers.quote(table())
                        + " WHERE " + SqliteIdentifiers.quote(source) + " IS NULL");
                if (nulls > 0) {
                    throw new RetortException("table " + table() + ": cannot make column " + column.name() + " NOT NULL, "
                            + nulls + " rows hold NULL; give it a default in the same change or fill those rows first");
                }
            }
        }
    }

    /** A view that used the old table must still work with the new one, as after a native ALTER. */
    private void verifyViews(Connection connection, SqliteSchemaContext context) {
        for (SqliteSchemaContext.SchemaObject view : context.viewsMentioning(table())) {
            try (Statement st = connection.createStatement()) {
                st.executeQuery("SELECT * FROM " + SqliteIdentifiers.quote(view.name()) + " LIMIT 0").close();
            } catch (SQLException e) {
                throw new RetortException("view " + view.name() + " no longer works after rebuilding " + table() + " ("
                        + e.getMessage() + "); drop it before this change and create it again after, in the same revision", e);
            }
        }
    }

    private static long queryLong(Connection connection, String sql) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new RetortException("query failed during a rebuild: " + e.getMessage() + " in: " + sql, e);
        }
    }
}
