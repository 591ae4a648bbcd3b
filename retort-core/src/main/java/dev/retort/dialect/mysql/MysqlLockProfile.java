package dev.retort.dialect.mysql;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Kind;
import dev.retort.spi.LockProfile;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * InnoDB's online DDL (dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html,
 * mariadb.com/kb/en/innodb-online-ddl-operations-with-the-instant-alter-algorithm/). The server picks the
 * least blocking algorithm by itself, but falls back to copying the table, writes blocked, without a word
 * when it cannot do better; a statement that states {@code ALGORITHM=INPLACE, LOCK=NONE} is refused instead.
 * Secondary indexes are built without blocking writes, so index builds need no special form here.
 */
final class MysqlLockProfile implements LockProfile {
    private static final Pattern INSTANT = Pattern.compile(
            "^(?:ADD (?:COLUMN )?(?!(?:CONSTRAINT|INDEX|KEY|UNIQUE|PRIMARY|FOREIGN|CHECK|FULLTEXT|SPATIAL)\\b)"
                    + "|ALTER (?:COLUMN )?\\S+ (?:SET DEFAULT|DROP DEFAULT)).*");
    private static final Pattern INPLACE = Pattern.compile(
            "^(?:ADD (?:UNIQUE |FULLTEXT |SPATIAL )?(?:INDEX|KEY)\\b|ADD (?:CONSTRAINT \\S+ )?UNIQUE\\b"
                    + "|ADD (?:CONSTRAINT \\S+ )?PRIMARY KEY\\b|DROP (?:INDEX|KEY)\\b|RENAME (?:INDEX|KEY)\\b"
                    + "|DROP (?:COLUMN )?(?!(?:CONSTRAINT|INDEX|KEY|PRIMARY|FOREIGN|CHECK)\\b)\\S+$"
                    + "|RENAME COLUMN\\b|RENAME (?:TO|AS)\\b|DROP FOREIGN KEY\\b).*");

    @Override
    public boolean servesLiveTraffic() {
        return true;
    }

    /**
     * Only a longer VARCHAR is changed in place, and only while its length still fits the same length prefix
     * (one byte up to 255 bytes), which depends on the character set; every other type change copies the table.
     */
    @Override
    public Rewrite typeChange(ColumnType from, ColumnType to) {
        if (from == null) {
            return Rewrite.UNKNOWN;
        }
        ColumnType source = portable(from);
        ColumnType target = portable(to);
        if (source.equals(target)) {
            return Rewrite.NO;
        }
        if (source.kind() == Kind.STRING && target.kind() == Kind.STRING && source.length() != null
                && target.length() != null && target.length() > source.length()) {
            return Rewrite.UNKNOWN;
        }
        return Rewrite.YES;
    }

    @Override
    public boolean statesAlterAlgorithm() {
        return true;
    }

    /**
     * Adding a column (at the end) and changing a default are instant on MySQL 8.0.12+ and MariaDB 10.3+;
     * index changes, dropping or renaming a column and renaming the table run in place without blocking
     * writes. Adding a foreign key copies the table while foreign_key_checks is on, as do type changes,
     * dropping the primary key and character set conversions.
     */
    @Override
    public Optional<String> onlineAlgorithm(String action) {
        if (INSTANT.matcher(action).matches()) {
            // Before MySQL 8.0.29 and MariaDB 10.4 a column is added instantly only at the end of the table.
            boolean placed = action.contains(" AFTER ") || action.endsWith(" FIRST");
            return Optional.of(placed ? "INPLACE" : "INSTANT");
        }
        if (INPLACE.matcher(action).matches()) {
            return Optional.of("INPLACE");
        }
        return Optional.empty();
    }

    private static ColumnType portable(ColumnType type) {
        return type.kind() == Kind.RAW ? MysqlTypes.parse(type.raw()) : type;
    }
}
