package dev.retort.cli;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The SQLite driver's native library, unpacked once per driver version into the user's cache directory
 * ({@code $XDG_CACHE_HOME/retort} or {@code ~/.cache/retort}) instead of into a new temporary file on every run.
 * The driver loads a library named by {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name} as it is,
 * before trying to extract its own (sqlite-jdbc's SQLiteJDBCLoader). Settings the user gave win; any failure
 * here leaves the driver to its usual way.
 */
final class NativeLibraryCache {
    private NativeLibraryCache() {
    }

    static void use() {
        if (System.getProperty("org.sqlite.lib.path") != null || System.getProperty("org.sqlite.lib.name") != null) {
            return;
        }
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            // Keyed by what the JVM reports, so a run with the library in place never asks the driver's OSInfo,
            // which forks `uname -o` (its Android check) on every Linux run.
            Path dir = cacheRoot().resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())
                    .resolve((System.getProperty("os.name") + "-" + System.getProperty("os.arch")).replace(' ', '_'));
            Path library = dir.resolve(name);
            if (!Files.isRegularFile(library)) {
                String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
                try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        return;
                    }
                    Files.createDirectories(dir);
                    Path partial = Files.createTempFile(dir, name, ".partial");
                    try {
                        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                        // Parallel first runs each write their own copy; the rename makes whichever lands whole.
                        Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } finally {
                        Files.deleteIfExists(partial);
                    }
                }
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException | LinkageError e) {
            // The driver extracts the library itself, as it would without this.
        }
    }

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "retort");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "retort");
    }
}
