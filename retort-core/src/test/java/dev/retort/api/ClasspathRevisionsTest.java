package dev.retort.api;

import dev.retort.config.RetortConfig;
import dev.retort.error.RetortException;
import dev.retort.script.Checksums;
import dev.retort.script.RevisionCompiler;
import dev.retort.script.RevisionScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Revisions compiled by the build and read back from a folder and from a jar, with no compiler involved. */
class ClasspathRevisionsTest {

    /** A project of two Java revisions (one with a helper class of the same name as the other's) and a SQL one. */
    static Path project(Path dir) throws Exception {
        Path versions = dir.resolve("migrations/versions");
        Files.createDirectories(versions);
        Files.writeString(versions.resolve("000000000001_create_users.java"), """
                // Revision: 000000000001
                // Revises:
                // Message: create users

                import dev.retort.ops.*;
                import static dev.retort.ops.Dsl.*;
                import static dev.retort.schema.Types.*;

                class Create implements Migration {
                    public void upgrade(Ops op) { op.createTable("users", column("id", INTEGER).primaryKey()); }
                    public void downgrade(Ops op) { op.dropTable("users"); }
                }
                """);
        Files.writeString(versions.resolve("000000000002_add_email.sql"), """
                -- Revision: 000000000002
                -- Revises: 000000000001
                -- Message: add email to users

                -- retort:upgrade
                ALTER TABLE users ADD COLUMN email VARCHAR(200);
                INSERT INTO users (id, email) VALUES (1, 'a@example.com');
                -- retort:downgrade
                ALTER TABLE users DROP COLUMN email;
                """);
        // Same simple class name as the first revision: each revision has classes of its own, so they cannot clash.
        Files.writeString(versions.resolve("000000000003_create_teams.java"), """
                // Revision: 000000000003
                // Revises: 000000000002
                // Message: create teams

                import dev.retort.ops.*;
                import static dev.retort.ops.Dsl.*;
                import static dev.retort.schema.Types.*;

                class Create implements Migration {
                    public void upgrade(Ops op) { op.createTable("teams", column("id", INTEGER).primaryKey(), column("name", TEXT)); }
                    public void downgrade(Ops op) { op.dropTable("teams"); }
                }
                """);
        return dir.resolve("migrations");
    }

    private static Retort sources(Path dir) {
        return Retort.open(RetortConfig.builder().projectDir(dir).scriptLocation(dir.resolve("migrations"))
                .url("jdbc:sqlite:" + dir.resolve("app.db")).build());
    }

    /** Packs {@code compiled} into a jar under db/retort/, as the application's jar holds it. */
    private static Path jar(Path compiled, Path jar) throws Exception {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(compiled)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry("db/retort/" + compiled.relativize(path).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(path));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static List<String> tables(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rows = c.createStatement().executeQuery(
                     "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'retort_%' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    @Test
    void theBuildWritesSourcesClassesAndAnIndexWithTheSourcesChecksums(@TempDir Path dir) throws Exception {
        project(dir);
        Path out = dir.resolve("classes/db/retort");
        RevisionCompiler.Result result = sources(dir).compileRevisions(out, List.of());
        assertEquals(2, result.java());
        assertEquals(1, result.sql());
        assertEquals(2, result.compiled());
        assertTrue(Files.isRegularFile(out.resolve("retort.index")));
        String index = Files.readString(out.resolve("retort.index"));
        for (Path source : Files.list(dir.resolve("migrations/versions")).toList()) {
            assertTrue(index.contains("sha256: " + Checksums.of(source)), "the index records " + source.getFileName()
                    + "'s checksum as the command line computes it");
            assertEquals(Files.readString(source), Files.readString(out.resolve("versions").resolve(source.getFileName())));
        }
        assertTrue(Files.isRegularFile(out.resolve("classes/000000000001/Create.class")));
        assertTrue(Files.isRegularFile(out.resolve("classes/000000000003/Create.class")));

        RevisionCompiler.Result again = sources(dir).compileRevisions(out, List.of());
        assertEquals(0, again.compiled(), "unchanged revisions keep the classes of the last build");
    }

    @Test
    void anApplicationUpgradesFromAJarWithoutSourcesCompilerOrCache(@TempDir Path dir) throws Exception {
        project(dir);
        Path compiled = dir.resolve("build/db/retort");
        sources(dir).compileRevisions(compiled, List.of());
        Path jar = jar(compiled, dir.resolve("app.jar"));
        Path app = Files.createDirectories(dir.resolve("app"));
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + app.resolve("app.db"));
        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, getClass().getClassLoader())) {
            Retort retort = Retort.builder().projectDir(app).dataSource(dataSource).classLoader(loader)
                    .locations("classpath:db/retort").build();
            assertEquals(List.of("000000000003"), retort.heads());
            RevisionScript first = retort.scripts().script("000000000001");
            assertEquals("classpath:db/retort/versions/000000000001_create_users.java", first.location());
            MigrationResult up = retort.upgrade("heads");
            assertEquals(3, up.steps().size());
            assertEquals(List.of("000000000003"), up.current());
        }
        assertEquals(List.of("teams", "users"), tables("jdbc:sqlite:" + app.resolve("app.db")));
        assertFalse(Files.exists(app.resolve(".retort-cache")), "nothing was compiled, so nothing was cached");

        // The command line, on the source folder, agrees: at head, and no applied revision looks edited.
        Retort cli = Retort.open(RetortConfig.builder().projectDir(dir).scriptLocation(dir.resolve("migrations"))
                .url("jdbc:sqlite:" + app.resolve("app.db")).build());
        assertEquals(List.of("000000000003"), cli.current());
        assertEquals(List.of(), cli.changedAppliedRevisions());
    }

    @Test
    void aFolderOfCompiledRevisionsIsAFilesystemLocationAndChecksumsMatchTheSources(@TempDir Path dir) throws Exception {
        project(dir);
        Path compiled = dir.resolve("out");
        sources(dir).compileRevisions(compiled, List.of());
        Retort retort = Retort.builder().projectDir(dir).url("jdbc:sqlite:" + dir.resolve("app.db"))
                .locations("filesystem:out").build();
        Map<String, String> fromBuild = retort.scripts().scripts().stream()
                .collect(Collectors.toMap(RevisionScript::id, RevisionScript::checksum, (a, b) -> a, TreeMap::new));
        Map<String, String> fromFiles = sources(dir).scripts().scripts().stream()
                .collect(Collectors.toMap(RevisionScript::id, RevisionScript::checksum, (a, b) -> a, TreeMap::new));
        assertEquals(fromFiles, fromBuild);
        retort.upgrade("000000000002");
        assertEquals(List.of("000000000002"), sources(dir).current());
        assertEquals(List.of(), sources(dir).changedAppliedRevisions());
        RetortException lint = assertThrows(RetortException.class, () -> retort.lint(List.of()));
        assertTrue(lint.getMessage().startsWith("lint works on revision source files"), lint.getMessage());
    }

    @Test
    void aSourceFolderLocationWorksAsTheCommandLineDoes(@TempDir Path dir) throws Exception {
        project(dir);
        Retort retort = Retort.builder().projectDir(dir).url("jdbc:sqlite:" + dir.resolve("app.db"))
                .locations("filesystem:migrations").build();
        assertEquals(List.of("filesystem:" + dir.resolve("migrations")), retort.locations());
        retort.upgrade("head");
        assertEquals(List.of("000000000003"), retort.current());
    }

    @Test
    void missingAndBrokenIndexesAreNamedWithTheFix(@TempDir Path dir) throws Exception {
        Retort missing = Retort.builder().projectDir(dir).url("jdbc:sqlite:" + dir.resolve("a.db"))
                .locations("classpath:db/nothing-here").build();
        RetortException none = assertThrows(RetortException.class, missing::heads);
        assertTrue(none.getMessage().startsWith("classpath:db/nothing-here/retort.index: not found; compile the "
                + "revisions into the application with retort-maven-plugin's compile-revisions goal"), none.getMessage());

        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("retort.index"), "format: 1\n\n[000000000001]\nfile: versions/a.sql\nrevises:\n"
                + "sha: 00\n");
        Retort bad = Retort.builder().projectDir(dir).url("jdbc:sqlite:" + dir.resolve("a.db"))
                .locations("filesystem:broken").build();
        RetortException unknown = assertThrows(RetortException.class, bad::heads);
        assertEquals(broken.resolve("retort.index") + ":6: unknown key 'sha' in revision 000000000001",
                unknown.getMessage());

        RetortException prefix = assertThrows(RetortException.class,
                () -> Retort.builder().locations("s3:bucket").build());
        assertEquals("location 's3:bucket' has an unknown prefix; use classpath: or filesystem:", prefix.getMessage());
    }

    @Test
    void aRevisionThatDoesNotCompileFailsTheBuildWithFileAndLine(@TempDir Path dir) throws Exception {
        project(dir);
        Path bad = dir.resolve("migrations/versions/000000000004_broken.java");
        Files.writeString(bad, """
                // Revision: 000000000004
                // Revises: 000000000003
                // Message: broken

                import dev.retort.ops.*;

                class Broken implements Migration {
                    public void upgrade(Ops op) { op.dropTable(42); }
                    public void downgrade(Ops op) { }
                }
                """);
        RetortException error = assertThrows(RetortException.class,
                () -> sources(dir).compileRevisions(dir.resolve("out"), List.of()));
        assertTrue(error.getMessage().startsWith(bad + ":8: compile error: "), error.getMessage());
    }
}
