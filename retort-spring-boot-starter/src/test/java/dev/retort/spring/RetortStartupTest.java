package dev.retort.spring;

import dev.retort.api.Retort;
import dev.retort.error.RetortException;
import dev.retort.spring.app.StartupReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real Spring Boot start-ups of the library application: the schema is at head before the first repository and
 * JdbcTemplate call (made while the context is still starting), on SQLite and on PostgreSQL, and a failing
 * revision stops the start-up with Retort's message.
 */
class RetortStartupTest {
    private static final String SQLITE_DIALECT = "spring.jpa.database-platform=org.hibernate.community.dialect.SQLiteDialect";

    /** The first RetortException in the chain: what Retort said, under Spring's bean-creation wrappers. */
    private static RetortException retortCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RetortException retort) {
                return retort;
            }
        }
        throw new AssertionError("no RetortException in " + e, e);
    }

    private static void assertAtHeadBeforeFirstRepositoryCall(ConfigurableApplicationContext context) {
        StartupReader reader = context.getBean(StartupReader.class);
        assertEquals(List.of("Ada Lovelace", "Grace Hopper"), reader.namesSeenAtStartup(),
                "the repository read the rows the revisions inserted, while the context was starting");
        assertEquals(2, reader.countSeenAtStartup(), "JdbcTemplate saw the table too");
        Retort retort = context.getBean(Retort.class);
        assertEquals(List.of("b2c3d4e5f6a1"), retort.current());
        assertEquals(retort.heads(), retort.current());
        SchemaManagementProvider provider = context.getBean(SchemaManagementProvider.class);
        assertEquals(SchemaManagement.MANAGED, provider.getSchemaManagement(context.getBean(DataSource.class)),
                "Hibernate's ddl-auto defaults to none on the DataSource Retort migrates");
    }

    @Test
    void onSqliteTheSchemaIsAtHeadBeforeTheFirstRepositoryCall(@TempDir Path dir) {
        ClassLoader app = LibraryApp.withCompiledRevisions(LibraryApp.SOURCES, dir);
        try (ConfigurableApplicationContext context = LibraryApp.start(app, null,
                "spring.datasource.url=jdbc:sqlite:" + dir.resolve("library.db"), SQLITE_DIALECT,
                "spring.jpa.hibernate.ddl-auto=validate")) {
            assertAtHeadBeforeFirstRepositoryCall(context);
        }
        // A second start finds nothing to do and reads the same rows.
        try (ConfigurableApplicationContext context = LibraryApp.start(app, null,
                "spring.datasource.url=jdbc:sqlite:" + dir.resolve("library.db"), SQLITE_DIALECT)) {
            assertAtHeadBeforeFirstRepositoryCall(context);
        }
    }

    @Test
    void onPostgresTheSchemaIsAtHeadBeforeTheFirstRepositoryCall(@TempDir Path dir) {
        ClassLoader app = LibraryApp.withCompiledRevisions(LibraryApp.SOURCES, dir);
        try (TestPostgres database = TestPostgres.create();
             ConfigurableApplicationContext context = LibraryApp.start(app, null,
                     "spring.datasource.url=" + database.url(), "spring.datasource.username=postgres",
                     "spring.jpa.hibernate.ddl-auto=validate")) {
            assertAtHeadBeforeFirstRepositoryCall(context);
        }
    }

    @Test
    void aSeparateMigrationConnectionATargetAndAStrategyAreHonoured(@TempDir Path dir) {
        ClassLoader app = LibraryApp.withCompiledRevisions(LibraryApp.SOURCES, dir);
        String url = "jdbc:sqlite:" + dir.resolve("own.db");
        try (ConfigurableApplicationContext context = LibraryApp.start(app, null, "spring.datasource.url=" + url,
                SQLITE_DIALECT, "retort.url=" + url, "retort.target=a1b2c3d4e5f6")) {
            assertEquals(List.of(), context.getBean(StartupReader.class).namesSeenAtStartup(),
                    "only the first revision ran: the table is there, the rows are not");
            Retort retort = context.getBean(Retort.class);
            assertEquals(url, retort.config().url(), "Retort used a connection of its own");
            assertEquals(List.of("a1b2c3d4e5f6"), retort.current());
        }
        List<String> seen = new java.util.ArrayList<>();
        RetortMigrationStrategy strategy = retort -> {
            seen.add(String.join(",", retort.current()));
            retort.upgrade("+1");
        };
        try (ConfigurableApplicationContext context = LibraryApp.start(app, strategy, "spring.datasource.url=" + url,
                SQLITE_DIALECT)) {
            assertEquals(List.of("a1b2c3d4e5f6"), seen, "the strategy ran instead of the default upgrade");
            assertEquals(List.of("Ada Lovelace", "Grace Hopper"), context.getBean(StartupReader.class).namesSeenAtStartup());
        }
    }

    @Test
    void severalHeadsStopTheStartUpWhenAskedTo(@TempDir Path dir) throws Exception {
        Path migrations = LibraryApp.revisionsWith(dir, Map.of("d4e5f6a1b2c3_index_names.sql", """
                -- Revision: d4e5f6a1b2c3
                -- Revises: a1b2c3d4e5f6
                -- Message: index author names

                -- retort:upgrade
                CREATE INDEX ix_authors_name ON authors (name);
                -- retort:downgrade
                DROP INDEX ix_authors_name;
                """));
        ClassLoader app = LibraryApp.withCompiledRevisions(migrations, dir);
        RuntimeException refused = assertThrows(RuntimeException.class, () -> LibraryApp.start(app, null,
                "spring.datasource.url=jdbc:sqlite:" + dir.resolve("heads.db"), SQLITE_DIALECT,
                "retort.fail-on-multiple-heads=true"));
        assertEquals("2 heads (b2c3d4e5f6a1, d4e5f6a1b2c3): merge them with `retort merge heads -m \"merge heads\"` "
                + "(retort.fail-on-multiple-heads=true)", retortCause(refused).getMessage());
    }

    @Test
    void aFailingRevisionStopsTheStartUpWithRetortsMessage(@TempDir Path dir) throws Exception {
        Path migrations = LibraryApp.revisionsWith(dir, Map.of("c3d4e5f6a1b2_award_prizes.sql", """
                -- Revision: c3d4e5f6a1b2
                -- Revises: b2c3d4e5f6a1
                -- Message: award prizes

                -- retort:upgrade
                INSERT INTO prizes (author_id) VALUES (1);
                -- retort:downgrade
                DELETE FROM prizes;
                """));
        ClassLoader app = LibraryApp.withCompiledRevisions(migrations, dir);
        RuntimeException failed = assertThrows(RuntimeException.class, () -> LibraryApp.start(app, null,
                "spring.datasource.url=jdbc:sqlite:" + dir.resolve("failing.db"), SQLITE_DIALECT));
        String message = retortCause(failed).getMessage();
        assertTrue(message.startsWith("upgrade of revision c3d4e5f6a1b2 (c3d4e5f6a1b2_award_prizes.sql) failed: "),
                message);
        assertTrue(message.contains("no such table: prizes"), message);
    }

    @Test
    void revisionsThatWereNeverCompiledIntoTheApplicationAreNamedWithTheFix(@TempDir Path dir) {
        ClassLoader app = LibraryApp.withCompiledRevisions(LibraryApp.SOURCES, dir);
        RuntimeException missing = assertThrows(RuntimeException.class, () -> LibraryApp.start(app, null,
                "spring.datasource.url=jdbc:sqlite:" + dir.resolve("missing.db"), SQLITE_DIALECT,
                "retort.locations=classpath:db/elsewhere"));
        assertTrue(retortCause(missing).getMessage().startsWith("classpath:db/elsewhere/retort.index: not found; "
                + "compile the revisions into the application with retort-maven-plugin's compile-revisions goal"),
                retortCause(missing).getMessage());
    }

    @Test
    void ddlAutoThatChangesTablesIsRefused(@TempDir Path dir) {
        ClassLoader app = LibraryApp.withCompiledRevisions(LibraryApp.SOURCES, dir);
        RuntimeException refused = assertThrows(RuntimeException.class, () -> LibraryApp.start(app, null,
                "spring.datasource.url=jdbc:sqlite:" + dir.resolve("ddl.db"), SQLITE_DIALECT,
                "spring.jpa.hibernate.ddl-auto=update"));
        assertEquals("spring.jpa.hibernate.ddl-auto=update lets Hibernate change tables behind Retort's back: set it to "
                + "validate (or none) and write the change as a revision, or set retort.enabled=false",
                retortCause(refused).getMessage());
    }
}
