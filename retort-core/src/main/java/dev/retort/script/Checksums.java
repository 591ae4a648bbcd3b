package dev.retort.script;

import dev.retort.error.RetortException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of revision files: recorded when a revision runs, compared to notice files edited afterwards. */
public final class Checksums {
    private Checksums() {
    }

    /** The SHA-256 of a file, hex. */
    public static String of(Path file) {
        try {
            return of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new RetortException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** The SHA-256 of {@code content}, hex. */
    public static String of(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
