package dev.retort.api;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.RevisionFiles;
import dev.retort.error.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small things a new user ran into, each shown fixed. */
class RoughEdgesTest {

    @Test
    void anEmptyUrlOptionIsRefusedInsteadOfFallingBackToTheFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("retort.toml"), "[retort]\nurl = \"jdbc:sqlite:prod.db\"\n");
        UsageException empty = assertThrows(UsageException.class, () -> Retort.loadConfig(file, "", Map.of()));
        assertTrue(empty.getMessage().startsWith("--url is empty"), empty.getMessage());
        assertThrows(UsageException.class, () -> Retort.loadConfig(file, "  ", Map.of()));
        assertEquals("jdbc:sqlite:" + dir.resolve("prod.db"), Retort.loadConfig(file, null, Map.of()).url());
    }

    @Test
    void checkingAProjectWhoseDatabaseDoesNotExistCreatesNoFile(@TempDir Path dir) throws Exception {
        new RevisionFiles(dir).java("000000000001", "", "create users",
                "op.createTable(\"users\", column(\"id\", INTEGER).primaryKey());", "op.dropTable(\"users\");");
        Retort retort = Retort.open(RetortConfig.builder().projectDir(dir).url("jdbc:sqlite:" + dir.resolve("app.db")).build());
        assertEquals(List.of(), retort.changedAppliedRevisions());
        assertEquals(List.of(), retort.current());
        assertFalse(Files.exists(dir.resolve("app.db")), "reading state must not create the database");
    }
}
