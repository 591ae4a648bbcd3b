package dev.retort.dialect.sqlite;

import dev.retort.autogen.DiffHooks;
import dev.retort.schema.Table;

import java.util.Locale;

/**
 * What the diff leaves alone on SQLite: its internal tables ({@code sqlite_sequence}, {@code sqlite_stat1}:
 * sqlite.org/fileformat2.html#intschema) and the indexes it makes for UNIQUE and PRIMARY KEY constraints
 * ({@code sqlite_autoindex_*}), which come and go with the constraint. Everything else is the portable default.
 */
public class SqliteDiffHooks extends DiffHooks {
    @Override
    public boolean ignoresTable(String name) {
        return super.ignoresTable(name) || name.toLowerCase(Locale.ROOT).startsWith("sqlite_");
    }

    /** A virtual table is its module's text (sqlite.org/lang_createvtab.html): no ALTER TABLE changes it. */
    @Override
    public boolean isReplacedWhole(Table current, Table target) {
        return SqliteTableOptions.virtualModule(current) != null || SqliteTableOptions.virtualModule(target) != null;
    }

    @Override
    public boolean recreates(Table current, Table target) {
        String a = SqliteTableOptions.virtualModule(current);
        String b = SqliteTableOptions.virtualModule(target);
        return a == null || b == null || !sameExpression(a, b);
    }

    @Override
    public boolean ignoresIndex(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith("sqlite_autoindex_");
    }
}
