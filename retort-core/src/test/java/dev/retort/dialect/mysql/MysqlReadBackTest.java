package dev.retort.dialect.mysql;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import dev.retort.schema.Types;
import org.junit.jupiter.api.Test;

import static dev.retort.schema.Types.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What information_schema hands back, turned into the model, for both servers. The MariaDB spellings are
 * also proven against the live server (MysqlInspectorTest); MySQL 8's, which no server here produces, are
 * taken from its reference manual.
 */
class MysqlReadBackTest {
    private static final MysqlServer MYSQL = MysqlServer.mysql(8, 0, 36);
    private static final MysqlServer MARIADB = MysqlServer.mariadb(10, 11, 6);

    @Test
    void everyPortableTypeReadsBackAsItselfOrAsWhatMysqlStoresForIt() {
        for (Kind kind : Kind.values()) {
            if (kind == Kind.RAW || kind == Kind.UNTYPED) {
                continue;
            }
            ColumnType type = ColumnType.of(kind);
            ColumnType stored = MysqlTypes.stored(type);
            assertEquals(kind, stored.kind(), type + " is stored as " + MysqlTypes.render(type));
        }
        // Only SQLite has typeless columns; MySQL keeps one as its widest text.
        assertEquals(Types.raw("LONGTEXT"), MysqlTypes.stored(Types.UNTYPED));
        assertEquals(Types.string(255), MysqlTypes.stored(Types.STRING));
        assertEquals(Types.numeric(10, 0), MysqlTypes.stored(Types.NUMERIC));
        assertEquals(Types.numeric(12, 4), MysqlTypes.stored(Types.numeric(12, 4)));
        assertEquals(Types.binary(16), MysqlTypes.stored(Types.binary(16)));
    }

    @Test
    void columnTypesOfBothServers() {
        assertEquals(Types.INTEGER, MysqlTypes.parse("int"), "MySQL 8.0.19+ drops the display width");
        assertEquals(Types.INTEGER, MysqlTypes.parse("int(11)"), "MariaDB keeps it");
        assertEquals(Types.BIGINT, MysqlTypes.parse("bigint(20)"));
        assertEquals(Types.BOOLEAN, MysqlTypes.parse("tinyint(1)"), "both keep the (1) that marks a boolean");
        assertEquals(raw("TINYINT"), MysqlTypes.parse("tinyint(4)"));
        assertEquals(raw("INT UNSIGNED"), MysqlTypes.parse("int(10) unsigned"));
        assertEquals(Types.DOUBLE, MysqlTypes.parse("double"));
        assertEquals(raw("FLOAT(7,3)"), MysqlTypes.parse("float(7,3)"));
        assertEquals(Types.JSON, MysqlTypes.parse("json"), "MySQL has a JSON type");
        assertEquals(raw("LONGTEXT"), MysqlTypes.parse("longtext"), "MariaDB's JSON without its check is just text");
        assertEquals(raw("DATETIME(3)"), MysqlTypes.parse("datetime(3)"));
        assertEquals(raw("TIMESTAMP"), MysqlTypes.parse("timestamp"));
        assertEquals(raw("CHAR(10)"), MysqlTypes.parse("char(10)"));
        assertEquals(Types.UUID, MysqlTypes.parse("uuid"), "MariaDB 10.7+");
        assertEquals(raw("SET('a','B c')"), MysqlTypes.parse("set('a','B c')"));
    }

    @Test
    void defaultsAsMysqlReportsThem() {
        assertEquals("'draft'", MysqlDefaults.read("draft", "varchar(20)", "", MYSQL));
        assertEquals("'it''s'", MysqlDefaults.read("it's", "varchar(20)", "", MYSQL));
        assertEquals("0.00", MysqlDefaults.read("0.00", "decimal(10,2)", "", MYSQL));
        assertEquals("1", MysqlDefaults.read("1", "tinyint(1)", "", MYSQL));
        assertEquals(null, MysqlDefaults.read(null, "varchar(20)", "", MYSQL));
        assertEquals("CURRENT_TIMESTAMP", MysqlDefaults.read("CURRENT_TIMESTAMP(6)", "datetime(6)", "DEFAULT_GENERATED", MYSQL));
        assertEquals("lower('A')", MysqlDefaults.read("lower(_utf8mb4\\'A\\')", "varchar(20)", "DEFAULT_GENERATED", MYSQL));
    }

    @Test
    void defaultsAsMariadbReportsThem() {
        assertEquals("'draft'", MysqlDefaults.read("'draft'", "varchar(20)", "", MARIADB));
        assertEquals(null, MysqlDefaults.read("NULL", "varchar(20)", "", MARIADB), "a nullable column without default");
        assertEquals("'NULL'", MysqlDefaults.read("'NULL'", "varchar(20)", "", MARIADB), "the four letters");
        assertEquals("CURRENT_TIMESTAMP", MysqlDefaults.read("current_timestamp()", "datetime", "", MARIADB));
        assertEquals("CURRENT_TIMESTAMP(3)", MysqlDefaults.read("current_timestamp(3)", "datetime(6)", "", MARIADB));
        assertEquals("uuid()", MysqlDefaults.read("uuid()", "char(36)", "", MARIADB));
    }

    @Test
    void checkClausesAsEachServerStoresThem() {
        assertEquals("price >= 0", MysqlExpressions.readable("(`price` >= 0)", true));
        assertEquals("status in ('a','b')", MysqlExpressions.readable("(`status` in (_utf8mb4\\'a\\',_utf8mb4\\'b\\'))", true));
        assertEquals("`order` > 0 and `a b` < 2", MysqlExpressions.readable("`order` > 0 and `a b` < 2", false),
                "names that need quotes keep them");
        assertEquals("(a > 0) or (b > 0)", MysqlExpressions.readable("(a > 0) or (b > 0)", false));
        assertEquals("x = '_latin1'", MysqlExpressions.readable("`x` = '_latin1'", false), "inside a literal nothing changes");
    }

    @Test
    void diffHooksCompareDefaultsAsValues() {
        MysqlDiffHooks hooks = new MysqlDiffHooks();
        assertTrue(hooks.sameDefault("0.00", "0"));
        assertTrue(hooks.sameDefault("1", "TRUE"));
        assertTrue(hooks.sameDefault("CURRENT_TIMESTAMP", "now()"));
        assertTrue(hooks.sameDefault(null, "NULL"));
        assertFalse(hooks.sameDefault("'0'", "1"));
        assertFalse(hooks.sameDefault("'a'", "'A'"));
        assertTrue(hooks.sameType(raw("int(11)"), Types.INTEGER));
        assertTrue(hooks.sameType(Types.string(255), Types.STRING));
        assertFalse(hooks.sameType(raw("LONGTEXT"), Types.TEXT), "LONGTEXT holds more than TEXT");
        assertFalse(hooks.sameGeneratedKeyType(Types.INTEGER, Types.BIGINT), "MySQL keeps the declared width");
        assertTrue(hooks.sameExpression("score between 0 and 100", "score BETWEEN 0 AND 100"));
    }

    @Test
    void serverVersions() {
        assertEquals(MysqlServer.mariadb(10, 11, 6), MysqlServer.parse("10.11.6-MariaDB-0+deb12u1"));
        assertEquals(MysqlServer.mysql(8, 0, 36), MysqlServer.parse("8.0.36"));
        assertTrue(MysqlServer.mysql(8, 0, 13).supportsExpressionIndexes());
        assertFalse(MysqlServer.mysql(5, 7, 44).supportsRenameColumn());
        assertTrue(MysqlServer.mariadb(10, 5, 2).supportsRenameColumn());
        assertFalse(MysqlServer.mariadb(11, 4, 0).supportsExpressionIndexes());
    }
}
