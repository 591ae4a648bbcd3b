package dev.retort.ops;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExecuteTest {
    @Test
    void rawSqlForOneDialectRunsOnlyThereUnderEitherOfItsNames() {
        assertTrue(new Execute("SELECT 1", null).appliesTo("sqlite"));
        assertTrue(new Execute("SELECT 1", "SQLite").appliesTo("sqlite"));
        assertFalse(new Execute("SELECT 1", "sqlite").appliesTo("postgresql"));
        assertTrue(new Execute("SELECT 1", "postgres").appliesTo("postgresql"));
        assertTrue(new Execute("SELECT 1", "mariadb").appliesTo("mysql"));
        assertFalse(new Execute("SELECT 1", "mysql").appliesTo("sqlite"));
    }
}
