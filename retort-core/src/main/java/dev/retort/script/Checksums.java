package dev.retort.script;

import dev.retort.error.RetortException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of revision files: recorded when a revision runs, compared to notice files edited afterwards. The
 * text is checksummed with its line endings made LF first, so a checkout that turns LF into CRLF (git's
 * core.autocrlf on Windows) does not look like an edit.
 */
public final class Checksums {
    private Checksums() {
    }

    /** The checksum recorded for a revision file: of its text with CRLF and lone CR read as LF. */
    public static String of(Path file) {
        KnownChecksums.Sums known = KnownChecksums.of(file);
        return known != null ? known.lf() : of(normalizeLineEndings(read(file)));
    }

    /**
     * Whether {@code recorded} is the file's checksum. Retort before line endings were normalised recorded the
     * raw bytes' checksum; such a record still matches the unchanged file.
     */
    public static boolean matches(String recorded, Path file) {
        KnownChecksums.Sums known = KnownChecksums.of(file);
        if (known != null) {
            return recorded.equals(known.lf()) || recorded.equals(known.raw());
        }
        byte[] bytes = read(file);
        return recorded.equals(of(normalizeLineEndings(bytes))) || recorded.equals(of(bytes));
    }

    /** The SHA-256 of {@code content}, hex. */
    public static String of(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** CRLF and lone CR become LF; every other byte stays, so a file that already uses LF is unchanged. */
    static byte[] normalizeLineEndings(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        int n = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r') {
                out[n++] = '\n';
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[n++] = bytes[i];
            }
        }
        return n == bytes.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RetortException(file + ": cannot read: " + e.getMessage());
        }
    }
}
