package dev.retort.script;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Retort's own version, recorded in the log and part of the compile cache key. */
public final class RetortVersion {
    private static String version;

    private RetortVersion() {
    }

    /** The version from the jar's {@code version.properties}, or {@code dev} when running from sources. */
    public static synchronized String get() {
        if (version == null) {
            Properties properties = new Properties();
            try (InputStream in = RetortVersion.class.getResourceAsStream("/dev/retort/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException ignored) {
                // unknown version: reported as "dev"
            }
            version = properties.getProperty("version", "dev");
        }
        return version;
    }
}
