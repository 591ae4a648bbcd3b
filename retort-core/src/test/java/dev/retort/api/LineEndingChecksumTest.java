package dev.retort.api;

import dev.retort.config.RetortConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An applied revision whose checkout turned LF into CRLF is not an edited revision, whichever way it was recorded. */
class LineEndingChecksumTest {
    private static final String REVISION = "-- Revision: abcdabcdabcd\n-- Revises:\n-- Message: create t\n\n"
            + "-- retort:upgrade\nCREATE TABLE t (id INTEGER);\n-- retort:downgrade\nDROP TABLE t;\n";

    private static Retort project(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("migrations/versions/abcdabcdabcd_create_t.sql"), REVISION);
        return Retort.open(RetortConfig.builder().projectDir(dir).scriptLocation(dir.resolve("migrations"))
                .url("jdbc:sqlite:" + dir.resolve("app.db")).build());
    }

    private static Path file(Path dir) {
        return dir.resolve("migrations/versions/abcdabcdabcd_create_t.sql");
    }

    @Test
    void aRevisionCheckedOutWithCrlfAfterItRanIsNotReportedAsChanged(@TempDir Path dir) throws Exception {
        Retort retort = project(dir);
        retort.upgrade("head");
        Files.writeString(file(dir), REVISION.replace("\n", "\r\n"));
        assertEquals(List.of(), retort.changedAppliedRevisions());
        Files.writeString(file(dir), REVISION.replace("CREATE TABLE t", "CREATE TABLE u").replace("\n", "\r\n"));
        assertEquals(List.of("abcdabcdabcd"), retort.changedAppliedRevisions());
    }

    @Test
    void aChecksumRecordedTheOldWayFromCrlfBytesIsNotReportedAsChanged(@TempDir Path dir) throws Exception {
        Retort retort = project(dir);
        Files.writeString(file(dir), REVISION.replace("\n", "\r\n"));
        retort.upgrade("head");
        // What Retort recorded before it normalised line endings: the checksum of the raw CRLF bytes.
        String raw = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file(dir))));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE retort_log SET checksum = '" + raw + "'");
        }
        assertEquals(List.of(), retort.changedAppliedRevisions());
    }
}
