package dev.retort.dialect.sqlite;

import dev.retort.autogen.DiffHooks;

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

    @Override
    public boolean ignoresIndex(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith("sqlite_autoindex_");
    }
}
