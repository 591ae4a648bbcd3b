package dev.retort.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project whose revisions have two heads: the goals that must fail the build do, naming both. */
class TwoHeadsIT {
    @TempDir
    static Path temp;
    static Path project;

    @BeforeAll
    static void copy() throws Exception {
        project = SampleProject.copy("two-heads", temp);
    }

    @Test
    void headsFailsTheBuildNamingBothHeads() throws Exception {
        Maven.Result result = Maven.run(project, List.of("retort:heads"), Map.of());
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.output().contains("[INFO] 1b1b1b1b1b1b (head), add note column to orders"), result::toString);
        assertTrue(result.output().contains("[INFO] 2c2c2c2c2c2c (head), create customers"), result::toString);
        assertTrue(result.output().contains("2 heads (1b1b1b1b1b1b, 2c2c2c2c2c2c): merge them with "
                + "`retort merge heads -m \"merge heads\"`"), result::toString);
        assertTrue(result.output().contains("BUILD FAILURE"), result::toString);
    }

    @Test
    void lintFailsAndUpgradeToHeadIsRefusedWhileUpgradeToHeadsApplyBoth() throws Exception {
        Maven.Result lint = Maven.run(project, List.of("retort:lint"), Map.of());
        assertEquals(1, lint.exitCode(), lint::toString);
        assertTrue(lint.output().contains("lint found 2 errors"), lint::toString);

        Maven.Result head = Maven.run(project, List.of("retort:upgrade", "-Dretort.target=head"), Map.of());
        assertEquals(1, head.exitCode(), head::toString);
        assertTrue(head.output().contains("1b1b1b1b1b1b") && head.output().contains("2c2c2c2c2c2c"), head::toString);
        assertFalse(head.output().contains("Running upgrade"), "nothing ran: " + head);

        // The POM's url wins over retort.toml's; -Dretort.url would win over both.
        Maven.Result heads = Maven.run(project, List.of("retort:upgrade", "retort:current"), Map.of());
        assertEquals(0, heads.exitCode(), heads::toString);
        assertTrue(heads.output().contains("Database is at 1b1b1b1b1b1b, 2c2c2c2c2c2c")
                || heads.output().contains("Database is at 2c2c2c2c2c2c, 1b1b1b1b1b1b"), heads::toString);
        assertTrue(Files.isRegularFile(project.resolve("two-heads.db")));
        assertFalse(Files.exists(project.resolve("from-toml.db")));

        Maven.Result override = Maven.run(project, List.of("retort:current", "-Dretort.url=jdbc:sqlite:cli.db"), Map.of());
        assertEquals(0, override.exitCode(), override::toString);
        assertTrue(override.output().contains("no revision applied yet (base)"), override::toString);
    }

    @Test
    void aBadUrlFailsTheBuildWithTheCommandLinesMessage() throws Exception {
        Maven.Result result = Maven.run(project, List.of("retort:current", "-Dretort.url=jdbc:oracle:thin:scott/tiger@db"),
                Map.of());
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.output().contains("unsupported database URL jdbc:oracle:thin:scott/***@db: Retort speaks "
                + "SQLite (jdbc:sqlite:FILE), PostgreSQL (jdbc:postgresql://HOST/DB) and MySQL/MariaDB"), result::toString);
        assertFalse(result.output().contains("tiger"), "the password is never printed");
    }
}
