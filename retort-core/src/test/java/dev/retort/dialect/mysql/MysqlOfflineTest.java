package dev.retort.dialect.mysql;

import dev.retort.dialect.Progress;
import dev.retort.dialect.SqlSession;
import dev.retort.error.RetortException;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.Operation;
import dev.retort.schema.Column;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static dev.retort.ops.Dsl.change;
import static dev.retort.ops.Dsl.column;
import static dev.retort.ops.Dsl.foreignKey;
import static dev.retort.schema.Types.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A revision written as a script ({@code --sql}) with no database to read: the statements come from what
 * the operations carry, inside the transaction statements, and what needs the database is refused.
 */
class MysqlOfflineTest {
    /** The session of a printed script: keeps the statements, runs nothing, has no connection. */
    private static final class Script implements SqlSession {
        final List<String> statements = new ArrayList<>();

        @Override
        public void execute(String sql) {
            statements.add(sql);
        }

        @Override
        public Connection connection() {
            return null;
        }

        @Override
        public boolean offline() {
            return true;
        }

        @Override
        public Progress progress() {
            return Progress.NONE;
        }
    }

    private final MysqlDialect dialect = new MysqlDialect();

    private List<String> revision(Operation... operations) {
        Script script = new Script();
        dialect.revisionTransaction().begin(script);
        dialect.apply(List.of(operations), script);
        dialect.revisionTransaction().commit(script);
        return script.statements;
    }

    @Test
    void aRevisionPrintsBetweenStartTransactionAndCommit() {
        Column name = column("name", string(100)).notNull();
        assertEquals(List.of("START TRANSACTION",
                        "ALTER TABLE `authors` ADD COLUMN `bio` TEXT",
                        "ALTER TABLE `authors` MODIFY COLUMN `name` VARCHAR(200) NOT NULL",
                        // Without a database, the index InnoDB made for the key is not known, and stays.
                        "ALTER TABLE `books` DROP FOREIGN KEY `fk_books_author`",
                        "COMMIT"),
                revision(new AddColumn("authors", column("bio", dev.retort.schema.Types.TEXT)),
                        new AlterColumn("authors", "name", change().type(string(200)), name),
                        new DropConstraint("books", "fk_books_author",
                                foreignKey("author_id", "authors", "id").named("fk_books_author"))));
    }

    @Test
    void whatOnlyTheDatabaseKnowsIsRefusedOffline() {
        assertEquals("cannot alter column authors.name without a database: MySQL's MODIFY COLUMN restates the whole"
                        + " column, and its current definition is not known",
                assertThrows(RetortException.class, () -> revision(new AlterColumn("authors", "name",
                        change().nullable(true), null))).getMessage());
    }
}
