package dev.retort.ops;

import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecuteTest {
    @Test
    void rawSqlForOneDialectRunsOnlyThereUnderEitherOfItsNames() {
        assertTrue(new Execute("SELECT 1", null).appliesTo(new SqliteDialect().names()));
        assertTrue(new Execute("SELECT 1", "SQLite").appliesTo(new SqliteDialect().names()));
        assertFalse(new Execute("SELECT 1", "sqlite").appliesTo(new PostgresDialect().names()));
        assertTrue(new Execute("SELECT 1", "postgres").appliesTo(new PostgresDialect().names()));
        assertTrue(new Execute("SELECT 1", "mariadb").appliesTo(new MysqlDialect().names()));
        assertFalse(new Execute("SELECT 1", "mysql").appliesTo(new SqliteDialect().names()));
    }
}
