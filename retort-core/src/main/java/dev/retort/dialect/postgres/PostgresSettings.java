package dev.retort.dialect.postgres;

import dev.retort.config.Settings;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code [postgresql]} section of retort.toml.
 *
 * @param lockTimeout  PostgreSQL's {@code lock_timeout} for every revision ("5s", "500ms", "0" for none): a
 *                     statement that waits longer for a table lock fails instead of queueing every later query on
 *                     that table behind it (postgresql.org/docs/current/runtime-config-client.html#GUC-LOCK-TIMEOUT)
 * @param lockAttempts how many times in all a revision stopped by the lock timeout runs, with a pause between
 */
record PostgresSettings(String lockTimeout, int lockAttempts) {
    static final PostgresSettings DEFAULT = new PostgresSettings("5s", 3);
    /** The units PostgreSQL reads in a time setting; a bare number is milliseconds. */
    private static final Pattern DURATION = Pattern.compile("\\d+(ms|s|min|h)?");

    static PostgresSettings read(Settings section) {
        section.allowOnly(Set.of("lock_timeout", "lock_attempts"));
        String lockTimeout = section.string("lock_timeout", DEFAULT.lockTimeout).strip();
        if (!DURATION.matcher(lockTimeout).matches()) {
            throw section.error("lock_timeout", "postgresql.lock_timeout must be a time such as \"5s\", \"500ms\" or"
                    + " \"1min\" (\"0\" for no limit), not \"" + lockTimeout + "\"");
        }
        int attempts = section.count("lock_attempts", DEFAULT.lockAttempts);
        if (attempts < 1) {
            throw section.error("lock_attempts", "postgresql.lock_attempts must be 1 or more, not " + attempts);
        }
        return new PostgresSettings(lockTimeout, attempts);
    }

    /** Whether a lock wait has a limit at all. */
    boolean limitsLockWaits() {
        return !lockTimeout.matches("0+(ms|s|min|h)?");
    }
}
