package dev.retort.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeLibraryCacheTest {
    @Test
    void theDriverLoadsTheLibraryUnpackedOnceIntoTheCache() throws Exception {
        System.clearProperty("org.sqlite.lib.path");
        System.clearProperty("org.sqlite.lib.name");
        NativeLibraryCache.use();
        Path library = Path.of(System.getProperty("org.sqlite.lib.path"), System.getProperty("org.sqlite.lib.name"));
        assertTrue(Files.size(library) > 100_000, library + " is the whole library");
        FileTime unpacked = Files.getLastModifiedTime(library);

        System.clearProperty("org.sqlite.lib.path");
        System.clearProperty("org.sqlite.lib.name");
        NativeLibraryCache.use();
        assertEquals(unpacked, Files.getLastModifiedTime(library), "the second run finds it there");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             ResultSet rs = c.createStatement().executeQuery("SELECT sqlite_version()")) {
            assertTrue(rs.next());
        }
        assertEquals(library.getParent().toString(), System.getProperty("org.sqlite.lib.path"));
    }
}
