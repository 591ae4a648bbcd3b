package dev.retort.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checksums of revision files this process already knows from the {@link HeaderIndex}, each with the size and
 * modification time the file had when it was summed: {@code current} and {@code check} compare every applied
 * revision's checksum with the log, and a file that still has that size and time need not be read again.
 */
final class KnownChecksums {
    /** @param lf the checksum of the text with LF line endings; {@code raw} of the bytes as they are */
    record Sums(long size, long modified, String lf, String raw) {
    }

    private static final Map<Path, Sums> KNOWN = new ConcurrentHashMap<>();

    private KnownChecksums() {
    }

    /** @param file the file's absolute, normalized path, as {@link #of} looks it up */
    static void remember(Path file, Sums sums) {
        KNOWN.put(file, sums);
    }

    /** The sums of {@code file} as it is now, or null when they are not known for this size and time. */
    static Sums of(Path file) {
        Path key = file.toAbsolutePath().normalize();
        Sums sums = KNOWN.get(key);
        if (sums == null) {
            return null;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(key, BasicFileAttributes.class);
            if (attributes.size() == sums.size() && nanos(attributes) == sums.modified()) {
                return sums;
            }
        } catch (IOException e) {
            // read below, which reports the problem
        }
        KNOWN.remove(key);
        return null;
    }

    /** Sums a file's bytes both ways. */
    static Sums sum(byte[] bytes, long size, long modified) {
        return new Sums(size, modified, Checksums.of(Checksums.normalizeLineEndings(bytes)), Checksums.of(bytes));
    }

    static long nanos(BasicFileAttributes attributes) {
        var time = attributes.lastModifiedTime().toInstant();
        return time.getEpochSecond() * 1_000_000_000L + time.getNano();
    }
}
