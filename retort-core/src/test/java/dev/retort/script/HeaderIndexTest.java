package dev.retort.script;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeaderIndexTest {
    @TempDir
    Path dir;

    private Path versions() {
        return dir.resolve("migrations/versions");
    }

    private Path cache() {
        return dir.resolve(".retort-cache");
    }

    /** A revision file last modified an hour ago (settled, so the index keeps it). */
    private Path revision(String id, String parent, String message) throws Exception {
        Files.createDirectories(versions());
        Path file = versions().resolve(id + "_rev.sql");
        Files.writeString(file, "-- Revision: " + id + "\n-- Revises: " + parent + "\n-- Message: " + message
                + "\n\n-- retort:upgrade\nSELECT 1;\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        return file;
    }

    private String message(String id) {
        return ScriptDirectory.load(versions(), cache()).graph().get(id).message();
    }

    @Test
    void aFileOfTheSameNameSizeAndTimeIsTakenFromTheIndexWithoutBeingRead() throws Exception {
        revision("aaaaaaaaaaaa", "", "first");
        Path second = revision("bbbbbbbbbbbb", "aaaaaaaaaaaa", "second\tone");
        assertEquals("second\tone", message("bbbbbbbbbbbb"));
        assertEquals(List.of("aaaaaaaaaaaa_rev.sql", "bbbbbbbbbbbb_rev.sql"), HeaderIndex.names(cache(), versions()));

        FileTime time = Files.getLastModifiedTime(second);
        Files.writeString(second, Files.readString(second).replace("second\tone", "SECOND\tONE"));
        Files.setLastModifiedTime(second, time);

        assertEquals("second\tone", message("bbbbbbbbbbbb"), "name, size and time unchanged: the index's header");
    }

    @Test
    void checksumsOfUnchangedFilesComeFromTheIndexAndAnEditedFileIsSummedAgain() throws Exception {
        Path file = revision("aaaaaaaaaaaa", "", "first");
        String summed = Checksums.of(Files.readAllBytes(file));
        ScriptDirectory.load(versions(), cache());
        assertEquals(summed, Checksums.of(file));

        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, Files.readString(file).replace("first", "FIRST"));
        Files.setLastModifiedTime(file, time);
        ScriptDirectory.load(versions(), cache());
        assertEquals(summed, Checksums.of(file), "same size and time: the index's checksum, the file is not read");

        revision("aaaaaaaaaaaa", "", "first, reworded");
        assertEquals(Checksums.of(Files.readAllBytes(file)), Checksums.of(file));
        assertTrue(Checksums.matches(Checksums.of(Files.readAllBytes(file)), file));
    }

    @Test
    void anEditedFileIsReadAgainAndARemovedOneLeavesTheIndex() throws Exception {
        Path first = revision("aaaaaaaaaaaa", "", "first");
        revision("bbbbbbbbbbbb", "aaaaaaaaaaaa", "second");
        assertEquals("first", message("aaaaaaaaaaaa"));

        revision("aaaaaaaaaaaa", "", "first, reworded");
        Files.setLastModifiedTime(first, FileTime.from(Instant.now().minusSeconds(1800)));
        assertEquals("first, reworded", message("aaaaaaaaaaaa"));

        Files.delete(versions().resolve("bbbbbbbbbbbb_rev.sql"));
        assertEquals(List.of("aaaaaaaaaaaa"), ScriptDirectory.load(versions(), cache()).graph().heads());
        assertEquals(List.of("aaaaaaaaaaaa_rev.sql"), HeaderIndex.names(cache(), versions()));
    }

    @Test
    void aFileModifiedJustNowIsNotKeptInTheIndex() throws Exception {
        revision("aaaaaaaaaaaa", "", "first");
        Path fresh = revision("bbbbbbbbbbbb", "aaaaaaaaaaaa", "second");
        Files.setLastModifiedTime(fresh, FileTime.from(Instant.now()));

        assertEquals("second", message("bbbbbbbbbbbb"));

        assertEquals(List.of("aaaaaaaaaaaa_rev.sql"), HeaderIndex.names(cache(), versions()),
                "an edit in the same clock tick could keep its size and time: read it again next time");
    }

    @Test
    void aBrokenHeaderIsReportedFromItsFileEveryTime() throws Exception {
        revision("aaaaaaaaaaaa", "", "first");
        Path broken = versions().resolve("bbbbbbbbbbbb_rev.sql");
        Files.writeString(broken, "-- Revision: bbbbbbbbbbbb\n-- Message: no revises line\n");
        Files.setLastModifiedTime(broken, FileTime.from(Instant.now().minusSeconds(3600)));

        for (int run = 0; run < 2; run++) {
            ScriptException e = assertThrows(ScriptException.class, () -> ScriptDirectory.load(versions(), cache()));
            assertTrue(e.getMessage().startsWith(broken.toString()), e.getMessage());
        }
    }

    @Test
    void anUnreadableIndexIsOnlyASlowerRead() throws Exception {
        revision("aaaaaaaaaaaa", "", "first");
        Files.createDirectories(cache());
        Files.writeString(cache().resolve("revision-headers"), "not an index\n\u0000garbage\t\t\n");

        assertEquals("first", message("aaaaaaaaaaaa"));
        assertEquals(List.of("aaaaaaaaaaaa_rev.sql"), HeaderIndex.names(cache(), versions()));
    }
}
