package dev.retort.dialect.mysql;

import dev.retort.config.Settings;

import java.util.Set;

/**
 * The {@code [mysql]} section of retort.toml.
 *
 * @param lockWaitSeconds how long a runner waits for another one's migration lock ({@code GET_LOCK}) before giving up
 */
record MysqlSettings(int lockWaitSeconds) {
    static final MysqlSettings DEFAULT = new MysqlSettings(MysqlRevisionTransaction.DEFAULT_LOCK_WAIT_SECONDS);

    static MysqlSettings read(Settings section) {
        section.allowOnly(Set.of("lock_wait_seconds"));
        return new MysqlSettings(section.count("lock_wait_seconds", DEFAULT.lockWaitSeconds));
    }
}
