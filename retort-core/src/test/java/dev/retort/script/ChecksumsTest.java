package dev.retort.script;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChecksumsTest {
    private static final String LF = "-- Revision: abcd\n-- Revises:\n-- retort:upgrade\nSELECT 1;\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aCrlfCheckoutHasTheSameChecksumAsTheLfFile() throws Exception {
        Path lf = file("lf.sql", LF);
        Path crlf = file("crlf.sql", LF.replace("\n", "\r\n"));
        Path cr = file("cr.sql", LF.replace("\n", "\r"));
        assertEquals(Checksums.of(lf), Checksums.of(crlf));
        assertEquals(Checksums.of(lf), Checksums.of(cr));
    }

    @Test
    void anLfFileKeepsTheChecksumItHadBeforeLineEndingsWereNormalised() throws Exception {
        Path lf = file("lf.sql", LF);
        assertEquals(Checksums.of(LF.getBytes(StandardCharsets.UTF_8)), Checksums.of(lf));
    }

    @Test
    void aChecksumOfTheRawCrlfBytesStillMatchesTheUnchangedFile() throws Exception {
        Path crlf = file("crlf.sql", LF.replace("\n", "\r\n"));
        String recordedTheOldWay = Checksums.of(Files.readAllBytes(crlf));
        assertNotEquals(recordedTheOldWay, Checksums.of(crlf));
        assertTrue(Checksums.matches(recordedTheOldWay, crlf));
        assertTrue(Checksums.matches(Checksums.of(crlf), crlf));
    }

    @Test
    void anEditIsStillAChange() throws Exception {
        Path crlf = file("crlf.sql", LF.replace("\n", "\r\n"));
        String recorded = Checksums.of(crlf);
        file("crlf.sql", LF.replace("SELECT 1", "SELECT 2").replace("\n", "\r\n"));
        assertFalse(Checksums.matches(recorded, crlf));
    }
}
