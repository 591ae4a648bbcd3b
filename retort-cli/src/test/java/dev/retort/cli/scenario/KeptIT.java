package dev.retort.cli.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the real jar: a JPA project whose database has a view and a trigger made by hand. The entities cannot
 * describe them, so {@code check} names each as kept and still exits 0 (a hand-made trigger is normal in a JPA
 * project; a check that failed for ever would be dropped from CI), and autogenerate neither drops them nor
 * stays silent about them.
 */
class KeptIT {
    private static final String USER = """
            package app;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "users")
            public class User {
                @Id @Column(name = "id") Integer id;
                @Column(name = "name", nullable = false) String name;
                %s
            }
            """;

    @Test
    void checkNamesWhatTheJpaModelsCannotDescribeAndExits0(@TempDir Path dir) throws Exception {
        Project p = jpaProjectWithHandMadeViewAndTrigger(dir);

        RetortProcess.Result check = p.ok("check");
        assertTrue(check.out().contains("Kept: view active_users (the JPA models do not describe views; Retort leaves"
                + " it as it is)"), check.toString());
        assertTrue(check.out().contains("Kept: trigger users_touch on users (the JPA models do not describe triggers;"),
                check.toString());
        assertTrue(check.out().contains("No differences: the database matches the models in what they describe"
                + " (2 object(s) kept, above)"), check.toString());
        assertFalse(check.out().contains("Differs:"), check.toString());

        RetortProcess.Result json = p.ok("check", "--json");
        assertTrue(json.out().contains("\"in_sync\": true"), json.toString());
        assertTrue(json.out().contains("{\"kind\": \"view\", \"name\": \"active_users\", \"table\": null,"), json.toString());

        Files.writeString(dir.resolve("models/app/User.java"), USER.formatted("@Column(name = \"email\") String email;"));
        p.ok("upgrade", "head");
        RetortProcess.Result email = p.ok("revision", "--autogenerate", "-m", "add users email");
        assertTrue(email.out().contains("Detected add column users.email"), email.toString());
        assertTrue(email.out().contains("Kept: trigger users_touch on users"), email.toString());
        List<Path> written = p.files("add_users_email");
        assertEquals(1, written.size(), () -> "one revision written: " + written);
        String source = Files.readString(written.get(0));
        assertTrue(source.contains("// Retort: kept: trigger users_touch on users"), source);
        assertFalse(source.contains("dropView") || source.contains("dropTrigger"), source);
    }

    @Test
    void autogenerateWithNothingToWriteStillNamesWhatItKept(@TempDir Path dir) throws Exception {
        Project p = jpaProjectWithHandMadeViewAndTrigger(dir);

        RetortProcess.Result none = p.ok("revision", "--autogenerate", "-m", "nothing to do");
        assertTrue(none.out().contains("Kept: view active_users (the JPA models do not describe views;"), none.toString());
        assertTrue(none.out().contains("Kept: trigger users_touch on users"), none.toString());
        assertTrue(none.out().contains("No changes: the models match the database in what they describe"
                + " (2 object(s) kept, above); no revision written"), none.toString());
        assertTrue(none.out().indexOf("Kept:") < none.out().indexOf("No changes"), "named before the verdict: " + none);
        assertEquals(List.of(), p.files("nothing_to_do"), none.toString());
    }

    /** A JPA project whose users table matches its entity, with a view and a trigger made by hand beside it. */
    private static Project jpaProjectWithHandMadeViewAndTrigger(Path dir) throws Exception {
        Project p = Project.init(dir);
        Path toml = dir.resolve("retort.toml");
        Files.writeString(toml, Files.readString(toml).replaceFirst("# models = \"models\"", "models = \"models\""));
        Files.createDirectories(dir.resolve("models/app"));
        Files.writeString(dir.resolve("models/app/User.java"), USER.formatted(""));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p.database()); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(255) NOT NULL)");
            st.executeUpdate("CREATE VIEW active_users AS SELECT id, name FROM users");
            st.executeUpdate("CREATE TRIGGER users_touch AFTER INSERT ON users BEGIN SELECT 1; END");
        }
        return p;
    }
}
