package dev.retort.verify.lint;

import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.spi.Dialect;

/** The dialects the locking rules are tested for, as a project configured for each would lint. */
final class LockRuleFixtures {
    static final Dialect POSTGRES = new PostgresDialect();
    static final Dialect MYSQL = new MysqlDialect();

    private LockRuleFixtures() {
    }

    static Dialect sqlite() {
        return new SqliteDialect();
    }
}
