package dev.retort.dialect.sqlite;

import dev.retort.dialect.UnkeptKeyClauses;
import dev.retort.schema.Schema;

/**
 * Models written in Java, as SQLite can keep them. SQLite's grammar has DEFERRABLE on foreign keys only
 * (sqlite.org/lang_createtable.html): {@code PRIMARY KEY (...) DEFERRABLE} is a syntax error, so a model that
 * asks for it on a primary key or unique constraint would differ from the database on every {@code check} and
 * its revision would fail. The clause is taken off and named as not handled instead ({@link UnkeptKeyClauses}).
 * Deferrable foreign keys and MATCH are kept: SQLite stores them in the table's SQL, where the inspector reads
 * them back.
 */
final class SqliteModels {
    private static final String NO_DEFERRABLE_KEY = "SQLite has DEFERRABLE on foreign keys only; a primary key or"
            + " unique constraint is checked as each statement runs: drop the clause from the model";

    private static final UnkeptKeyClauses UNKEPT = new UnkeptKeyClauses(NO_DEFERRABLE_KEY, null, null);

    private SqliteModels() {
    }

    static Schema withoutUnkeptClauses(Schema models) {
        return UNKEPT.takeOff(models);
    }
}
