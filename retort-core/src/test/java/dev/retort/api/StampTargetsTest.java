package dev.retort.api;

import dev.retort.config.RetortConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** stamp takes the same target forms as upgrade and downgrade, and records rows as Alembic would. */
class StampTargetsTest {

    /** core: a1a1 - a2a2; billing: b1b1 (depends on core) - b2b2. */
    private static Retort project(Path dir) throws Exception {
        Path versions = Files.createDirectories(dir.resolve("migrations/versions"));
        String[][] revisions = {
                {"a1a1a1a1a1a1", "", "", "core"},
                {"a2a2a2a2a2a2", "a1a1a1a1a1a1", "", ""},
                {"b1b1b1b1b1b1", "", "core", "billing"},
                {"b2b2b2b2b2b2", "b1b1b1b1b1b1", "", ""}};
        int minute = 0;
        for (String[] r : revisions) {
            Files.writeString(versions.resolve(r[0] + "_x.sql"), "-- Revision: " + r[0] + "\n-- Revises: " + r[1]
                    + "\n-- Depends-On: " + r[2] + "\n-- Branch-Labels: " + r[3]
                    + "\n-- Create-Date: 2026-01-01T00:0" + minute++ + ":00Z\n-- retort:upgrade\nSELECT 1;\n");
        }
        return Retort.open(RetortConfig.builder().projectDir(dir).scriptLocation(dir.resolve("migrations"))
                .url("jdbc:sqlite:" + dir.resolve("app.db")).build());
    }

    @Test
    void aDependencyOfTheStampedRevisionIsNotASecondRow(@TempDir Path dir) throws Exception {
        Retort retort = project(dir);
        assertEquals(List.of("b2b2b2b2b2b2"), retort.stamp("billing@head", false));
    }

    @Test
    void labelAtRevisionAndRevMinusNNameOneRevision(@TempDir Path dir) throws Exception {
        Retort retort = project(dir);
        assertEquals(List.of("a2a2a2a2a2a2"), retort.stamp("core@a2a2", false));
        assertEquals(List.of("a1a1a1a1a1a1"), retort.stamp("a2a2-1", false));
    }

    @Test
    void labelAtBaseClearsThatBranchsRowsOnly(@TempDir Path dir) throws Exception {
        Retort retort = project(dir);
        retort.stamp("heads", false);
        assertEquals(List.of("a2a2a2a2a2a2", "b2b2b2b2b2b2"), retort.current());
        assertEquals(List.of("a2a2a2a2a2a2"), retort.stamp("billing@base", false));
    }
}
